package dev.parley.cli;

import dev.parley.query.LoreDates;
import picocli.CommandLine.Option;

import java.time.Instant;

/** {@code --since DATE}: a lore date (2018-06-01, 1.week.ago, last.week) from which on messages count. */
final class SinceOption {

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only messages since DATE (2018-06-01, 1.week.ago, last.week).")
    String since;

    /** The date as given, or null. */
    String value() {
        return since;
    }

    /** The moment it names, or null when not given; a date lore cannot read is a usage error. */
    Instant instant() {
        if (since == null) return null;
        try {
            return LoreDates.parse(since + "..", Instant.now()).from();
        } catch (LoreDates.BadDate e) {
            throw CliException.usage("--since '" + since + "': " + e.getMessage());
        }
    }
}
