package dev.parley.render;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateMessage;
import dev.parley.analysis.debate.Evidence;
import dev.parley.analysis.debate.Exchange;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Proposal;
import dev.parley.analysis.debate.Relation;
import dev.parley.analysis.debate.ToneTimeline;
import dev.parley.analysis.stance.Cue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code parley debate} prints: a text report for people, or JSON. */
public final class DebateReport {

    private static final int TEXT_WIDTH = 100;

    private DebateReport() {
    }

    /**
     * The report for people: the proposal, a table of participants, one evidence line each, the exchanges that
     * turned the debate (at most {@code maxExchanges}), and the tone per day.
     */
    public static String text(Debate d, int maxExchanges) {
        StringBuilder sb = new StringBuilder();
        Proposal p = d.proposal();
        sb.append("Proposal   ").append(p.subject()).append('\n');
        sb.append("           by ").append(p.author()).append(" <").append(p.address()).append(">");
        if (p.date() != null) sb.append(", ").append(DigestText.DAY.format(p.date()));
        sb.append("  (").append(p.kind().id()).append(", ").append(d.messages().size()).append(" messages, ")
                .append(d.participants().size()).append(" participants");
        if (d.firstDate() != null) sb.append(", ").append(DigestText.DAY.format(d.firstDate())).append(" to ").append(DigestText.DAY.format(d.lastDate()));
        sb.append(")\n");
        if (p.rootMissing()) {
            boolean standIn = d.messages().stream().anyMatch(m -> m.messageId().equals(p.messageId()));
            sb.append(standIn ? "           (the thread's first message is not in the archive; the earliest one stands in)\n"
                    : "           (this message is not in the archive; its words are what the answers to it quote)\n");
        }
        for (String line : wrap(p.summary(), TEXT_WIDTH - 11)) sb.append("           ").append(line).append('\n');
        sb.append("           <").append(p.messageId()).append(">\n");
        sb.append("Outcome    ").append(OutcomeText.summary(d.outcome())).append('\n');
        if (!d.outcome().text().isBlank()) sb.append("           \"").append(clip(d.outcome().text(), TEXT_WIDTH - 13)).append("\"\n");
        sb.append("           <").append(d.outcome().messageId()).append(">\n\n");

        sb.append(String.format(Locale.ROOT, "%-8s %5s %5s  %s%n", "STANCE", "CONF", "MSGS", "PARTICIPANT"));
        for (Participant x : d.participants()) {
            String note = x.proposer() ? " (proposer)" : !x.wrote() ? " (in the proposal's trailers; did not write)" : "";
            String shift = switch (x.shift()) {
                case TOWARD_FOR -> " (came round: now for)";
                case TOWARD_AGAINST -> " (turned: now against)";
                case NONE -> "";
            };
            sb.append(String.format(Locale.ROOT, "%-8s %5.2f %5s  %s%s%s%n", x.stance().id(), x.confidence(),
                    x.wrote() ? Integer.toString(x.messages()) : "-", x.name(), note, shift));
        }
        if (!d.bots().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Participant b : d.bots()) names.add(b.name() + " (" + b.messages() + ")");
            sb.append("set aside as robots: ").append(String.join(", ", names)).append('\n');
        }

        sb.append("\nWhy\n");
        for (Participant x : d.participants()) {
            sb.append("  ").append(x.name()).append(" (").append(x.stance().id()).append("): ").append(x.reason()).append('\n');
            // the deciding line, and when that is a trailer, the person's own strongest words as well
            List<Evidence> shown = new ArrayList<>();
            for (Evidence e : x.evidence()) {
                if (shown.isEmpty() || shown.size() == 1 && isTrailer(shown.get(0)) && !isTrailer(e)) shown.add(e);
            }
            for (Evidence e : shown) {
                sb.append("    \"").append(clip(e.text(), TEXT_WIDTH - 8)).append("\"  <").append(e.messageId()).append(">\n");
            }
        }

        List<Exchange> turning = turning(d, maxExchanges);
        if (!turning.isEmpty()) {
            sb.append("\nExchanges that turned the debate\n");
            for (Exchange e : turning) {
                sb.append("  ").append(e.date() == null ? "          " : DigestText.DAY.format(e.date())).append("  ")
                        .append(e.from()).append(" -> ").append(e.to()).append(": ").append(e.relation().id()).append('\n');
                sb.append("    \"").append(clip(e.text(), TEXT_WIDTH - 8)).append("\"  <").append(e.messageId()).append(">\n");
            }
        }

