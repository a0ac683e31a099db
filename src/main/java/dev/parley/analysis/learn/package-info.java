/**
 * The small learned part of the analysis, shared by tone and stance: a multinomial logistic regression over a few
 * dozen named, interpretable features ({@link dev.parley.analysis.learn.LogisticModel}), trained with L2 and class
 * weights by {@link dev.parley.analysis.learn.LogisticTrainer}, calibrated by temperature scaling on out-of-fold
 * predictions, scored by group-wise cross-validation so that no thread (or message) is ever scored by a model that
 * was trained on it ({@link dev.parley.analysis.learn.CrossValidation}), with the figures a reader needs
 * ({@link dev.parley.analysis.learn.Scores}: accuracy, per-class precision and recall, macro-F1, confusion matrix,
 * accuracy per confidence band), and a light reader of the JSON files the analysis ships
 * ({@link dev.parley.analysis.learn.ShippedJson}).
 *
 * <p>May use: nothing else of Parley (pure arithmetic, and Jackson for the model file): the bottom of {@code analysis}.
 */
package dev.parley.analysis.learn;
