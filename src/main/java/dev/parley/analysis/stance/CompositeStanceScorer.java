package dev.parley.analysis.stance;

import java.util.ArrayList;
import java.util.List;

/**
 * Several scorers read one message, each for its own kind of signal (sentences, trailers); their signals are joined
 * in the order of the parts, and the message is a change of mind when any part says so.
 */
public final class CompositeStanceScorer implements StanceScorer {

    private final List<StanceScorer> parts;

    public CompositeStanceScorer(List<StanceScorer> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("a composite scorer needs at least one part");
        this.parts = List.copyOf(parts);
    }

    /** The rules: the sentence-level reading with the lexicon, then the trailers given. */
    public static CompositeStanceScorer rules(CueLexicon lexicon, StanceWeights weights) {
        return new CompositeStanceScorer(List.of(new SentenceStanceScorer(lexicon, weights), new TrailerVotes(weights)));
    }

    @Override
    public MessageReading read(MessageContext message) {
        List<Signal> signals = new ArrayList<>();
        boolean changeOfMind = false;
        for (StanceScorer part : parts) {
            MessageReading r = part.read(message);
            signals.addAll(r.signals());
            changeOfMind |= r.changeOfMind();
        }
        return new MessageReading(signals, changeOfMind);
    }
}
