package dev.parley.analysis.stance;

import dev.parley.mail.Trailer;

import java.util.List;

/**
 * One message as a stance scorer sees it: its author's own sentences, grouped by the quote each group answers,
 * and where the message sits relative to the proposal.
 *
 * @param proposal what the thread proposes
 * @param messageId the message
 * @param proposalMessage whether this message is part of the proposal itself (the root or one of its patches)
 * @param answersProposal whether it answers a message of the proposal directly
 * @param answersProposer whether the message it answers was written by the proposer
 * @param byProposer whether the proposer wrote this message (their "applied" is about the proposal wherever it is)
 * @param carriesPatch whether the message posts a patch of its own (then its sign-off is authorship, not a vote)
 * @param passages the own text in body order, each run with the quote right above it
 * @param ownTrailers trailers in the message given by its author (Acked-by, Reviewed-by, Signed-off-by, ...)
 */
public record MessageContext(ProposalContext proposal, String messageId, boolean proposalMessage,
                             boolean answersProposal, boolean answersProposer, boolean byProposer, boolean carriesPatch,
                             List<Passage> passages, List<Trailer> ownTrailers) {

    public MessageContext {
        passages = List.copyOf(passages);
        ownTrailers = List.copyOf(ownTrailers);
    }

    /** What kind of text a passage answers. */
    public enum QuoteKind {
        /** No quote above: the passage answers the message as a whole. */
        NONE,
        /** Quoted prose. */
        PROSE,
        /** Quoted lines of a code patch: the passage reviews a detail. */
        CODE,
        /** Quoted lines a patch adds to documentation: the passage answers the proposed text itself. */
        DOCUMENT
    }

    /**
     * A run of the author's own sentences and the quote right above it.
     *
     * @param quoted the quoted lines with their quote markers removed (empty when none)
     * @param quoteKind what the quote is
     * @param sentences the author's sentences, exactly as written (wrapping undone)
     */
    public record Passage(String quoted, QuoteKind quoteKind, List<String> sentences) {
        public Passage {
            sentences = List.copyOf(sentences);
        }
    }
}
