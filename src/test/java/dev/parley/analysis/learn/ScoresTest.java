package dev.parley.analysis.learn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoresTest {

    private static Prediction says(int label, double confidence) {
        double[] p = new double[4];
        java.util.Arrays.fill(p, (1 - confidence) / 3);
        p[label] = confidence;
        return new Prediction(p);
    }

    @Test
    void figuresOfASmallConfusion() {
        List<String> classes = List.of("for", "against", "mixed", "neutral");
        // truth: for, for, for, against, against, neutral; no mixed at all
        List<Integer> truth = List.of(0, 0, 0, 1, 1, 3);
        List<Prediction> predicted = List.of(says(0, 0.9), says(0, 0.85), says(3, 0.5), says(1, 0.7), says(0, 0.9), says(3, 0.65));
        Scores s = Scores.of(classes, truth, predicted);
        assertEquals(4.0 / 6, s.accuracy(), 1e-12);
        assertEquals(2.0 / 3, s.precision(0), 1e-12);   // 3 said for, 2 right
        assertEquals(2.0 / 3, s.recall(0), 1e-12);      // 3 were for, 2 found
        assertEquals(1.0, s.precision(1), 1e-12);
        assertEquals(0.5, s.recall(1), 1e-12);
        assertEquals(0.5, s.precision(3), 1e-12);
        // macro-F1 over for, against, neutral (mixed never occurs, so it does not count)
        double f1For = 2.0 / 3, f1Against = 2 * 0.5 / 1.5, f1Neutral = 2 * 0.5 / 1.5;
        assertEquals((f1For + f1Against + f1Neutral) / 3, s.macroF1(), 1e-12);
        assertEquals(1, s.confusion()[1][0]);
        // bands: under 0.6 one verdict (wrong); 0.6-0.8 two (both right); 0.8+ three (two right)
        assertEquals(1, s.bands().get(0).verdicts());
        assertEquals(0, s.bands().get(0).right());
        assertEquals(2, s.bands().get(1).right());
        assertEquals(2.0 / 3, s.accuracyAtOrAbove(0.8), 1e-12);
        assertEquals(4.0 / 5, s.accuracyAtOrAbove(0.6), 1e-12);
        String report = s.report();
        assertTrue(report.contains("accuracy 0.667  macro-F1 0.667  (6 items)"), report);
        assertTrue(report.contains("0.8-1.0  2 / 3  (0.667)"), report);
    }
}
