package dev.parley.analysis.quotes;

import dev.parley.analysis.debate.Stance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * One quotable sentence and who said it, when and where.
 *
 * @param text the sentence exactly as written, hard line wrapping undone ({@link dev.parley.analysis.text.Unwrapping})
 * @param origin the author's own text, or prose their patch adds to documentation
 * @param file for {@link Origin#PROPOSED_TEXT}, the documentation file the patch adds it to; else empty
 * @param messageId the Message-ID of the message it is in
 * @param authorId the author's participant id in the debate
 * @param author the author's display name
 * @param address the author's address as written in that message
 * @param date when the message was sent (null if undated)
 * @param offsetSeconds the author's own UTC offset at that time
 * @param stance the author's final stance in the debate
 * @param score how quotable it is, 0 to 1
 * @param reasons what raised or lowered the score, in plain words ("decisive: never", "starts with a dangling 'This'")
 */
public record Quote(String text, Origin origin, String file, String messageId, String authorId, String author,
                    String address, Instant date, int offsetSeconds, Stance stance, double score,
                    List<String> reasons) {

    public Quote {
        reasons = List.copyOf(reasons);
    }

    /** Where a quote's text comes from. */
    public enum Origin {
        /** The author's own new text in the message. */
        OWN_TEXT,
        /** Lines the author's patch adds to documentation (Documentation/, .rst, .txt), "+" markers removed. */
        PROPOSED_TEXT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean fromProposedText() {
        return origin == Origin.PROPOSED_TEXT;
    }

    /** The date at the author's own offset, or null when undated. */
    public OffsetDateTime localDate() {
        return date == null ? null : date.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
}
