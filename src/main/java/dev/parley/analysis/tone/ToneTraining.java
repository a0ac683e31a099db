package dev.parley.analysis.tone;

import dev.parley.analysis.learn.CrossValidation;
import dev.parley.analysis.learn.Example;
import dev.parley.analysis.learn.LogisticModel;
import dev.parley.analysis.learn.LogisticTrainer;
import dev.parley.analysis.learn.Prediction;
import dev.parley.analysis.learn.Scores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Trains and scores the tone model on the labelled set, honestly: every message is predicted by a model trained
 * without its thread ({@link ToneLabels} forms the groups; {@value #FOLDS} grouped folds), calibrated on its own
 * training threads only; the heated threshold used for a fold's messages is chosen on the other folds' out-of-fold
 * predictions, never on the fold's own. The shipped model is fitted on every message, its threshold chosen on all
 * the out-of-fold predictions.
 */
public final class ToneTraining {

    /** The classes, in {@link Tone.Label} order. */
    public static final List<String> CLASSES = Arrays.stream(Tone.Label.values()).map(Tone.Label::id).toList();
    static final int FOLDS = 10;
    /** The precision a heated threshold must reach on out-of-fold predictions (the bar). */
    static final double HEATED_PRECISION = 0.9;
    /** Thresholds tried, lowest first; the lowest that reaches {@link #HEATED_PRECISION} is taken. */
    static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    static final double L2 = 0.03;
    /**
     * Classes weighed by the square root of their inverse frequency: fully balanced, the few warm and displeased
     * messages are over-predicted (positive precision 0.43, 40 of 604 neutral called positive); unweighted, negative
     * is mostly missed (recall 0.22). Measured in the first round of features, with the full evaluation.
     */
    static final double BALANCE = 0.5;
    private static final int HEATED = Tone.Label.HEATED.ordinal();

    /**
     * One message's verdicts.
     *
     * @param learned the learned scorer's tone, out of fold
     * @param heatedProbability the model's probability of heated, before the threshold and the evidence decide
     * @param lexicon the lexicon scorer's
     */
    public record Outcome(String messageId, Tone.Label truth, Tone learned, double heatedProbability, Tone.Label lexicon) {
    }

    /** A labelled message as the model sees it. */
    record Case(Example example, ToneFeatures.Reading reading) {
    }

    /**
     * The figures of one cross-validated run.
     *
     * @param learned the learned scorer's verdicts
     * @param lexicon the lexicon scorer's verdicts on the same messages
     * @param thresholds the heated threshold used for each fold (by fold, in fold order)
     * @param groups the number of threads
     * @param outcomes each message's verdicts, in the order of the labels
     */
    public record Evaluation(Scores learned, Scores lexicon, List<Double> thresholds, int groups, List<Outcome> outcomes) {
        public String report() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Tone, cross-validated: %d labelled messages in %d threads, %d folds by thread%n",
                    learned.total(), groups, FOLDS));
            out.append(String.format(Locale.ROOT, "heated threshold per fold: %s%n%n", thresholds));
            out.append("learned scorer (features + calibrated logistic regression)\n").append(learned.report());
            out.append("\nlexicon scorer (before issue 20)\n").append(lexicon.report());
            return out.toString();
        }
    }

    private ToneTraining() {
    }

    static List<Case> cases(List<ToneLabels.Item> items, ToneFeatures features) {
        List<Case> out = new ArrayList<>();
        for (ToneLabels.Item item : items) {
            ToneFeatures.Reading r = features.read(item.ownText());
            out.add(new Case(new Example(item.group(), item.messageId(), r.values(), item.tone().ordinal()), r));
        }
        return out;
    }

    static CrossValidation.Learner learner() {
        LogisticTrainer trainer = new LogisticTrainer(L2, BALANCE);
        return training -> trainer.train(training, CLASSES, ToneFeatures.NAMES);
    }

    /** Cross-validates the learned scorer and scores the lexicon scorer on the same messages. */
    public static Evaluation evaluate(List<ToneLabels.Item> items) {
        List<Case> cases = cases(items, new ToneFeatures(ToneLexicon.standard()));
        List<Example> examples = cases.stream().map(Case::example).toList();
        List<Prediction> raw = CrossValidation.groupedFolds(examples, FOLDS, learner());
        List<List<Integer>> folds = CrossValidation.deal(examples, FOLDS);
        Prediction[] decided = new Prediction[cases.size()];
        List<Double> thresholds = new ArrayList<>();
        for (List<Integer> fold : folds) {
            Set<Integer> held = new HashSet<>(fold);
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) if (!held.contains(i)) others.add(i);
            double t = threshold(cases, raw, others);
            thresholds.add(t);
            for (int i : fold) decided[i] = decided(cases.get(i), raw.get(i), t);
        }
        List<Integer> truth = examples.stream().map(Example::label).toList();
        LexiconToneScorer lexicon = new LexiconToneScorer();
        List<Prediction> old = new ArrayList<>();
        for (ToneLabels.Item item : items) {
            double[] p = new double[CLASSES.size()];
            p[lexicon.score(item.ownText()).label().ordinal()] = 1;
            old.add(new Prediction(p));
        }
        int groups = (int) examples.stream().map(Example::group).distinct().count();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            double[] p = decided[i].probabilities();
            Tone.Label label = Tone.Label.values()[decided[i].label()];
            outcomes.add(new Outcome(items.get(i).messageId(), items.get(i).tone(),
                    ToneClassifier.tone(p, label, cases.get(i).reading()), raw.get(i).probabilities()[HEATED],
                    Tone.Label.values()[old.get(i).label()]));
        }
        return new Evaluation(Scores.of(CLASSES, truth, List.of(decided)), Scores.of(CLASSES, truth, old), thresholds, groups,
                outcomes);
    }

    /** The model fitted on every labelled message, with the heated threshold its out-of-fold predictions call for. */
    public static ToneModel train(List<ToneLabels.Item> items, String note) {
        ToneLexicon lexicon = ToneLexicon.standard();
        List<Case> cases = cases(items, new ToneFeatures(lexicon));
        List<Example> examples = cases.stream().map(Case::example).toList();
        List<Prediction> raw = CrossValidation.groupedFolds(examples, FOLDS, learner());
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) all.add(i);
        double threshold = threshold(cases, raw, all);
        LogisticModel model = CrossValidation.calibrated(examples, learner()).withNote(note);
        return new ToneModel(model, threshold, lexicon.version());
    }

    /** The lowest threshold whose heated verdicts on these items reach the precision wanted (else the most precise). */
    static double threshold(List<Case> cases, List<Prediction> raw, List<Integer> on) {
        double best = THRESHOLDS[THRESHOLDS.length - 1], bestPrecision = -1;
        for (double t : THRESHOLDS) {
            int given = 0, right = 0;
            for (int i : on) {
                if (decided(cases.get(i), raw.get(i), t).label() != HEATED) continue;
                given++;
                if (cases.get(i).example().label() == HEATED) right++;
            }
            double precision = given == 0 ? 0 : (double) right / given;
            if (precision >= HEATED_PRECISION) return t;
            if (precision > bestPrecision) {
                bestPrecision = precision;
                best = t;
            }
        }
        return best;
    }

    private static Prediction decided(Case c, Prediction p, double threshold) {
        return new Prediction(ToneClassifier.decide(p.probabilities(), threshold, c.reading()));
    }
}
