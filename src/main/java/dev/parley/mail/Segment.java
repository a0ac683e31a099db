package dev.parley.mail;

/**
 * A run of consecutive body lines of one kind, in body order.
 *
 * @param kind what the lines are
 * @param text the lines, joined with '\n', exactly as in the decoded body (quote markers kept)
 * @param firstLine zero-based index of the first line in the decoded body text
 */
public record Segment(Kind kind, String text, int firstLine) {

    /** What a run of body lines is. */
    public enum Kind {
        /** The author's own new text. */
        OWN,
        /** Lines quoted from an earlier message ({@code > ...}). */
        QUOTE,
        /** The line that introduces a quote ("On ..., X wrote:"). */
        ATTRIBUTION,
        /** Everything after the signature separator. */
        SIGNATURE,
        /** A patch: the "---" separator, diffstat and unified diff. */
        DIFF,
        /** Trailer lines (Signed-off-by:, Acked-by:, Fixes:, ...). */
        TRAILER
    }
}
