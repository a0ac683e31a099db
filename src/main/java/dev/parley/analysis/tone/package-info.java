/**
 * Tone of one message: positive, neutral, negative or heated, with a score and the words that decided it, from the
 * author's own text only. {@link dev.parley.analysis.tone.ToneClassifier} is Parley's scorer: the features of
 * {@link dev.parley.analysis.tone.ToneFeatures} (cues of the lexicon resource {@code tone-lexicon.tsv} read
 * sentence by sentence, with politeness formulas apart, negation, intensifiers and each cue's target, and how the
 * text is written: capitals, exclamations, faces) weighed by the calibrated logistic regression of
 * {@link dev.parley.analysis.tone.ToneModel} ({@code tone-model.json}), heated only with high confidence and
 * evidence. {@link dev.parley.analysis.tone.ToneTraining} trains it from the labelled set
 * ({@link dev.parley.analysis.tone.ToneLabels}) and scores it cross-validated by thread, beside the
 * {@link dev.parley.analysis.tone.LexiconToneScorer} it replaced. Computed at import time
 * ({@link dev.parley.analysis.tone.ToneEnrichment}), so {@code tone:} is searchable.
 * <p>
 * May use: {@code analysis.learn}, {@code analysis.text}, {@code mail}, {@code thread} (the labelled set's threads)
 * and {@code ingest} (it implements the import's enrichment), {@code model} (the fields it fills); nothing above it
 * in {@code analysis}.
 */
package dev.parley.analysis.tone;
