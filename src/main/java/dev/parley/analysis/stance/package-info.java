/**
 * Reading stance from one message: the {@link dev.parley.analysis.stance.StanceScorer} interface, what it is given
 * ({@link dev.parley.analysis.stance.MessageContext}) and what it returns
 * ({@link dev.parley.analysis.stance.MessageReading}), and the rule-based scorer built from kernel-mail conventions
 * ({@link dev.parley.analysis.stance.RuleStanceScorer}: trailers, NAKs, acts of support, statements with negation,
 * hedges, concessions and conditions, counter-proposals, sceptical questions, criticism aimed at what the
 * proposal changes, and, for open discussions, agreement with the problem the proposal names). A scorer reads one message; combining the readings over the reply graph is
 * {@link dev.parley.analysis.debate}'s job.
 *
 * <p>May use: {@code analysis.tone} and what it may use.
 */
package dev.parley.analysis.stance;
