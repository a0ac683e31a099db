package dev.parley.web;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.Evidence;
import dev.parley.analysis.debate.Exchange;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Proposal;
import dev.parley.render.DebateReport;
import dev.parley.render.OutcomeText;
import dev.parley.render.TextStyle;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code debate/}: the thread as a debate, as {@code parley debate} reads it: the proposal in its author's words, a
 * table of where each person stands with the confidence and the sentences that show it (each linked to its message),
 * the reply graph, the exchanges that turned the debate, and the tone over time.
 */
final class DebatePage {

    /** The exchanges that turned the debate: this many, the heaviest, as the command shows. */
    static final int EXCHANGES = 8;

    private DebatePage() {
    }

    static Response render(Debate d, String inbox, String pageBase, List<String> leftOut) {
        Proposal p = d.proposal();
        String subject = p.subject().isBlank() ? "(no subject)" : p.subject();
        Page page = new Page("Debate: " + subject, inbox, null);
        page.footerLink("permalink", pageBase + "debate/")
                .footerLink("JSON", pageBase + "debate.json", "alternate", Analysis.JSON.split(";")[0])
                .footerLink("Markdown", pageBase + "debate.md", "alternate", Analysis.MARKDOWN.split(";")[0]);
        Element main = page.main.addClass("debate");
        main.appendElement("h1").text(subject);
        Element who = main.appendElement("p").addClass("meta");
        who.appendText("Proposed by " + p.author() + " <" + p.address() + ">, " + TextStyle.date(p.date()) + " UTC \u00b7 "
                + p.kind().id() + " \u00b7 " + d.messages().size() + " messages, " + d.participants().size() + " participants \u00b7 ");
        who.appendElement("a").attr("href", Page.messagePath(inbox, p.messageId())).text("the proposal");
        if (p.rootMissing()) main.appendElement("p").addClass("note").text("The thread's first message is not in the archive; the earliest one stands in.");
        page.leftOut(leftOut, inbox);
        if (!p.summary().isBlank()) main.appendElement("blockquote").addClass("proposal").appendElement("p").text(p.summary());
        OutcomeText.html(main, d.outcome(), Page.messagePath(inbox, d.outcome().messageId()));

        Map<String, String> anchors = new HashMap<>();
        List<Participant> all = new java.util.ArrayList<>(d.participants());
        all.addAll(d.bots());
        for (int i = 0; i < all.size(); i++) anchors.put(all.get(i).id(), "p-" + i);

        Element stances = main.appendElement("section").id("stances");
        stances.appendElement("h2").text("Where each person stands");
        Element table = stances.appendElement("table").addClass("stances");
        Element hr = table.appendElement("thead").appendElement("tr");
        for (String h : new String[]{"stance", "confidence", "messages", "participant", "why, and the words that show it"}) {
            hr.appendElement("th").attr("scope", "col").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Participant x : all) row(body, x, anchors.get(x.id()), d.bots().contains(x), inbox);

        Element graph = main.appendElement("section").id("reply-graph");
        graph.appendElement("h2").text("Who answered whom");
        ReplyGraph.append(graph, d, anchors);

        List<Exchange> turning = DebateReport.turning(d, EXCHANGES);
        if (!turning.isEmpty()) {
            Element ex = main.appendElement("section").id("exchanges");
            ex.appendElement("h2").text("Exchanges that turned the debate");
            Element ul = ex.appendElement("ul");
            for (Exchange e : turning) {
                Element li = ul.appendElement("li").addClass(e.relation().id());
                li.appendElement("span").addClass("date").text(TextStyle.date(e.date()));
                li.appendText(" " + e.from() + " \u2192 " + e.to() + ": ");
                li.appendElement("strong").text(e.relation().id());
                li.appendText(" \u201c" + e.text() + "\u201d ");
                li.appendElement("a").attr("href", Page.messagePath(inbox, e.messageId())).text("message");
            }
        }

        Element tone = main.appendElement("section").id("tone");
        tone.appendElement("h2").text("Tone over time");
        ToneChart.append(tone, d.tone());
        return page.response();
    }

    private static void row(Element tbody, Participant x, String anchor, boolean bot, String inbox) {
        Element tr = tbody.appendElement("tr").id(anchor).addClass(x.stance().id());
        if (bot) tr.addClass("bot");
        tr.appendElement("td").addClass("stance").text(bot ? "robot" : x.stance().id());
        tr.appendElement("td").addClass("confidence").text(String.format(Locale.ROOT, "%.2f", x.confidence()));
        tr.appendElement("td").addClass("messages").text(x.wrote() ? Integer.toString(x.messages()) : "\u2013");
        Element name = tr.appendElement("td").addClass("participant").attr("title", String.join(", ", x.addresses()));
        name.text(x.name());
        if (x.proposer()) name.appendElement("span").addClass("note").text(" (proposer)");
        if (!x.wrote()) name.appendElement("span").addClass("note").text(" (in the proposal's trailers; did not write)");
        Element why = tr.appendElement("td").addClass("why");
        why.appendElement("p").text(x.reason());
        if (x.evidence().isEmpty()) return;
        Element ul = why.appendElement("ul").addClass("evidence");
        for (Evidence e : x.evidence()) {
            Element li = ul.appendElement("li");
            li.appendElement("q").text(e.text());
            li.appendText(" ");
            li.appendElement("a").attr("href", Page.messagePath(inbox, e.messageId())).text("message");
        }
    }
}
