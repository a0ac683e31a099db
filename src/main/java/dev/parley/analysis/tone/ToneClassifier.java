package dev.parley.analysis.tone;

import dev.parley.analysis.learn.LogisticModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parley's tone scorer: {@link ToneFeatures} read the own text, the calibrated logistic regression of
 * {@link ToneModel} weighs them, and heated is given only when its probability reaches the model's threshold and
 * there are words of contempt, insult, swearing, attack or shouting to show for it; otherwise the likeliest of the
 * other three tones is given. The tone's cues are its evidence: the words behind the features that pushed hardest
 * toward the tone given (none for neutral).
 */
public final class ToneClassifier implements ToneScorer {

    private static final int MAX_EVIDENCE = 6;
    private static final int HEATED = Tone.Label.HEATED.ordinal();
    private static volatile ToneClassifier standard;

    private final ToneModel model;
    private final ToneFeatures features;

    public ToneClassifier(ToneModel model, ToneLexicon lexicon) {
        this.model = model;
        this.features = new ToneFeatures(lexicon);
    }

    /** With the shipped model and lexicon, as import scores tone (loaded once). */
    public static ToneClassifier standard() {
        ToneClassifier s = standard;
        if (s == null) standard = s = new ToneClassifier(ToneModel.standard(), ToneLexicon.standard());
        return s;
    }

    @Override
    public Tone score(String ownText) {
        ToneFeatures.Reading reading = features.read(ownText);
        double[] p = decide(model.model().predict(reading.values()).probabilities(), model.heatedThreshold(), reading);
        return tone(p, Tone.Label.values()[argmax(p)], reading);
    }

    /** The tone of decided probabilities: the label, a score from -1 to 1 and the evidence. */
    static Tone tone(double[] p, Tone.Label label, ToneFeatures.Reading reading) {
        double score = p[Tone.Label.POSITIVE.ordinal()] - p[Tone.Label.NEGATIVE.ordinal()] - p[HEATED];
        return new Tone(label, Math.round(score * 1000) / 1000.0, evidence(reading, label));
    }

    /**
     * The probabilities the verdict stands on: as the model gave them, except that heated counts only when its
     * probability reaches the threshold and there are words of contempt, insult, swearing, attack or shouting to show
     * for it, and positive only when there are warm words. A heated probability that does not count goes to negative
     * (a message the model finds nearly hostile is at least displeased: spread over all three, it left neutral the
     * likeliest for some); a positive one that does not count is taken out and the others scaled up to sum to 1.
     *
     * @param threshold at least 0.5, so that a heated probability that reaches it is also the largest
     */
    static double[] decide(double[] probabilities, double threshold, ToneFeatures.Reading reading) {
        double[] p = probabilities.clone();
        if (!(has(reading, ToneFeatures::heated) && p[HEATED] >= threshold)) {
            p[Tone.Label.NEGATIVE.ordinal()] += p[HEATED];
            p[HEATED] = 0;
        }
        if (!has(reading, s -> s == ToneFeatures.Signal.WARM)) drop(p, Tone.Label.POSITIVE.ordinal());
        return p;
    }

    private static void drop(double[] p, int c) {
        double rest = 1 - p[c];
        p[c] = 0;
        for (int k = 0; k < p.length; k++) p[k] = rest > 0 ? p[k] / rest : k == Tone.Label.NEUTRAL.ordinal() ? 1 : 0;
    }

    private static boolean has(ToneFeatures.Reading reading, java.util.function.Predicate<ToneFeatures.Signal> kind) {
        for (ToneFeatures.Found f : reading.found()) if (kind.test(f.signal())) return true;
        return false;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
        return best;
    }

    /** The words of the signals that count for the tone given, strongest first. */
    private static List<String> evidence(ToneFeatures.Reading reading, Tone.Label label) {
        if (label == Tone.Label.NEUTRAL) return List.of();
        List<ToneFeatures.Found> chosen = new ArrayList<>();
        for (ToneFeatures.Found f : reading.found()) if (counts(f.signal(), label)) chosen.add(f);
        chosen.sort((a, b) -> Double.compare(rank(b, label), rank(a, label)));
        Set<String> out = new LinkedHashSet<>();
        for (ToneFeatures.Found f : chosen) {
            if (out.size() == MAX_EVIDENCE) break;
            out.add(f.text());
        }
        return List.copyOf(out);
    }

    private static boolean counts(ToneFeatures.Signal s, Tone.Label label) {
        return switch (label) {
            case POSITIVE -> s == ToneFeatures.Signal.WARM;
            case NEGATIVE -> s != ToneFeatures.Signal.WARM && s != ToneFeatures.Signal.POLITE;
            case HEATED -> ToneFeatures.heated(s);
            case NEUTRAL -> false;
        };
    }

    /** Heated signals first for heated, aimed at a person before aimed elsewhere, then by weight. */
    private static double rank(ToneFeatures.Found f, Tone.Label label) {
        return f.weight() + (f.target() == ToneFeatures.Target.PERSON ? 1 : 0)
                + (label == Tone.Label.NEGATIVE && ToneFeatures.heated(f.signal()) ? 0.5 : 0);
    }

    public ToneModel model() {
        return model;
    }

    LogisticModel logistic() {
        return model.model();
    }
}
