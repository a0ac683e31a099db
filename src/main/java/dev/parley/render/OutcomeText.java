package dev.parley.render;

import dev.parley.analysis.debate.Outcome;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;

/** What became of a proposal, in one plain line and as JSON: the one wording every report and page uses. */
public final class OutcomeText {

    private OutcomeText() {
    }

    /**
     * One line: "applied by Grant Kessler (4.19), 2018-06-05", "withdrawn by Ann Author, 2018-06-05", "superseded
     * by a newer version from Ann Author, 2018-06-06", "NAKed and dropped: NAK by Bob Keeper, 2018-06-05", "still
     * open: the last word from Bob Keeper, 2018-06-08"; commit ids follow an applied one.
     */
    public static String summary(Outcome o) {
        String day = o.date() == null ? "" : ", " + DigestText.day(o.date());
        return switch (o.status()) {
            case APPLIED -> "applied by " + o.by() + (o.tree().isEmpty() ? "" : " (" + o.tree() + ")") + day
                    + (o.commits().isEmpty() ? "" : " (commit" + (o.commits().size() > 1 ? "s " : " ") + String.join(", ", o.commits()) + ")");
            case WITHDRAWN -> "withdrawn by " + o.by() + day;
            case SUPERSEDED -> "superseded by a newer version from " + o.by() + day;
            case NAKED -> "NAKed and dropped: NAK by " + o.by() + day;
            case OPEN -> "still open: the last word from " + o.by() + day;
        };
    }

    /** The outcome as a paragraph of a page: "Outcome: applied by ...: “sentence” message", linked to the message. */
    public static Element html(Element parent, Outcome o, String href) {
        Element p = parent.appendElement("p").addClass("outcome").addClass(o.status().id());
        p.appendElement("strong").text("Outcome: ");
        p.appendText(summary(o) + (o.text().isBlank() ? "" : ": \u201c" + o.text() + "\u201d") + " ");
        p.appendElement("a").attr("href", href).text("message");
        return p;
    }

    /** {"status", "by", "date", "message_id", "text"}, and "tree" and "commits" when the message names them. */
    public static Map<String, Object> json(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", o.status().id());
        m.put("by", o.by());
        m.put("date", o.date());
        m.put("message_id", o.messageId());
        m.put("text", o.text());
        if (!o.tree().isEmpty()) m.put("tree", o.tree());
        if (!o.commits().isEmpty()) m.put("commits", o.commits());
        return m;
    }
}
