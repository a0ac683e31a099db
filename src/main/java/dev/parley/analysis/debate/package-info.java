/**
 * A thread read as a debate: the proposal, the participants (one per person), each participant's stance with its
 * confidence and evidence, who answered whom and how, and the tone over time. The result model
 * ({@link dev.parley.analysis.debate.Debate} and its records) is what later layers (digests, quotes) build on; the
 * entry point is {@link dev.parley.analysis.debate.DebateAnalyzer#analyze}. Per-message reading is delegated to a
 * {@link dev.parley.analysis.stance.StanceScorer}; this package combines the readings over the reply graph.
 *
 * <p>May use: {@code analysis.stance} and what it may use.
 */
package dev.parley.analysis.debate;
