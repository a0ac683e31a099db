package dev.parley.analysis.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a learner honestly: every item is predicted by a model trained without its whole group (leave one group
 * out: for stance a group is a thread, so no thread ever scores a model trained on it). The calibration
 * temperature of each of those models is itself fitted only on its own training groups, by an inner round of
 * grouped folds, so the confidences reported are out of sample too.
 */
public final class CrossValidation {

    private static final int INNER_FOLDS = 5;

    private CrossValidation() {
    }

    /** The function that makes a model from training items (a {@link LogisticTrainer}, usually, with fixed names). */
    @FunctionalInterface
    public interface Learner {
        LogisticModel fit(List<Example> training);
    }

    /** Out-of-group predictions, calibrated, in the order of {@code examples}. */
    public static List<Prediction> leaveOneGroupOut(List<Example> examples, Learner learner) {
        Map<String, List<Integer>> byGroup = groups(examples);
        Prediction[] out = new Prediction[examples.size()];
        for (Map.Entry<String, List<Integer>> held : byGroup.entrySet()) {
            List<Example> training = new ArrayList<>();
            for (Example e : examples) if (!e.group().equals(held.getKey())) training.add(e);
            LogisticModel model = calibrated(training, learner);
            for (int i : held.getValue()) out[i] = model.predict(examples.get(i).features());
        }
        return List.of(out);
    }

    /**
     * Out-of-group predictions over {@code folds} grouped folds (groups dealt round-robin in first-seen order):
     * for many small groups, such as one message each, where leaving one out at a time would cost too much.
     */
    public static List<Prediction> groupedFolds(List<Example> examples, int folds, Learner learner) {
        List<List<Integer>> fold = deal(examples, folds);
        Prediction[] out = new Prediction[examples.size()];
        for (List<Integer> held : fold) {
            Set<Integer> heldSet = Set.copyOf(held);
            List<Example> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) if (!heldSet.contains(i)) training.add(examples.get(i));
            LogisticModel model = calibrated(training, learner);
            for (int i : held) out[i] = model.predict(examples.get(i).features());
        }
        return List.of(out);
    }

    /** A model fitted on all of {@code training}, its temperature fitted on inner out-of-fold scores. */
    public static LogisticModel calibrated(List<Example> training, Learner learner) {
        List<List<Integer>> inner = deal(training, Math.min(INNER_FOLDS, groups(training).size()));
        List<double[]> scores = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        if (inner.size() > 1) {
            for (List<Integer> held : inner) {
                Set<Integer> heldSet = Set.copyOf(held);
                List<Example> rest = new ArrayList<>();
                for (int i = 0; i < training.size(); i++) if (!heldSet.contains(i)) rest.add(training.get(i));
                LogisticModel model = learner.fit(rest);
                for (int i : held) {
                    scores.add(model.scores(training.get(i).features()));
                    labels.add(training.get(i).label());
                }
            }
        }
        return learner.fit(training).withTemperature(Calibration.temperature(scores, labels));
    }

    private static Map<String, List<Integer>> groups(List<Example> examples) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++)
            byGroup.computeIfAbsent(examples.get(i).group(), g -> new ArrayList<>()).add(i);
        return byGroup;
    }

    /** The grouped folds {@link #groupedFolds} uses: item indices, groups dealt round-robin in first-seen order. */
    public static List<List<Integer>> deal(List<Example> examples, int folds) {
        List<List<Integer>> out = new ArrayList<>();
        for (int f = 0; f < Math.max(folds, 1); f++) out.add(new ArrayList<>());
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            String g = examples.get(i).group();
            if (seen.add(g)) foldOf.put(g, (seen.size() - 1) % out.size());
            out.get(foldOf.get(g)).add(i);
        }
        out.removeIf(List::isEmpty);
        return out;
    }
}
