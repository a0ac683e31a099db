package dev.parley.web;

import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.digest.ThreadReading;
import dev.parley.analysis.quotes.Quote;
import dev.parley.render.Permalinks;
import dev.parley.render.QuoteReport;
import dev.parley.render.TextStyle;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * {@code quotes/}: the thread's most quotable sentences, as {@code parley quotes} ranks them, each exactly as written
 * with its author, stance, date and message, and a button that copies its attribution line (the page's one script,
 * {@code /_/parley.js}, served from here; the line is also on the page as text, for readers without scripts).
 */
final class QuotesPage {

    private QuotesPage() {
    }

    static Response render(ThreadReading reading, List<Quote> quotes, String inbox, String pageBase, Request req,
                           String linkBase, List<String> leftOut) {
        String subject = reading.debate().proposal().subject();
        Page p = new Page("Quotes: " + subject, inbox, null);
        String query = req.rawQuery() == null || req.rawQuery().isEmpty() ? "" : "?" + req.rawQuery();
        p.footerLink("permalink", pageBase + "quotes/" + query)
                .footerLink("JSON", pageBase + "quotes.json" + query, "alternate", Analysis.JSON.split(";")[0])
                .footerLink("Markdown", pageBase + "quotes.md" + query, "alternate", Analysis.MARKDOWN.split(";")[0]);
        p.main.addClass("quotes");
        p.main.appendElement("h1").text("Quotes: " + (subject.isBlank() ? "(no subject)" : subject));
        p.leftOut(leftOut, inbox);
        filter(p.main, req);
        if (quotes.isEmpty()) {
            p.main.appendElement("p").text("No quotable sentences" + (req.params().isEmpty() ? "." : " match."));
            return p.response();
        }
        Element ol = p.main.appendElement("ol").addClass("quote-list");
        for (Quote q : quotes) {
            Element li = ol.appendElement("li").addClass(q.stance().id());
            Element bq = li.appendElement("blockquote").addClass("quote").attr("cite", Permalinks.of(linkBase, q.messageId()));
            bq.appendElement("p").text("\u201c" + q.text() + "\u201d");
            Element footer = bq.appendElement("footer");
            footer.appendText("\u2014 " + q.author() + ", " + q.stance().id()
                    + (q.fromProposedText() ? ", from the proposed text (" + q.file() + ")" : "") + ", "
                    + TextStyle.date(q.date()) + " UTC ");
            footer.appendElement("a").attr("href", Page.messagePath(inbox, q.messageId())).text("message");
            footer.appendElement("span").addClass("score").text(String.format(Locale.ROOT, " score %.2f", q.score()));
            String attribution = QuoteReport.attribution(q);
            Element line = li.appendElement("p").addClass("attribution");
            line.appendElement("span").addClass("line").text(attribution);
            line.appendText(" ");
            line.appendElement("button").attr("type", "button").addClass("copy").attr("data-copy", attribution)
                    .text("copy attribution");
        }
        return p.response();
    }

    private static void filter(Element main, Request req) {
        Element form = main.appendElement("form").addClass("filter").attr("method", "get");
        Element who = form.appendElement("label").text("from ");
        who.appendElement("input").attr("name", "from").attr("value", req.param("from") == null ? "" : req.param("from"));
        Element stance = form.appendElement("label").text(" stance ");
        Element select = stance.appendElement("select").attr("name", "stance");
        select.appendElement("option").attr("value", "").text("any");
        for (Stance s : Stance.values()) {
            Element o = select.appendElement("option").attr("value", s.id()).text(s.id());
            if (s.id().equals(req.param("stance"))) o.attr("selected", true);
        }
        form.appendText(" ");
        form.appendElement("button").attr("type", "submit").text("show");
    }
}
