package dev.parley.render;

import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.digest.Digest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wording the digest formats share, so Markdown, HTML and JSON say the same things. */
final class DigestText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private DigestText() {
    }

    static String day(Instant t) {
        return t == null ? "undated" : DAY.format(t);
    }

    /** "2018-06-04 to 2018-06-08 (5 days)", or one day, or "undated". */
    static String span(Digest d) {
        if (d.firstDate() == null) return "undated";
        String first = day(d.firstDate()), last = day(d.lastDate());
        if (first.equals(last)) return first;
        long days = ChronoUnit.DAYS.between(d.firstDate().atOffset(ZoneOffset.UTC).toLocalDate(),
                d.lastDate().atOffset(ZoneOffset.UTC).toLocalDate()) + 1;
        return first + " to " + last + " (" + days + " days)";
    }

    /** "17 messages, 7 participants (and 1 robot)". */
    static String counts(Digest d) {
        String s = d.messages() + (d.messages() == 1 ? " message, " : " messages, ") + d.participants()
                + (d.participants() == 1 ? " participant" : " participants");
        if (d.robots() > 0) s += " (and " + d.robots() + (d.robots() == 1 ? " robot)" : " robots)");
        return s;
    }

    static String sideTitle(Digest.Side s) {
        String name = switch (s.stance()) {
            case FOR -> "For";
            case AGAINST -> "Against";
            case MIXED -> "Mixed or changed their mind";
            case NEUTRAL -> "Neutral";
        };
        return name + " (" + s.people().size() + ")";
    }

    static String stanceWord(Stance s) {
        return s.id();
    }

    /** The lines of a timeline bar: one block per message, at most {@code width}, scaled to the busiest period. */
    static String bar(int messages, int busiest, int width) {
        int n = busiest <= width ? messages : (int) Math.ceil(messages * width / (double) busiest);
        return "\u2588".repeat(Math.max(1, n));
    }

    static String periodLabel(Digest.Period p) {
        return p.from().equals(p.to()) ? p.from().toString() : "week of " + p.from();
    }

    static String proposalLine(Digest d) {
        Digest.ProposalText p = d.proposal();
        return p.author() + " proposed" + (p.date() == null ? "" : " on " + day(p.date()));
    }

    static List<String> meta(Digest d) {
        List<String> out = new ArrayList<>();
        if (!d.lists().isEmpty()) out.add((d.lists().size() == 1 ? "List: " : "Lists: ") + String.join(", ", d.lists()));
        out.add("Dates: " + span(d));
        out.add(counts(d).substring(0, 1).toUpperCase(Locale.ROOT) + counts(d).substring(1));
        return out;
    }
}