        if (!d.tone().days().isEmpty()) {
            sb.append("\nTone by day\n");
            for (ToneTimeline.Day day : d.tone().days()) {
                sb.append(String.format(Locale.ROOT, "  %s  %3d message%s  %-8s %+.2f%s%n", day.date(), day.messages(),
                        day.messages() == 1 ? " " : "s", day.label().id(), day.meanScore(),
                        day.heated() > 0 ? " " + heated(day.heated(), day.heatedEvidence()) : ""));
            }
        }
        return sb.toString();
    }

    /** " (2 heated: “complete garbage”, “bullshit”)" after a tone, or nothing when none of its messages was heated. */
    public static String heated(int heated, List<String> evidence) {
        if (heated == 0) return "";
        return " (" + heated + " heated" + (evidence.isEmpty() ? "" : ": " + toneEvidence(evidence)) + ")";
    }

    /** The words that decided a tone, each in quotation marks: “complete garbage”, “bullshit”. */
    public static String toneEvidence(List<String> words) {
        return String.join(", ", words.stream().map(w -> "\u201c" + w + "\u201d").toList());
    }

    /** The heaviest agreements and disagreements (at most {@code max}), in date order: the exchanges that turned it. */
    public static List<Exchange> turning(Debate d, int max) {
        List<Exchange> turning = new ArrayList<>(d.exchanges());
        turning.removeIf(e -> e.relation() == Relation.NEUTRAL);
        turning.sort(Comparator.comparingDouble(Exchange::weight).reversed());
        turning = new ArrayList<>(turning.subList(0, Math.min(max, turning.size())));
        turning.sort(Comparator.comparing(Exchange::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return turning;
    }

    /** The JSON form: the keys issue 6 names, plus the rest of the analysis. */
    public static Map<String, Object> json(Debate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("thread_id", d.threadId());
        Proposal p = d.proposal();
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("message_id", p.messageId());
        proposal.put("author", p.author());
        proposal.put("address", p.address());
        proposal.put("summary", p.summary());
        proposal.put("subject", p.subject());
        proposal.put("date", p.date());
        proposal.put("kind", p.kind().id());
        proposal.put("key_sentences", evidence(p.keySentences()));
        proposal.put("message_ids", p.messageIds());
        proposal.put("root_missing", p.rootMissing());
        m.put("proposal", proposal);
        m.put("outcome", OutcomeText.json(d.outcome()));
        // robots come last among the participants, marked, always neutral: a reader counting who took part finds
        // every sender there, and one filtering on "bot" sets them aside
        List<Object> participants = new ArrayList<>();
        for (Participant x : d.participants()) participants.add(participant(x, false));
        for (Participant b : d.bots()) participants.add(participant(b, true));
        m.put("participants", participants);
        List<Object> exchanges = new ArrayList<>();
        for (Exchange e : d.exchanges()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("message_id", e.messageId());
            x.put("from", e.from());
            x.put("to", e.to());
            x.put("relation", e.relation().id());
            x.put("text", e.text());
            x.put("parent_id", e.parentId());
            x.put("from_id", e.fromId());
            x.put("to_id", e.toId());
            x.put("date", e.date());
            x.put("weight", e.weight());
            exchanges.add(x);
        }
        m.put("exchanges", exchanges);
        Map<String, Object> tone = new LinkedHashMap<>();
        List<Object> days = new ArrayList<>();
        for (ToneTimeline.Day day : d.tone().days()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", day.date().toString());
            x.put("messages", day.messages());
            x.put("mean_score", day.meanScore());
            x.put("label", day.label().id());
            x.put("heated", day.heated());
            x.put("heated_evidence", day.heatedEvidence());
            days.add(x);
        }
        tone.put("days", days);
        List<Object> messages = new ArrayList<>();
        for (DebateMessage dm : d.messages()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("message_id", dm.messageId());
            x.put("parent_id", dm.parentId());
            x.put("author_id", dm.authorId());
            x.put("date", dm.date());
            x.put("tone", dm.tone().label().id());
            x.put("tone_score", dm.tone().score());
            x.put("tone_evidence", dm.tone().cues());
            x.put("lean", dm.lean());
            x.put("proposal", dm.proposal());
            x.put("bot", dm.bot());
            messages.add(x);
        }
        tone.put("messages", messages);
        m.put("tone", tone);
        m.put("first_date", d.firstDate());
        m.put("last_date", d.lastDate());
        return m;
    }

    private static Map<String, Object> participant(Participant x, boolean bot) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", x.name());
        o.put("addresses", x.addresses());
        o.put("messages", x.messages());
        o.put("stance", x.stance().id());
        o.put("confidence", x.confidence());
        o.put("evidence", evidence(x.evidence()));
        o.put("id", x.id());
        o.put("proposer", x.proposer());
        o.put("bot", bot);
        o.put("wrote", x.wrote());
        o.put("shift", x.shift().id());
        o.put("reason", x.reason());
        o.put("first_post", x.firstPost());
        o.put("last_post", x.lastPost());
        return o;
    }

    private static List<Object> evidence(List<Evidence> list) {
        List<Object> out = new ArrayList<>();
        for (Evidence e : list) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("message_id", e.messageId());
            o.put("text", e.text());
            o.put("cue", e.cue().id());
            o.put("weight", e.weight());
            out.add(o);
        }
        return out;
    }

    private static boolean isTrailer(Evidence e) {
        return e.cue() == Cue.TRAILER || e.cue() == Cue.PROPOSAL_TRAILER;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3).stripTrailing() + "...";
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
