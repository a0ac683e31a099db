package dev.parley.analysis.stance;

/**
 * Reads one message for stance signals: toward the proposal, and toward the text it answers. The debate analysis
 * combines the readings of all messages over the reply graph, so a scorer looks at one message (with what it
 * quotes) at a time. {@link CompositeStanceScorer#rules} is the rule-based reading; a trained model can take its place or join it.
 */
public interface StanceScorer {

    MessageReading read(MessageContext message);
}
