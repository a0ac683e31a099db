package dev.parley.analysis.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticTrainerTest {

    private static final List<String> CLASSES = List.of("for", "against", "neutral");
    private static final List<String> FEATURES = List.of("support cues", "objection cues", "noise");

    /**
     * Items drawn from a known rule with noise: "support cues" push toward for, "objection cues" toward against,
     * neither toward neutral; the third feature is pure noise on a large scale (standardisation must tame it).
     */
    static List<Example> draw(Random random, int n, String group) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int label = random.nextInt(3);
            double support = (label == 0 ? 2 : 0) + random.nextGaussian();
            double objection = (label == 1 ? 2 : 0) + random.nextGaussian();
            out.add(new Example(group, group + "-" + i, new double[]{support, objection, 1000 * random.nextGaussian()}, label));
        }
        return out;
    }

    @Test
    void learnsWhichFeaturePointsToWhichClass() {
        List<Example> training = draw(new Random(1), 600, "t");
        LogisticModel model = new LogisticTrainer(0.01, false).train(training, CLASSES, FEATURES);
        assertTrue(model.weights()[0][0] > 1, "support cues raise 'for'");
        assertTrue(model.weights()[1][1] > 1, "objection cues raise 'against'");
        assertTrue(Math.abs(model.weights()[0][2]) < 0.3, "noise carries little weight: " + model.weights()[0][2]);
        List<Example> test = draw(new Random(2), 600, "u");
        int right = 0;
        for (Example e : test) if (model.predict(e.features()).label() == e.label()) right++;
        // two unit-variance clusters two apart per class: the best possible accuracy is about 0.78
        assertTrue(right / 600.0 > 0.72, "held-out accuracy " + right / 600.0);
    }

    @Test
    void balancedWeightsRecoverARareClass() {
        Random random = new Random(3);
        List<Example> skewed = new ArrayList<>();
        for (Example e : draw(random, 2000, "t")) if (e.label() != 1 || random.nextDouble() < 0.08) skewed.add(e);
        List<Example> test = draw(new Random(4), 900, "u");
        double plain = recall(new LogisticTrainer(0.01, false).train(skewed, CLASSES, FEATURES), test, 1);
        double half = recall(new LogisticTrainer(0.01, 0.5).train(skewed, CLASSES, FEATURES), test, 1);
        double balanced = recall(new LogisticTrainer(0.01, true).train(skewed, CLASSES, FEATURES), test, 1);
        assertTrue(balanced > plain + 0.1, "recall of the rare class: plain " + plain + ", balanced " + balanced);
        assertTrue(half > plain && half < balanced, "half balanced lies between: " + plain + " < " + half + " < " + balanced);
    }

    @Test
    void aStrongPenaltyShrinksTheWeights() {
        List<Example> training = draw(new Random(5), 300, "t");
        double loose = new LogisticTrainer(0.001, false).train(training, CLASSES, FEATURES).weights()[0][0];
        double tight = new LogisticTrainer(1, false).train(training, CLASSES, FEATURES).weights()[0][0];
        assertTrue(tight < loose / 2, "penalised " + tight + " against " + loose);
    }

    @Test
    void aSavedModelPredictsTheSame(@TempDir Path dir) throws IOException {
        List<Example> training = draw(new Random(6), 200, "t");
        LogisticModel model = new LogisticTrainer(0.01, true).train(training, CLASSES, FEATURES).withTemperature(1.7)
                .withNote("test");
        Path file = dir.resolve("model.json");
        model.save(file);
        LogisticModel back;
        try (InputStream in = Files.newInputStream(file)) {
            back = LogisticModel.read(in);
        }
        assertEquals(model.classes(), back.classes());
        assertEquals("test", back.trainedOn());
        for (Example e : training.subList(0, 20))
            assertArrayEquals(model.predict(e.features()).probabilities(), back.predict(e.features()).probabilities(), 1e-12);
    }

    @Test
    void aBrokenModelFileSaysWhatIsWrong() {
        String noBias = "{\"classes\": [\"a\", \"b\"], \"features\": [\"x\"], \"mean\": [0], \"scale\": [1],"
                + " \"weights\": [[1], [2]], \"temperature\": 1}";
        IOException e = assertThrows(IOException.class,
                () -> LogisticModel.read(new ByteArrayInputStream(noBias.getBytes(StandardCharsets.UTF_8))));
        assertEquals("a model file needs the field bias", e.getMessage());
        String shortRow = noBias.replace("[[1], [2]]", "[[1], [2, 3]]").replace("\"temperature\"", "\"bias\": [0, 0], \"temperature\"");
        assertEquals("a weight row needs one weight per feature", assertThrows(IOException.class,
                () -> LogisticModel.read(new ByteArrayInputStream(shortRow.getBytes(StandardCharsets.UTF_8)))).getMessage());
    }

    private static double recall(LogisticModel model, List<Example> test, int label) {
        int actual = 0, found = 0;
        for (Example e : test) {
            if (e.label() != label) continue;
            actual++;
            if (model.predict(e.features()).label() == label) found++;
        }
        return (double) found / actual;
    }
}
