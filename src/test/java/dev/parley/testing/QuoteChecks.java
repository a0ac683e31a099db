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
     * trace frame or a prompt. The quote's whole sentence (with the sentence before it, when that is offered as
     * context, right before it) passes the same checks, and the quoted text is part of that sentence.
     */
    public static String problem(Quote q, ParsedMessage m) {
        if (m == null) return "message not in the thread";
        if (!q.sentence().contains(q.text())) return "the quoted clause is not in its sentence";
        String whole = q.context().isEmpty() ? q.sentence() : q.context() + " " + q.sentence();
        String problem = problem(q, whole, m);
        return problem != null ? problem + (q.context().isEmpty() ? "" : " (with its context)") : problem(q, q.text(), m);
    }

    private static String problem(Quote q, String text, ParsedMessage m) {
        String body = m.body().text();
        if (q.fromProposedText()) {
            StringBuilder added = new StringBuilder();
            for (String line : body.split("\r?\n", -1)) {
                added.append(line.startsWith("+") && !line.startsWith("+++") ? line.substring(1) : "").append('\n');
            }
            return Unwrapping.unwrap(added.toString()).contains(text) ? null : "not in the patch's added lines";
        }
        if (!Unwrapping.unwrap(body).contains(text)) return "not verbatim in the body";
        if (!Unwrapping.unwrap(m.body().ownText()).contains(text)) return "not in the author's own text";
        for (String line : body.split("\r?\n")) {
            if (Trailer.isTrailer(line) && text.contains(line.strip())) return "holds a trailer line";
        }
        if (LOG_OR_TRACE.matcher(text).find()) return "holds a log time stamp, a trace frame or a prompt";
        String signature = Unwrapping.unwrap(m.body().signature());
        if (!signature.isEmpty() && signature.contains(text)) return "in the signature";
        return null;
    }
}
