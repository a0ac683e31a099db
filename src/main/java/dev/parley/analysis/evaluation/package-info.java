/**
 * Scoring the analysis against hand-made labels: stance labels of real threads ({@link
 * dev.parley.analysis.evaluation.StanceLabels}), each person matched to the debate's participants, and the
 * position judges (the rules, a learned model, the two combined) scored with every learned part trained leave one
 * thread out ({@link dev.parley.analysis.evaluation.StanceEvaluation}); the same data trains the shipped model.
 * <p>
 * May use: {@code analysis.debate} and what it builds on ({@code analysis.stance}, {@code analysis.learn}),
 * {@code identity} and {@code mail} (to read the labelled threads' mbox files); it sits above the analyses it scores.
 */
package dev.parley.analysis.evaluation;
