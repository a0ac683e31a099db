package dev.parley.render;

import dev.parley.analysis.digest.Digest;
import dev.parley.analysis.quotes.Quote;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.util.Locale;

/**
 * The digest as one self-contained HTML page: inline CSS, no scripts, no outside resources, readable on a phone.
 * Built as a Jsoup DOM, so every text and attribute is escaped by Jsoup rather than by hand.
 */
public final class DigestHtml {

    /** The digest's style sheet; the web server serves it with its own. */
    public static final String CSS = """
            :root{color-scheme:light dark;--muted:#666;--rule:#ccc;--for:#2e7d32;--against:#c62828;--mixed:#8d6e00}
            body{margin:0;font:1.05rem/1.55 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
            main{max-width:44rem;margin:0 auto;padding:1rem 1.1rem 3rem}
            h1{font-size:1.45rem;line-height:1.3;margin:.4rem 0 .3rem;overflow-wrap:anywhere}
            h2{font-size:1.15rem;margin:1.8rem 0 .5rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem}
            h3{font-size:1rem;margin:1.1rem 0 .3rem}
            .meta{color:var(--muted);margin:0;padding:0;list-style:none;font-size:.92rem}
            .meta li{display:inline}.meta li+li:before{content:" \u00b7 "}
            blockquote{margin:.5rem 0 .8rem;padding:.2rem .9rem;border-left:4px solid var(--rule)}
            blockquote p{margin:.3rem 0}
            blockquote footer,.who{color:var(--muted);font-size:.9rem}
            .for h3{color:var(--for)}.for blockquote{border-color:var(--for)}
            .against h3{color:var(--against)}.against blockquote{border-color:var(--against)}
            .mixed h3{color:var(--mixed)}.mixed blockquote{border-color:var(--mixed)}
            ul{padding-left:1.2rem}li{margin:.35rem 0}
            .kind{font-weight:600;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
            a{color:inherit}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            td{padding:.15rem .4rem .15rem 0;vertical-align:middle;white-space:nowrap}
            td.bars{width:100%}
            .bar{display:inline-block;height:.8rem;border-radius:2px;background:#90a4ae;vertical-align:middle}
            .tone-positive{background:#66bb6a}.tone-negative{background:#ffa726}.tone-heated{background:#e53935}
            """;

    private DigestHtml() {
    }

    /** An empty page: doctype, language, charset, phone viewport, title and the inline style sheet. */
    static Document page(String title) {
        Document doc = shell(title);
        doc.outputSettings().prettyPrint(true);
        doc.head().appendElement("style").appendChild(new DataNode(CSS));
        doc.body().appendElement("main");
        return doc;
    }

