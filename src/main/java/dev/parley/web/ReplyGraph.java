package dev.parley.web;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.Exchange;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Relation;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who answered whom, as an SVG drawn on the server: each person who wrote is a circle coloured by their stance
 * (sized by their messages, the proposer at the top, the others around a ring in the order they joined), each pair
 * of people who replied to one another an arrow coloured by how the replies went (agree, disagree, neither),
 * thicker for more replies. Every shape has a title for the details; a person links to their row of the table.
 * Colours come from the style sheet by class, so the page needs no inline style.
 */
final class ReplyGraph {

    static final int WIDTH = 640;
    static final int HEIGHT = 460;
    private static final double CX = WIDTH / 2.0, CY = HEIGHT / 2.0, RING = 170;

    private ReplyGraph() {
    }

    /** Replies from one person to another, counted by relation. */
    private record Pair(String from, String to, int[] counts) {
        Relation main() {
            int agree = counts[Relation.AGREE.ordinal()], disagree = counts[Relation.DISAGREE.ordinal()];
            if (agree == 0 && disagree == 0) return Relation.NEUTRAL;
            return agree >= disagree ? Relation.AGREE : Relation.DISAGREE;
        }

        int total() {
            int n = 0;
            for (int c : counts) n += c;
            return n;
        }
    }

    /**
     * @param anchors participant id to the id of their row in the page's table
     */
    static void append(Element parent, Debate d, Map<String, String> anchors) {
        List<Participant> people = d.participants().stream().filter(Participant::wrote).toList();
        Element svg = parent.appendElement("svg").addClass("reply-graph").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("role", "img")
                .attr("aria-label", "Reply graph: " + people.size() + " people, " + d.exchanges().size() + " replies between them");
        Element defs = svg.appendElement("defs");
        for (Relation r : Relation.values()) {
            defs.appendElement("marker").id("arrow-" + r.id()).attr("viewBox", "0 0 10 10").attr("refX", "10").attr("refY", "5")
                    .attr("markerWidth", "7").attr("markerHeight", "7").attr("orient", "auto-start-reverse")
                    .appendElement("path").attr("d", "M0,0 L10,5 L0,10 z").addClass("arrowhead").addClass(r.id());
        }
        Map<String, double[]> at = new HashMap<>();
        Map<String, Double> radius = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, people.size());
            double r = people.size() == 1 ? 0 : RING;
            at.put(people.get(i).id(), new double[]{CX + r * Math.cos(angle), CY + r * Math.sin(angle)});
            radius.put(people.get(i).id(), 8 + 4 * Math.sqrt(people.get(i).messages()));
        }
        Element edges = svg.appendElement("g").addClass("edges");
        for (Pair p : pairs(d.exchanges())) {
            double[] a = at.get(p.from), b = at.get(p.to);
            if (a == null || b == null) continue; // a robot's or a non-writer's
            edge(edges, p, a, b, radius.get(p.to), d);
        }
        Element nodes = svg.appendElement("g").addClass("nodes");
        for (Participant x : people) {
            double[] c = at.get(x.id());
            Element link = nodes.appendElement("a").attr("href", "#" + anchors.get(x.id()));
            Element circle = link.appendElement("circle").addClass("person").addClass(x.stance().id())
                    .attr("cx", num(c[0])).attr("cy", num(c[1])).attr("r", num(radius.get(x.id())));
            circle.appendElement("title").text(x.name() + ": " + x.stance().id()
                    + String.format(Locale.ROOT, " (%.2f)", x.confidence()) + ", " + x.messages()
                    + (x.messages() == 1 ? " message" : " messages") + (x.proposer() ? ", proposer" : ""));
            boolean below = c[1] >= CY;
            link.appendElement("text").addClass("name").attr("x", num(c[0]))
                    .attr("y", num(c[1] + (below ? radius.get(x.id()) + 14 : -radius.get(x.id()) - 6)))
                    .attr("text-anchor", "middle").text(x.name());
        }
        Element legend = svg.appendElement("g").addClass("legend");
        int y = 16;
        for (String[] item : new String[][]{{"person for", "for"}, {"person against", "against"}, {"person mixed", "mixed"},
                {"person neutral", "neutral"}}) {
            legend.appendElement("circle").addClass(item[0].split(" ")[0]).addClass(item[1]).attr("cx", "12").attr("cy", Integer.toString(y)).attr("r", "6");
            legend.appendElement("text").attr("x", "24").attr("y", Integer.toString(y + 4)).text(item[1]);
            y += 18;
        }
        for (Relation r : Relation.values()) {
            legend.appendElement("line").addClass("reply").addClass(r.id()).attr("x1", "4").attr("x2", "20")
                    .attr("y1", Integer.toString(y)).attr("y2", Integer.toString(y));
            legend.appendElement("text").attr("x", "24").attr("y", Integer.toString(y + 4)).text("replies: " + r.id());
            y += 18;
        }
    }

    private static List<Pair> pairs(List<Exchange> exchanges) {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (Exchange e : exchanges) {
            Pair p = pairs.computeIfAbsent(e.fromId() + "\n" + e.toId(),
                    k -> new Pair(e.fromId(), e.toId(), new int[Relation.values().length]));
            p.counts[e.relation().ordinal()]++;
        }
        return new ArrayList<>(pairs.values());
    }

    /** A gently curved arrow from a to the edge of b's circle; the curve keeps a reply back from covering this one. */
    private static void edge(Element g, Pair p, double[] a, double[] b, double targetRadius, Debate d) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double len = Math.max(1, Math.hypot(dx, dy));
        double mx = (a[0] + b[0]) / 2 - dy / len * 24, my = (a[1] + b[1]) / 2 + dx / len * 24;
        double tx = b[0] - mx, ty = b[1] - my, tl = Math.max(1, Math.hypot(tx, ty));
        double ex = b[0] - tx / tl * (targetRadius + 2), ey = b[1] - ty / tl * (targetRadius + 2);
        Relation main = p.main();
        Element path = g.appendElement("path").addClass("reply").addClass(main.id())
                .attr("d", "M" + num(a[0]) + "," + num(a[1]) + " Q" + num(mx) + "," + num(my) + " " + num(ex) + "," + num(ey))
                .attr("stroke-width", num(Math.min(6, 1 + p.total() * 0.8))).attr("fill", "none")
                .attr("marker-end", "url(#arrow-" + main.id() + ")");
        String from = d.participant(p.from).map(Participant::name).orElse(p.from);
        String to = d.participant(p.to).map(Participant::name).orElse(p.to);
        path.appendElement("title").text(from + " \u2192 " + to + ": " + p.counts[Relation.AGREE.ordinal()] + " agree, "
                + p.counts[Relation.DISAGREE.ordinal()] + " disagree, " + p.counts[Relation.NEUTRAL.ordinal()] + " neither");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
