package dev.parley.analysis.stance;

/**
 * One stance signal found in a message.
 *
 * @param passage index of the passage (in {@link MessageContext#passages()}) the sentence is in; -1 for a trailer
 * @param text the sentence or trailer line, exactly as written
 * @param cue what kind of signal it is
 * @param target what the signal is about
 * @param polarity its pull: positive is support (for {@link Target#PROPOSAL}) or agreement (for
 *                 {@link Target#ANSWERED}), negative the opposite; the size is the strength (about 0.2 to 1.5);
 *                 0 for a side remark that shows participation without a position
 */
public record Signal(int passage, String text, Cue cue, Target target, double polarity) {

    /** What a signal is about. */
    public enum Target {
        /** The proposal itself. */
        PROPOSAL,
        /** The text the passage answers (its quote, else the message replied to): agreement or disagreement. */
        ANSWERED,
        /** Nothing with a position: a side question, a review of a detail. */
        NONE
    }
}
