package dev.parley.analysis.stance;

import java.util.Locale;

/** What kind of stance signal a sentence (or trailer line) is. */
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
        return name().toLowerCase(Locale.ROOT);
    }
}
