package dev.parley.analysis.learn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossValidationTest {

    private static final List<String> CLASSES = List.of("for", "against", "neutral");
    private static final List<String> FEATURES = List.of("support cues", "objection cues", "noise");

    @Test
    void noGroupIsScoredByAModelTrainedOnIt() {
        List<Example> examples = new ArrayList<>();
        Random random = new Random(7);
        for (int g = 0; g < 6; g++) examples.addAll(LogisticTrainerTest.draw(random, 30, "thread" + g));
        List<Set<String>> trainedOn = new ArrayList<>();
        LogisticTrainer trainer = new LogisticTrainer(0.01, true);
        List<Prediction> predictions = CrossValidation.leaveOneGroupOut(examples, training -> {
            Set<String> groups = new HashSet<>();
            training.forEach(e -> groups.add(e.group()));
            trainedOn.add(groups);
            return trainer.train(training, CLASSES, FEATURES);
        });
        assertEquals(examples.size(), predictions.size());
        // per held-out group: 5 inner fits and the outer fit, none of which saw it
        assertEquals(6 * 6, trainedOn.size());
        for (int g = 0; g < 6; g++)
            for (Set<String> groups : trainedOn.subList(g * 6, g * 6 + 6))
                assertFalse(groups.contains("thread" + g), "a fit for thread" + g + " saw it: " + groups);
        Scores scores = Scores.of(CLASSES, examples.stream().map(Example::label).toList(), predictions);
        assertTrue(scores.accuracy() > 0.65, scores.report());
    }

    @Test
    void calibrationCoolsAnOverconfidentModel() {
        // scores five times too sharp for labels that are right only 70% of the time
        Random random = new Random(8);
        List<double[]> scores = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int predicted = random.nextInt(3);
            double[] z = new double[3];
            z[predicted] = 5 * Math.log(0.7 / 0.15);
            scores.add(z);
            labels.add(random.nextDouble() < 0.7 ? predicted : (predicted + 1 + random.nextInt(2)) % 3);
        }
        double t = Calibration.temperature(scores, labels);
        assertEquals(5, t, 0.5);
        assertTrue(Calibration.nll(scores, labels, t) < Calibration.nll(scores, labels, 1));
        assertEquals(0.7, LogisticModel.softmax(scores.get(0), t)[new Prediction(LogisticModel.softmax(scores.get(0), t)).label()], 0.03);
    }

    @Test
    void groupedFoldsKeepAGroupTogether() {
        List<Example> examples = new ArrayList<>();
        Random random = new Random(9);
        for (int g = 0; g < 40; g++) examples.addAll(LogisticTrainerTest.draw(random, 3, "message" + g));
        LogisticTrainer trainer = new LogisticTrainer(0.01, false);
        List<Prediction> predictions = CrossValidation.groupedFolds(examples, 5, training -> {
            Set<String> groups = new HashSet<>();
            training.forEach(e -> groups.add(e.group()));
            // 40 groups in 5 folds: an outer fit sees 32, an inner one fewer; never a part of a group
            assertTrue(groups.size() <= 32);
            for (String g : groups)
                assertEquals(3, training.stream().filter(e -> e.group().equals(g)).count(), "group " + g + " was split");
            return trainer.train(training, CLASSES, FEATURES);
        });
        assertEquals(120, predictions.size());
    }
}
