package dev.parley.web;

import dev.parley.analysis.digest.BusiestDebates;
import dev.parley.archive.Archive;
import dev.parley.model.ArchiveStats;
import dev.parley.render.BusiestReport;
import dev.parley.render.DigestFormat;
import dev.parley.render.TextStyle;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /}: the busiest debates of the four weeks up to the archive's newest message (as {@code parley digest --since}
 * ranks them: people who wrote times one plus the disagreement), and the lists. Ranking reads 30 threads as debates,
 * so it is worked out in the background and kept ({@link Busiest}); the page says so until it is ready.
 * {@code /_/digest/?q=QUERY&since=DATE} ranks the debates of any query and period the same way.
 */
final class FrontPage {

    static final Duration RECENT = Duration.ofDays(28);
    static final int TOP = 10;

    private FrontPage() {
    }

    static Response render(Site site, Archive a) throws IOException {
        ArchiveStats stats = site.stats(a);
        Page p = new Page("Parley", Inboxes.ALL, null);
        p.main.addClass("front");
        p.main.appendElement("h1").text("Parley");
        p.main.appendElement("p").addClass("meta").text(TextStyle.count(stats.messages()) + " messages in "
                + TextStyle.count(stats.threads()) + " threads from " + TextStyle.count(stats.participants()) + " people"
                + (stats.firstDate() == null ? "" : ", " + TextStyle.date(stats.firstDate()).substring(0, 10) + " to "
                + TextStyle.date(stats.lastDate()).substring(0, 10)));
        Element debates = p.main.appendElement("section").id("busiest");
        Instant since = stats.lastDate() == null ? null : stats.lastDate().minus(RECENT);
        String sinceText = since == null ? null : since.toString().substring(0, 10);
        debates.appendElement("h2").text("The busiest debates" + (since == null ? "" : " since " + sinceText));
        try {
            List<BusiestDebates.Ranked> ranked = site.busiest.ready(Busiest.Question.of(null, sinceText, 0));
            if (ranked == null) {
                debates.appendElement("p").addClass("note").text("Being worked out (30 threads are read as debates); reload in a moment.");
            } else {
                busiestList(debates, ranked, Inboxes.ALL);
            }
        } catch (HttpError e) {
            debates.appendElement("p").addClass("note").text("They could not be worked out: " + e.getMessage());
        }
        Element lists = p.main.appendElement("section").id("lists");
        lists.appendElement("h2").text("Lists");
        Element ul = lists.appendElement("ul");
        ul.appendElement("li").appendElement("a").attr("href", Page.inboxPath(Inboxes.ALL)).text("all lists")
                .parent().appendText(" (" + TextStyle.count(stats.messages()) + ")");
        for (Map.Entry<String, Long> e : site.inboxes(a).counts().entrySet()) {
            ul.appendElement("li").appendElement("a").attr("href", Page.inboxPath(e.getKey())).text(e.getKey())
                    .parent().appendText(" (" + TextStyle.count(e.getValue()) + ")");
        }
        return p.response();
    }

    /** {@code /_/digest/?q=QUERY&since=DATE}: the busiest debates of a query and period, worked out now. */
    static Response busiest(Site site, Archive a, Request req) throws IOException {
        Busiest.Question question = Busiest.Question.of(req.param("q"), req.param("since"), site.limits.maxQueryChars());
        List<BusiestDebates.Ranked> ranked = site.busiest.now(a, question);
        String heading = BusiestReport.heading(question.query(), question.since());
        Page p = new Page(heading, Inboxes.ALL, question.query());
        p.main.appendElement("h1").text(heading);
        busiestList(p.main, ranked, Inboxes.ALL);
        return p.response();
    }

    /** The ranked debates as the digest renders them, each with links to its pages here. */
    private static void busiestList(Element parent, List<BusiestDebates.Ranked> ranked, String inbox) {
        Page holder = new Page("", inbox, null);
        DigestPage.adopt(holder, BusiestReport.render(DigestFormat.HTML, "", ranked, "/r/"));
        holder.main.select("h1").remove();
        List<Element> sections = holder.main.select("section.debate");
        for (int i = 0; i < sections.size() && i < ranked.size(); i++) {
            String base = Page.messagePath(inbox, ranked.get(i).digest().proposal().messageId());
            Element nav = sections.get(i).appendElement("nav").addClass("actions");
            nav.appendElement("a").attr("href", base + "debate/").text("debate");
            nav.appendElement("a").attr("href", base + "digest/").text("digest");
            nav.appendElement("a").attr("href", base + "quotes/").text("quotes");
            nav.appendElement("a").attr("href", base + "t/").text("thread");
        }
        for (Element child : List.copyOf(holder.main.children())) parent.appendChild(child);
    }
}
