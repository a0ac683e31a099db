package dev.parley.render;

import dev.parley.analysis.digest.Digest;
import dev.parley.analysis.quotes.Quote;

import java.util.Locale;

/** The digest as Markdown (CommonMark), for pasting into an article draft or a chat. */
public final class DigestMarkdown {

    private static final int BAR_WIDTH = 30;

    private DigestMarkdown() {
    }

    public static String render(Digest d, String linkBase) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(escape(d.title())).append("\n\n");
        sb.append(String.join(" · ", DigestText.meta(d).stream().map(DigestMarkdown::escape).toList())).append("\n\n");

        Digest.ProposalText p = d.proposal();
        sb.append("## The proposal\n\n");
        sb.append(escape(DigestText.proposalLine(d))).append(" ([message](").append(Permalinks.of(linkBase, p.messageId()))
                .append(")):\n\n");
        if (p.rootMissing()) sb.append("*The thread's first message is not in the archive; the earliest one stands in.*\n\n");
        sb.append("> ").append(escape(p.summary().isEmpty() ? d.title() : p.summary())).append("\n\n");
        sb.append("**Outcome:** ").append(escape(OutcomeText.summary(d.outcome())));
        if (!d.outcome().text().isBlank()) sb.append(": \"").append(escape(d.outcome().text())).append('"');
        sb.append(" ([message](").append(Permalinks.of(linkBase, d.outcome().messageId())).append("))\n\n");

        sb.append("## Positions\n\n");
        for (Digest.Side s : d.sides()) {
            sb.append("### ").append(DigestText.sideTitle(s)).append(": ")
                    .append(escape(s.people().isEmpty() ? "nobody" : String.join(", ", s.people()))).append("\n\n");
            boolean first = true;
            for (Quote q : s.quotes()) {
                sb.append(first ? "> " : "- ").append(quote(q, linkBase)).append(first ? "\n\n" : "\n");
                first = false;
            }
            if (s.quotes().size() > 1) sb.append('\n');
        }
        if (!d.neutral().isEmpty()) {
            sb.append("Also took part, without a position: ").append(escape(String.join(", ", d.neutral()))).append("\n\n");
        }

        if (d.sharpest() != null) {
            sb.append("## The sharpest exchange\n\n").append(escape(d.sharpest().quote().author())).append(" to ")
                    .append(escape(d.sharpest().to())).append(":\n\n> ").append(quote(d.sharpest().quote(), linkBase)).append("\n\n");
        }

        sb.append("## Turning points\n\n");
        if (d.turningPoints().isEmpty()) sb.append("None: no NAK, counter-proposal, concession or merge.\n");
        for (Digest.TurningPoint t : d.turningPoints()) {
            sb.append("- ").append(DigestText.day(t.date())).append(", **").append(t.kind().label()).append("**: ")
                    .append(escape(t.author())).append(t.to().isEmpty() ? "" : " to " + escape(t.to())).append(": \"")
                    .append(escape(t.text())).append("\" ([message](").append(Permalinks.of(linkBase, t.messageId())).append("))\n");
        }
        sb.append("\n## Open questions\n\n");
        if (d.openQuestions().isEmpty()) sb.append("None left unanswered at the end.\n");
        for (Digest.OpenQuestion q : d.openQuestions()) {
            sb.append("- ").append(escape(q.author())).append(", ").append(DigestText.day(q.date())).append(": \"")
                    .append(escape(q.text())).append("\" ([message](").append(Permalinks.of(linkBase, q.messageId())).append("))\n");
        }

        sb.append("\n## Timeline\n\n| day | messages | tone |\n|---|---|---|\n");
        int busiest = d.timeline().stream().mapToInt(Digest.Period::messages).max().orElse(1);
        for (Digest.Period t : d.timeline()) {
            sb.append("| ").append(DigestText.periodLabel(t)).append(" | `").append(DigestText.bar(t.messages(), busiest, BAR_WIDTH))
                    .append("` ").append(t.messages()).append(" | ").append(t.tone().id())
                    .append(escape(DebateReport.heated(t.heated(), t.heatedEvidence()))).append(" |\n");
        }
        return sb.toString();
    }

    private static String quote(Quote q, String linkBase) {
        return "\"" + escape(q.text()) + "\" (" + escape(q.author())
                + (q.fromProposedText() ? ", from the proposed text" : "") + ", " + DigestText.day(q.date())
                + ", [message](" + Permalinks.of(linkBase, q.messageId()) + "))";
    }

    /** Backslash-escapes the characters CommonMark would read as markup inside a line of text. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|~&".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