    /** An empty HTML5 page: doctype, language, charset, phone viewport and title (the web server's pages too). */
    public static Document shell(String title) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.outputSettings().charset("UTF-8");
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        return doc;
    }

    public static String render(Digest d, String linkBase) {
        Document doc = page(d.title());
        Element main = doc.selectFirst("main");

        Element header = main.appendElement("header");
        header.appendElement("h1").text(d.title());
        Element meta = header.appendElement("ul").addClass("meta");
        for (String line : DigestText.meta(d)) meta.appendElement("li").text(line);

        Digest.ProposalText p = d.proposal();
        Element proposal = main.appendElement("section").id("proposal");
        proposal.appendElement("h2").text("The proposal");
        Element who = proposal.appendElement("p").addClass("who");
        who.appendText(DigestText.proposalLine(d) + " (");
        who.appendElement("a").attr("href", Permalinks.of(linkBase, p.messageId())).text("message");
        who.appendText("):");
        if (p.rootMissing()) {
            proposal.appendElement("p").appendElement("em")
                    .text("The thread's first message is not in the archive; the earliest one stands in.");
        }
        proposal.appendElement("blockquote").attr("cite", Permalinks.of(linkBase, p.messageId()))
                .appendElement("p").text(p.summary().isEmpty() ? d.title() : p.summary());

        OutcomeText.html(proposal, d.outcome(), Permalinks.of(linkBase, d.outcome().messageId()));

        Element positions = main.appendElement("section").id("positions");
        positions.appendElement("h2").text("Positions");
        for (Digest.Side s : d.sides()) {
            Element side = positions.appendElement("div").addClass("side").addClass(s.stance().id());
            side.appendElement("h3").text(DigestText.sideTitle(s));
            side.appendElement("p").addClass("people").text(s.people().isEmpty() ? "nobody" : String.join(", ", s.people()));
            for (Quote q : s.quotes()) quote(side, q, linkBase);
        }
        if (!d.neutral().isEmpty()) {
            positions.appendElement("p").addClass("neutral")
                    .text("Also took part, without a position: " + String.join(", ", d.neutral()));
        }

        if (d.sharpest() != null) {
            Element sharp = main.appendElement("section").id("sharpest");
            sharp.appendElement("h2").text("The sharpest exchange");
            sharp.appendElement("p").addClass("who").text(d.sharpest().quote().author() + " to " + d.sharpest().to() + ":");
            quote(sharp, d.sharpest().quote(), linkBase);
        }

        Element turns = main.appendElement("section").id("turning-points");
        turns.appendElement("h2").text("Turning points");
        if (d.turningPoints().isEmpty()) turns.appendElement("p").text("None: no NAK, counter-proposal, concession or merge.");
        else {
            Element ul = turns.appendElement("ul");
            for (Digest.TurningPoint t : d.turningPoints()) {
                Element li = ul.appendElement("li").addClass(t.kind().id());
                li.appendElement("span").addClass("kind").text(t.kind().label());
                li.appendText(" " + DigestText.day(t.date()) + ", " + t.author() + (t.to().isEmpty() ? "" : " to " + t.to())
                        + ": \u201c" + t.text() + "\u201d ");
                li.appendElement("a").attr("href", Permalinks.of(linkBase, t.messageId())).text("message");
            }
        }

        Element open = main.appendElement("section").id("open-questions");
        open.appendElement("h2").text("Open questions");
        if (d.openQuestions().isEmpty()) open.appendElement("p").text("None left unanswered at the end.");
        else {
            Element ul = open.appendElement("ul");
            for (Digest.OpenQuestion q : d.openQuestions()) {
                Element li = ul.appendElement("li");
                li.appendText(q.author() + ", " + DigestText.day(q.date()) + ": \u201c" + q.text() + "\u201d ");
                li.appendElement("a").attr("href", Permalinks.of(linkBase, q.messageId())).text("message");
            }
        }

        Element timeline = main.appendElement("section").id("timeline");
        timeline.appendElement("h2").text("Timeline");
        Element table = timeline.appendElement("table");
        Element hr = table.appendElement("thead").appendElement("tr");
        for (String h : new String[]{"day", "messages", "tone"}) hr.appendElement("th").attr("scope", "col").text(h);
        Element tbody = table.appendElement("tbody");
        int busiest = d.timeline().stream().mapToInt(Digest.Period::messages).max().orElse(1);
        for (Digest.Period t : d.timeline()) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(DigestText.periodLabel(t));
            Element bars = tr.appendElement("td").addClass("bars");
            bars.appendElement("span").addClass("bar").addClass("tone-" + t.tone().id())
                    .attr("style", String.format(Locale.ROOT, "width:%.0f%%", Math.max(2, 85.0 * t.messages() / busiest)));
            bars.appendText(" " + t.messages());
            tr.appendElement("td").text(t.tone().id() + DebateReport.heated(t.heated(), t.heatedEvidence()));
        }
        return doc.outerHtml() + "\n";
    }

    static void quote(Element parent, Quote q, String linkBase) {
        String url = Permalinks.of(linkBase, q.messageId());
        Element bq = parent.appendElement("blockquote").addClass("quote").attr("cite", url);
        bq.appendElement("p").text("\u201c" + q.text() + "\u201d");
        Element footer = bq.appendElement("footer");
        footer.appendText("\u2014 " + q.author() + (q.fromProposedText() ? ", from the proposed text" : "") + ", "
                + DigestText.day(q.date()) + ", ");
        footer.appendElement("a").attr("href", url).text("message");
    }
}
