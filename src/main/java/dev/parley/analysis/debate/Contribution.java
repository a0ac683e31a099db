package dev.parley.analysis.debate;

/**
 * A stance signal of one message, resolved toward the proposal over the reply graph ({@link StanceSolver}).
 *
 * @param evidence the sentence, with the message and cue
 * @param value its pull toward the proposal (signed)
 * @param conditional support bound to a condition
 * @param passage the passage it came from (-1 for a trailer)
 * @param relation for a reply cue, its agreement with the answered text (signed), else 0
 */
record Contribution(Evidence evidence, double value, boolean conditional, int passage, double relation) {
}
