package dev.parley.analysis.evaluation;

import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.learn.Prediction;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluation on the two sample threads, labelled as fixtures: matching, the judges' verdicts, the report. */
class StanceEvaluationTest {

    static StanceEvaluation evaluation;

    @BeforeAll
    static void load() throws IOException {
        evaluation = StanceEvaluation.load(List.of(StanceLabelsTest.SAMPLES), List.of(Samples.SAMPLES), StanceModel.standard());
    }

    private static StanceEvaluation.Item item(String person) {
        return evaluation.items().stream().filter(i -> i.person().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void everyLabelledPersonIsMatchedToTheDebate() {
        assertEquals(12, evaluation.items().size());
        assertNotNull(item("Priya Raman").judged(), "matched by name when no address is shared");
        assertEquals(Stance.FOR, item("Grant Kessler").fixed().stance(), "the proposer is not judged: the debate's verdict");
        assertNull(item("Grant Kessler").judged());
        assertEquals(Stance.NEUTRAL, item("kbuild test robot").fixed().stance(), "robots are matched, and neutral");
        assertNull(item("Someone Absent").judged());
        assertNull(item("Someone Absent").fixed(), "not in the debate at all");
    }

    @Test
    void theRulesGiveTheDebatesVerdictsAndTheLearnedJudgesAProbabilityForEach() {
        List<Prediction> rules = evaluation.predictions(StanceEvaluation.Judge.RULES);
        List<Prediction> combined = evaluation.predictions(StanceEvaluation.Judge.COMBINED);
        for (int i = 0; i < evaluation.items().size(); i++) {
            StanceEvaluation.Item item = evaluation.items().get(i);
            if (item.judged() != null) assertEquals(item.judged().rules().stance().ordinal(), rules.get(i).label(), item.person());
            double sum = 0;
            for (double p : combined.get(i).probabilities()) sum += p;
            assertEquals(1, sum, 1e-9, item.person());
        }
        int absent = evaluation.items().indexOf(item("Someone Absent"));
        assertTrue(rules.get(absent).label() != Stance.AGAINST.ordinal(), "someone the debate lacks counts as wrong");
        assertEquals(Stance.AGAINST.ordinal(), rules.get(evaluation.items().indexOf(item("Neil Bramble"))).label());
    }

    @Test
    void theReportHasEachJudgeAndEachThread() {
        String report = evaluation.report();
        assertTrue(report.startsWith("stance evaluation: 2 threads, 12 people; learned verdicts leave one thread out\n"), report);
        assertTrue(report.contains("1 labelled people are not in the debate (counted wrong)"), report);
        for (String judge : List.of("== rules alone ==", "== model alone ==", "== rules and model combined =="))
            assertTrue(report.contains(judge), judge);
        assertTrue(report.contains("  staging-wavefs-removal "), report);
        assertTrue(report.contains("for/against verdicts right:"), report);
    }

    @Test
    void aMissingThreadFileIsNamed() {
        IOException e = assertThrows(IOException.class,
                () -> StanceEvaluation.load(List.of(StanceLabelsTest.SAMPLES), List.of(), StanceModel.standard()));
        assertTrue(e.getMessage().contains("netdev-series.mbox.json labels netdev-series.mbox, which is not in"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(give its folder with --threads)"), e.getMessage());
    }
}
