package dev.parley.render;

import dev.parley.analysis.quotes.Quote;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code parley quotes} prints: quotes with attribution lines for people, or a JSON list. */
public final class QuoteReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private QuoteReport() {
    }

    /**
     * The ready-to-paste attribution: {@code As Jane Doe put it in the thread on 2019-12-10: "…"}, dated in the
     * author's own time zone (the day they wrote it); prose from a patch says it is from the proposed text.
     */
    public static String attribution(Quote q) {
        String day = q.date() == null ? "" : " on " + DAY.format(q.localDate());
        if (q.fromProposedText()) {
            return "As the text " + q.author() + " proposed for " + q.file() + day + " puts it: \"" + q.text() + "\"";
        }
        return "As " + q.author() + " put it in the thread" + day + ": \"" + q.text() + "\"";
    }

    /** For people: each quote with its score, stance, author, date (UTC and the author's time), link and attribution. */
    public static String text(List<Quote> quotes, String linkBase) {
        if (quotes.isEmpty()) return "No quotable sentences.\n";
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Quote q : quotes) {
            if (n++ > 0) sb.append('\n');
            sb.append(String.format(Locale.ROOT, "%d. [%.2f] %s <%s>, %s%s%n", n, q.score(), q.author(), q.address(),
                    q.stance().id(), q.fromProposedText() ? ", from the proposed text (" + q.file() + ")"
                            : q.proposal() ? ", from the proposal" : ""));
            if (q.date() != null) {
                sb.append("   ").append(MINUTE.format(q.date().atOffset(ZoneOffset.UTC))).append(" UTC (")
                        .append(MINUTE.format(q.localDate())).append(' ').append(q.localDate().getOffset()).append(")\n");
            }
            if (!q.context().isEmpty()) sb.append("   after: \"").append(q.context()).append("\"\n");
            sb.append("   \"").append(q.text()).append("\"\n");
            if (q.clause()) sb.append("   of: \"").append(q.sentence()).append("\"\n");
            sb.append("   ").append(attribution(q)).append('\n');
            sb.append("   ").append(Permalinks.of(linkBase, q.messageId())).append('\n');
        }
        return sb.toString();
    }

    /** The JSON list: text, author, address, date (UTC), message_id, url, stance, score, and the rest. */
    public static List<Object> json(List<Quote> quotes, String linkBase) {
        List<Object> out = new ArrayList<>();
        for (Quote q : quotes) out.add(json(q, linkBase));
        return out;
    }

    public static Map<String, Object> json(Quote q, String linkBase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", q.text());
        m.put("sentence", q.sentence());
        if (!q.context().isEmpty()) m.put("context", q.context());
        m.put("author", q.author());
        m.put("address", q.address());
        m.put("date", q.date());
        m.put("message_id", q.messageId());
        m.put("url", Permalinks.of(linkBase, q.messageId()));
        m.put("stance", q.stance().id());
        m.put("score", q.score());
        m.put("sharpness", q.sharpness());
        m.put("proposal", q.proposal());
        m.put("local_date", q.localDate());
        m.put("origin", q.origin().id());
        if (q.fromProposedText()) m.put("file", q.file());
        m.put("attribution", attribution(q));
        m.put("reasons", q.reasons());
        return m;
    }
}
