/**
 * A thread read as a debate: the proposal, the participants (one per person), each participant's stance with its
 * confidence and evidence, who answered whom and how, the tone over time, and what became of the proposal. The
 * result model ({@link dev.parley.analysis.debate.Debate} and its records) is what later layers (quotes, digests,
 * rendering) build on; the entry point is {@link dev.parley.analysis.debate.DebateAnalyzer#analyze}, a short
 * composition of stages (package-private, each one job from immutable records to an immutable record: authors, reply
 * tree, proposal, tones, message contexts, stance readings, the stance solver, participants, exchanges, tone
 * timeline, outcome). Per-message reading is delegated to a {@link dev.parley.analysis.stance.StanceScorer}; this
 * package combines the readings over the reply graph.
 * <p>
 * May use: {@code analysis.stance}, {@code analysis.tone}, {@code analysis.text}, {@code analysis.learn} (the learned
 * position judge), {@code identity}, {@code thread},
 * {@code mail}, and the stored message of the archive's model.
 */
package dev.parley.analysis.debate;
