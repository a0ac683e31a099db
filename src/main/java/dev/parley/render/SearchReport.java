package dev.parley.render;

import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchResult;
import dev.parley.archive.ThreadHit;
import dev.parley.model.StoredMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Search results for people (one block per hit or thread) and for programs (JSON). */
public final class SearchReport {

    private SearchReport() {
    }

    /** One block per hit: date, author, thread size; subject; snippet; Message-ID. */
    public static String text(SearchResult r, int offset, TextStyle style) {
        StringBuilder sb = new StringBuilder();
        boolean threads = r.threadTotal() >= 0;
        int shown = threads ? r.threads().size() : r.hits().size();
        sb.append(summary(r, offset, shown, threads)).append('\n');
        if (threads) {
            for (ThreadHit t : r.threads()) {
                sb.append('\n').append(style.bold(t.subject().isEmpty() ? "(no subject)" : t.subject())).append('\n');
                sb.append("  ").append(TextStyle.date(t.rootDate())).append("  ")
                        .append(plural(t.messages(), "message")).append(", ").append(plural(t.hits(), "hit")).append('\n');
                block(sb, t.best(), style, "  best: ", false);
            }
        } else {
            for (SearchHit h : r.hits()) {
                sb.append('\n');
                block(sb, h, style, "", true);
            }
        }
        return sb.toString();
    }

    private static void block(StringBuilder sb, SearchHit h, TextStyle style, String lead, boolean threadSize) {
        StoredMessage m = h.message();
        String indent = lead.isEmpty() ? "" : "  ";
        sb.append(lead).append(TextStyle.date(m.date())).append("  ").append(m.from());
        if (threadSize) sb.append(style.dim("  (thread of " + h.threadSize() + ")"));
        sb.append('\n');
        sb.append(indent).append(style.bold(style.marked(h.subject()))).append('\n');
        if (!h.snippet().text().isEmpty()) sb.append(indent).append("  ").append(style.marked(h.snippet())).append('\n');
        sb.append(indent).append(style.dim("  <" + m.messageId() + ">")).append('\n');
    }

    private static String summary(SearchResult r, int offset, int shown, boolean threads) {
        String what = threads
                ? plural(r.total(), "matching message") + " in " + plural(r.threadTotal(), "thread")
                : plural(r.total(), "matching message");
        if (r.total() == 0) return "No matching messages.";
        if (shown == 0) return what + "; none past offset " + offset + ".";
        long all = threads ? r.threadTotal() : r.total();
        if (offset == 0 && shown == all) return what + ".";
        return what + "; showing " + (offset + 1) + "-" + (offset + shown) + ".";
    }

    private static String plural(long n, String word) {
        return TextStyle.count(n) + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * {@code {"total": N, "hits": [...]}} with one object per hit; grouped by thread, {@code "threads": T} and one
     * object per thread with its best hit.
     */
    public static Map<String, Object> json(SearchResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", r.total());
        if (r.threadTotal() >= 0) {
            out.put("threads", r.threadTotal());
            List<Object> rows = new ArrayList<>();
            for (ThreadHit t : r.threads()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("thread_id", t.threadId());
                row.put("subject", t.subject());
                row.put("root_date", t.rootDate());
                row.put("messages", t.messages());
                row.put("hits", t.hits());
                row.put("best", hit(t.best()));
                rows.add(row);
            }
            out.put("hits", rows);
        } else {
            List<Object> hits = new ArrayList<>();
            for (SearchHit h : r.hits()) hits.add(hit(h));
            out.put("hits", hits);
        }
        return out;
    }

    private static Map<String, Object> hit(SearchHit h) {
        StoredMessage m = h.message();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("message_id", m.messageId());
        o.put("thread_id", m.threadId());
        o.put("subject", m.subject());
        o.put("from", m.fromName());
        o.put("address", m.fromAddress());
        o.put("date", m.date());
        o.put("score", (double) h.score());
        o.put("snippet", TextStyle.PLAIN.marked(h.snippet()));
        if (!m.tone().isEmpty()) {
            o.put("tone", m.tone());
            o.put("tone_evidence", m.toneEvidence());
        }
        return o;
    }
}
