package dev.parley.render;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.Evidence;
import dev.parley.analysis.debate.Exchange;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Proposal;
import dev.parley.analysis.debate.ToneTimeline;

import java.util.List;
import java.util.Locale;

/**
 * The debate as Markdown, for pasting: the proposal, the table of stances with confidence, each person's reason and
 * evidence with links, the exchanges that turned the debate, and the tone by day. The same content as
 * {@link DebateReport#text}, each sentence linked to its message.
 */
public final class DebateMarkdown {

    private DebateMarkdown() {
    }

    public static String render(Debate d, String linkBase) {
        StringBuilder sb = new StringBuilder();
        Proposal p = d.proposal();
        sb.append("# ").append(DigestMarkdown.escape(p.subject().isBlank() ? "(no subject)" : p.subject())).append("\n\n");
        sb.append("Proposed by ").append(DigestMarkdown.escape(p.author())).append(", ").append(DigestText.day(p.date()))
                .append(" (").append(p.kind().id()).append(", ").append(d.messages().size()).append(" messages, ")
                .append(d.participants().size()).append(" participants, [message](")
                .append(Permalinks.of(linkBase, p.messageId())).append("))\n\n");
        if (!p.summary().isBlank()) sb.append("> ").append(DigestMarkdown.escape(p.summary())).append("\n\n");
        sb.append("**Outcome:** ").append(DigestMarkdown.escape(OutcomeText.summary(d.outcome())));
        if (!d.outcome().text().isBlank()) sb.append(", \"").append(DigestMarkdown.escape(d.outcome().text())).append('"');
        sb.append(" ([message](").append(Permalinks.of(linkBase, d.outcome().messageId())).append("))\n\n");

        sb.append("| stance | confidence | messages | participant |\n|---|---|---|---|\n");
        for (Participant x : d.participants()) {
            sb.append("| ").append(x.stance().id()).append(" | ").append(String.format(Locale.ROOT, "%.2f", x.confidence()))
                    .append(" | ").append(x.wrote() ? Integer.toString(x.messages()) : "-").append(" | ")
                    .append(DigestMarkdown.escape(x.name())).append(x.proposer() ? " (proposer)" : "")
                    .append(x.wrote() ? "" : " (in the proposal's trailers)").append(" |\n");
        }
        if (!d.bots().isEmpty()) {
            sb.append("\nSet aside as robots: ");
            List<String> names = d.bots().stream().map(b -> DigestMarkdown.escape(b.name()) + " (" + b.messages() + ")").toList();
            sb.append(String.join(", ", names)).append('\n');
        }

        sb.append("\n## Why\n\n");
        for (Participant x : d.participants()) {
            sb.append("- **").append(DigestMarkdown.escape(x.name())).append("** (").append(x.stance().id()).append("): ")
                    .append(DigestMarkdown.escape(x.reason())).append('\n');
            for (Evidence e : x.evidence()) {
                sb.append("  - \"").append(DigestMarkdown.escape(e.text())).append("\" ([message](")
                        .append(Permalinks.of(linkBase, e.messageId())).append("))\n");
            }
        }

        List<Exchange> turning = DebateReport.turning(d, Integer.MAX_VALUE);
        if (!turning.isEmpty()) {
            sb.append("\n## Exchanges that turned the debate\n\n");
            for (Exchange e : turning) {
                sb.append("- ").append(DigestText.day(e.date())).append(", ").append(DigestMarkdown.escape(e.from()))
                        .append(" to ").append(DigestMarkdown.escape(e.to())).append(": **").append(e.relation().id())
                        .append("**, \"").append(DigestMarkdown.escape(e.text())).append("\" ([message](")
                        .append(Permalinks.of(linkBase, e.messageId())).append("))\n");
            }
        }

        if (!d.tone().days().isEmpty()) {
            sb.append("\n## Tone by day\n\n| day | messages | tone | mean score | heated |\n|---|---|---|---|---|\n");
            for (ToneTimeline.Day day : d.tone().days()) {
                sb.append("| ").append(day.date()).append(" | ").append(day.messages()).append(" | ").append(day.label().id())
                        .append(" | ").append(String.format(Locale.ROOT, "%+.2f", day.meanScore())).append(" | ")
                        .append(day.heated()).append(day.heatedEvidence().isEmpty() ? ""
                                : " (" + DigestMarkdown.escape(DebateReport.toneEvidence(day.heatedEvidence())) + ")")
                        .append(" |\n");
            }
        }
        return sb.toString();
    }
}
