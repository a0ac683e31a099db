package dev.parley.analysis.debate;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One person in the debate and where they stand on the proposal.
 *
 * @param id the person's key: their primary address, lower-cased (as in {@link dev.parley.identity.Person#id()});
 *           {@link Exchange} and {@link DebateMessage} refer to participants by it
 * @param name display name
 * @param addresses every address merged into this person, lower-cased, primary first
 * @param messages how many messages they sent in the thread (0 for someone who only appears in the proposal's
 *                 trailers)
 * @param firstPost date of their first message, null when they never wrote
 * @param lastPost date of their last message, null when they never wrote
 * @param wrote false for a supporter named only by a trailer already in the proposal (an Acked-by collected before
 *              posting): counted as {@code for}, with that trailer as evidence, but they never wrote in the thread
 * @param proposer whether they wrote the proposal
 * @param stance their final position toward the proposal
 * @param confidence how likely the stance is right, 0 to 1: for someone who wrote, the calibrated probability a model
 *                   learned from labelled threads gives the rules' judgement ({@link LearnedPositionJudge}); 1 for
 *                   the proposer, 0.95 for a co-author, 0.9 for a supporter named only in the proposal's trailers
 * @param shift for a change of mind, which way it moved; {@link Shift#NONE} otherwise
 * @param reason one plain line saying why, for people ("Acked-by on the proposal", "counter-proposal: ...")
 * @param evidence the sentences that decided the stance, strongest first (at most a handful), each with its
 *                 Message-ID; for {@code neutral}, what they did say
 */
public record Participant(String id, String name, List<String> addresses, int messages, Instant firstPost,
                          Instant lastPost, boolean wrote, boolean proposer, Stance stance, double confidence,
                          Shift shift, String reason, List<Evidence> evidence) {

    public Participant {
        addresses = List.copyOf(addresses);
        evidence = List.copyOf(evidence);
    }

    /** Which way a change of mind moved (the final position is the one it moved to). */
    public enum Shift {
        NONE,
        /** Started against (or doubtful) and ended in support. */
        TOWARD_FOR,
        /** Started in support and ended opposed (or withdrew support). */
        TOWARD_AGAINST;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
