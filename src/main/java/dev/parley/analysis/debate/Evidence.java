package dev.parley.analysis.debate;

/**
 * One piece of evidence: an exact sentence (or trailer line) from the participant's own, non-quoted text, and why
 * it counts.
 *
 * @param messageId the Message-ID of the message the text is in (without angle brackets)
 * @param text the words exactly as written (hard line wrapping joined with single spaces), never quoted text
 * @param cue what kind of signal the text is
 * @param weight the signal's pull toward the proposal: positive for, negative against, 0 for text that shows a
 *               neutral part (a side question); its size is the strength (about 0.2 weak to 1.5 a trailer or NAK)
 */
public record Evidence(String messageId, String text, Cue cue, double weight) {

    /** What kind of signal a piece of evidence is. */
    public enum Cue {
        /** The participant wrote the proposal. */
        PROPOSER,
        /** An Acked-by/Reviewed-by/Tested-by (for) or Nacked-by (against) trailer, or a sign-off given as endorsement. */
        TRAILER,
        /** An endorsing trailer already in the proposal itself, collected before posting. */
        PROPOSAL_TRAILER,
        /** A bare NAK/NACK in prose, or "my NAK stands". */
        NAK,
        /** Support as an act: applied, queued, merged, "I'll take it through my tree". */
        ACT,
        /**
         * An explicit statement for or against the proposal ("about time", "please don't", "I'd rather keep it"), a
         * call about the thing ("delete it"), or (weakly) a sceptical question ("what problem does this solve?").
         */
        STATEMENT,
        /** A contrary course: keep/fix instead of delete, move elsewhere, wait until later. */
        COUNTER_PROPOSAL,
        /** Support bound to a condition ("as long as", "only if"). */
        CONDITION,
        /** Defending or criticising what the proposal changes (the status quo), which bears on the proposal. */
        STATUS_QUO,
        /** Agreement or disagreement with another participant, carried over to that participant's position. */
        REPLY,
        /** An explicit change of mind ("you convinced me", "I withdraw my NAK"). */
        CHANGE_OF_MIND,
        /** A question or technical side remark: shows participation without a position. */
        SIDE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
