package dev.parley.analysis.quotes;

import dev.parley.analysis.debate.Stance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * One quotable sentence (or a clause of one) and who said it, when and where.
 *
 * @param text what to quote, exactly as written, hard line wrapping undone ({@link dev.parley.analysis.text.Unwrapping}):
 *             the whole sentence, or for a long one its most quotable clause
 * @param sentence the whole sentence the text comes from (the same as {@code text} when that is the whole sentence);
 *                 a lead-in ending in a colon and the short list it introduces count as one sentence
 * @param context the sentence before it in the same paragraph, offered when the quote leans on it (opens with "And",
 *                or with a "this" or "it" whose referent is there); else empty
 * @param origin the author's own text, or prose their patch adds to documentation
 * @param file for {@link Origin#PROPOSED_TEXT}, the documentation file the patch adds it to; else empty
 * @param messageId the Message-ID of the message it is in
 * @param authorId the author's participant id in the debate
 * @param author the author's display name
 * @param address the author's address as written in that message
 * @param date when the message was sent (null if undated)
 * @param offsetSeconds the author's own UTC offset at that time
 * @param stance the author's final stance in the debate
 * @param proposal whether it is the proposal's own text: the description of the root (or of another patch of the
 *                 proposed series), or documentation the proposal adds
 * @param score how quotable it is, 0 to 1
 * @param sharpness how heated or cutting it is, 0 (matter-of-fact) to 1 (an insult, shouting)
 * @param reasons what raised or lowered the score, in plain words ("decisive: never", "starts with a dangling 'This'")
 */
public record Quote(String text, String sentence, String context, Origin origin, String file, String messageId,
                    String authorId, String author, String address, Instant date, int offsetSeconds, Stance stance,
                    boolean proposal, double score, double sharpness, List<String> reasons) {

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

    /** Whether the text is a clause of its sentence rather than all of it. */
    public boolean clause() {
        return !text.equals(sentence);
    }

    public boolean fromProposedText() {
        return origin == Origin.PROPOSED_TEXT;
    }

    /** The date at the author's own offset, or null when undated. */
    public OffsetDateTime localDate() {
        return date == null ? null : date.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
}
