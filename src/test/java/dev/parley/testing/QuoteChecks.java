package dev.parley.testing;

import dev.parley.analysis.quotes.Quote;
import dev.parley.analysis.text.Unwrapping;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.Trailer;

import java.util.regex.Pattern;

/** The checks every quote must pass against the message it comes from. */
public final class QuoteChecks {

    /** What must never be inside a quote, wherever it stands: a kernel log time stamp, a trace frame, a prompt. */
    private static final Pattern LOG_OR_TRACE = Pattern.compile(
            "\\[\\s*\\d+\\.\\d{6}\\]|\\b\\w+\\+0x[0-9a-f]+/0x[0-9a-f]+|^(?:\\$|#) |\\bCall Trace:|^[+-]\\t");

    private QuoteChecks() {
    }

    /**
     * Why a quote is wrong, or null: own text must occur verbatim in the unwrapped body and in the unwrapped own
     * text (so not only in quoted text), hold no trailer line and not come from the signature; proposed text must
     * occur in the unwrapped lines the body's patch adds, their '+' removed. No quote holds a log time stamp, a
     * trace frame or a prompt.
     */
    public static String problem(Quote q, ParsedMessage m) {
        if (m == null) return "message not in the thread";
        String body = m.body().text();
        if (q.fromProposedText()) {
            StringBuilder added = new StringBuilder();
            for (String line : body.split("\r?\n", -1)) {
                added.append(line.startsWith("+") && !line.startsWith("+++") ? line.substring(1) : "").append('\n');
            }
            return Unwrapping.unwrap(added.toString()).contains(q.text()) ? null : "not in the patch's added lines";
        }
        if (!Unwrapping.unwrap(body).contains(q.text())) return "not verbatim in the body";
        if (!Unwrapping.unwrap(m.body().ownText()).contains(q.text())) return "not in the author's own text";
        for (String line : body.split("\r?\n")) {
            if (Trailer.isTrailer(line) && q.text().contains(line.strip())) return "holds a trailer line";
        }
        if (LOG_OR_TRACE.matcher(q.text()).find()) return "holds a log time stamp, a trace frame or a prompt";
        String signature = Unwrapping.unwrap(m.body().signature());
        if (!signature.isEmpty() && signature.contains(q.text())) return "in the signature";
        return null;
    }
}
