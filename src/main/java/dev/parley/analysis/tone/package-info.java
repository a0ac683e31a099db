/**
 * Tone of one message: positive, neutral, negative or heated, with a score, from the author's own text only.
 * Computed at import time (so {@code tone:} is searchable) behind the {@link dev.parley.analysis.tone.ToneScorer}
 * interface, so a trained model can replace the lexicon later.
 * <p>
 * May use: {@code analysis.text}, {@code analysis.learn}, {@code mail} and {@code ingest} (it implements the import's
 * enrichment); nothing above it in {@code analysis}.
 */
package dev.parley.analysis.tone;
