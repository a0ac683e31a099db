package dev.parley.analysis.tone;

/** Scores the tone of a message from its author's own text (quotes, diffs and signatures already removed). */
public interface ToneScorer {
    Tone score(String ownText);
}
