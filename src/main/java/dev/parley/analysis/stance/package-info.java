/**
 * Reading stance from one message: the {@link dev.parley.analysis.stance.StanceScorer} interface, what it is given
 * ({@link dev.parley.analysis.stance.MessageContext}) and what it returns
 * ({@link dev.parley.analysis.stance.MessageReading}), and the rule-based scorer built from kernel-mail conventions
 * ({@link dev.parley.analysis.stance.RuleStanceScorer}: trailers, NAKs, acts of support, statements with negation,
 * hedges and conditions, counter-proposals, and criticism aimed at what the proposal changes).
 */
package dev.parley.analysis.stance;
