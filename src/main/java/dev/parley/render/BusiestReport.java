package dev.parley.render;

import dev.parley.analysis.digest.BusiestDebates;
import dev.parley.analysis.digest.Digest;
import dev.parley.analysis.quotes.Quote;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The busiest debates of a period, each in a few lines, in the digest formats. */
public final class BusiestReport {

    private BusiestReport() {
    }

    /** The title of what was asked: "Busiest debates: l:netdev since 2018-06-01" (query and since may be null). */
    public static String heading(String query, String since) {
        return "Busiest debates" + (query == null ? "" : ": " + query) + (since == null ? "" : " since " + since);
    }

    /**
     * @param heading what was asked, for the title ("Busiest debates: l:netdev since 2018-06-01")
     */
    public static String render(DigestFormat format, String heading, List<BusiestDebates.Ranked> ranked, String linkBase) {
        return switch (format) {
            case MD -> markdown(heading, ranked, linkBase);
            case HTML -> html(heading, ranked, linkBase);
            case JSON -> Json.write(json(heading, ranked, linkBase), true) + "\n";
        };
    }

    static String markdown(String heading, List<BusiestDebates.Ranked> ranked, String linkBase) {
        StringBuilder sb = new StringBuilder("# ").append(DigestMarkdown.escape(heading)).append("\n\n");
        if (ranked.isEmpty()) sb.append("No thread matched.\n");
        int n = 0;
        for (BusiestDebates.Ranked r : ranked) {
            Digest d = r.digest();
            sb.append("## ").append(++n).append(". ").append(DigestMarkdown.escape(d.title())).append("\n\n");
            sb.append(DigestMarkdown.escape(String.join(" · ", summary(r)))).append("\n\n");
            for (Digest.Side s : d.sides()) {
                sb.append("- **").append(DigestText.sideTitle(s)).append("**: ")
                        .append(DigestMarkdown.escape(String.join(", ", s.people())));
                Quote q = s.strongest();
                if (q != null) {
                    sb.append(": \"").append(DigestMarkdown.escape(q.text())).append("\" (").append(DigestMarkdown.escape(q.author()))
                            .append(", [message](").append(Permalinks.of(linkBase, q.messageId())).append("))");
                }
                sb.append('\n');
            }
            sb.append("- [The thread](").append(Permalinks.of(linkBase, d.proposal().messageId())).append(")\n\n");
        }
        return sb.toString();
    }

    static String html(String heading, List<BusiestDebates.Ranked> ranked, String linkBase) {
        Document doc = DigestHtml.page(heading);
        Element main = doc.selectFirst("main");
        main.appendElement("h1").text(heading);
        if (ranked.isEmpty()) main.appendElement("p").text("No thread matched.");
        int n = 0;
        for (BusiestDebates.Ranked r : ranked) {
            Digest d = r.digest();
            Element section = main.appendElement("section").addClass("debate");
            section.appendElement("h2").text(++n + ". " + d.title());
            Element meta = section.appendElement("ul").addClass("meta");
            for (String line : summary(r)) meta.appendElement("li").text(line);
            for (Digest.Side s : d.sides()) {
                Element side = section.appendElement("div").addClass("side").addClass(s.stance().id());
                side.appendElement("h3").text(DigestText.sideTitle(s) + ": " + String.join(", ", s.people()));
                if (s.strongest() != null) DigestHtml.quote(side, s.strongest(), linkBase);
            }
            section.appendElement("p").appendElement("a").attr("href", Permalinks.of(linkBase, d.proposal().messageId()))
                    .text("The thread");
        }
        return doc.outerHtml() + "\n";
    }

    static Map<String, Object> json(String heading, List<BusiestDebates.Ranked> ranked, String linkBase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", heading);
        List<Object> list = new ArrayList<>();
        for (BusiestDebates.Ranked r : ranked) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("score", r.score());
            x.put("period_messages", r.periodMessages());
            x.put("period_participants", r.periodWriters());
            x.put("disagreement", r.disagreement());
            x.put("digest", DigestJson.json(r.digest(), linkBase));
            list.add(x);
        }
        m.put("debates", list);
        return m;
    }

    /** Lists, dates, counts, how the period and the disagreement weigh in, and what became of the proposal. */
    private static List<String> summary(BusiestDebates.Ranked r) {
        List<String> out = new ArrayList<>(DigestText.meta(r.digest()));
        out.add(String.format(Locale.ROOT, "%d messages from %d people in the period, disagreement %.2f",
                r.periodMessages(), r.periodWriters(), r.disagreement()));
        out.add("Outcome: " + OutcomeText.summary(r.digest().outcome()));
        return out;
    }
}
