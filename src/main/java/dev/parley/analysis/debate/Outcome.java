package dev.parley.analysis.debate;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What became of the proposal, with the message that shows it.
 *
 * @param status applied (or queued, or merged), withdrawn, superseded by a newer version, NAKed and dropped, or
 *               still open
 * @param by who did it: the person who applied it, withdrew it, posted the newer version or NAKed it; for an open
 *           proposal, who had the last word
 * @param byId that person's participant id (empty when they are not one, as a newer version's author may not be)
 * @param date when (null if undated)
 * @param messageId the message that shows it
 * @param text the sentence (or trailer, or subject of the newer version) that shows it, exactly as written
 * @param tree for an applied proposal, the tree or branch it went to as the message names it ("staging-next",
 *             "xfs-linux for-next", "4.19"); else empty
 * @param commits for an applied proposal, the commit ids the message gives (a b4 "applied, thanks!" summary
 *                lists one per patch); else empty
 */
public record Outcome(Status status, String by, String byId, Instant date, String messageId, String text, String tree,
                      List<String> commits) {

    public Outcome {
        commits = List.copyOf(commits);
    }

    public enum Status {
        APPLIED("applied"),
        WITHDRAWN("withdrawn"),
        SUPERSEDED("superseded by a newer version"),
        NAKED("NAKed and dropped"),
        OPEN("still open");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** How people say it ("NAKed and dropped"). */
        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Superseded by a newer version of the proposal that the archive holds (the subject names the version). */
    public static Outcome superseded(String by, Instant date, String messageId, String subject) {
        return new Outcome(Status.SUPERSEDED, by, "", date, messageId, subject, "", List.of());
    }

    /** Whether the proposal is settled (anything but open). */
    public boolean settled() {
        return status != Status.OPEN;
    }
}
