package dev.parley.analysis.stance;

import dev.parley.analysis.stance.Signal.Target;
import dev.parley.mail.Trailer;

import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic part of the stance reading: the trailers a message's author gave (trailer lines, and trailers
 * written inside a sentence) are votes when they are given to the proposal. Acked-by, Reviewed-by and Tested-by are
 * support, Nacked-by opposition; a Signed-off-by in a reply endorses (policy documents collect them); trailers on a
 * patch of the author's own, or in the proposal itself, are authorship, not votes.
 */
public final class TrailerVotes implements StanceScorer {

    private final StanceWeights weights;

    public TrailerVotes(StanceWeights weights) {
        this.weights = weights;
    }

    @Override
    public MessageReading read(MessageContext m) {
        List<Signal> out = new ArrayList<>();
        for (Trailer t : m.ownTrailers()) {
            Signal s = vote(t, m);
            if (s != null) out.add(s);
        }
        return new MessageReading(out, false);
    }

    private Signal vote(Trailer t, MessageContext m) {
        if (m.proposalMessage()) return null;
        String line = t.key() + ": " + t.value();
        if (t.isNak()) return new Signal(-1, line, Cue.TRAILER, Target.PROPOSAL, -weights.trailerNak());
        boolean vote = t.isAck() || t.isReview() || t.isTest();
        boolean signOff = t.meaning() == Trailer.Meaning.SIGN_OFF;
        if (!vote && !signOff) return null;
        if (m.carriesPatch()) return null; // their own patch: authorship, not a vote
        double weight = vote ? weights.trailerVote() : weights.signOff();
        if (!m.answersProposal()) weight *= weights.offProposal(); // probably still the proposal, given in a sub-thread
        return new Signal(-1, line, Cue.TRAILER, Target.PROPOSAL, weight);
    }
}
