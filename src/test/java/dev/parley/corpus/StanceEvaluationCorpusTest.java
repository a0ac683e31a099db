package dev.parley.corpus;

import dev.parley.analysis.debate.LearnedPositionJudge;
import dev.parley.analysis.evaluation.StanceEvaluation;
import dev.parley.analysis.evaluation.StanceEvaluation.Judge;
import dev.parley.analysis.evaluation.StanceModel;
import dev.parley.analysis.learn.LogisticModel;
import dev.parley.analysis.learn.Scores;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code parley eval-stance} on every labelled corpus thread (../shared/corpus/labels, and labels/stance of this
 * repository), leave one thread out, printed; fails when a figure falls below its floor. The floors are the figures
 * of 2026-12-08 less a point or two (the corpus, the labels and the training are deterministic, so a drop means the
 * code changed): people judged the way the debate judges them, and the confidence it gives them.
 */
class StanceEvaluationCorpusTest {

    private static final String MORE = "labels/stance";
    static StanceEvaluation evaluation;

    @BeforeAll
    static void evaluate() throws IOException {
        Path corpus = Samples.corpus();
        if (corpus == null) System.err.println("SKIPPED: ../shared/corpus not found; the stance evaluation does not run");
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
        evaluation = StanceEvaluation.load(List.of(corpus.resolve("labels"), Path.of(MORE)),
                List.of(corpus.resolve("lkml/threads")), StanceModel.standard());
        System.out.println(evaluation.report());
    }

    @Test
    void whatTheDebateSaysStaysAboveItsFloors() {
        Scores all = evaluation.scores(Judge.SHIPPED, null);
        assertEquals(369, all.total(), "every labelled person");
        assertTrue(all.accuracy() >= 0.68, "accuracy " + all.accuracy());
        assertTrue(all.macroF1() >= 0.60, "macro-F1 " + all.macroF1());
        assertTrue(all.accuracyAtOrAbove(0.8) >= 0.92, "verdicts at 0.8 or more right " + all.accuracyAtOrAbove(0.8));
        Scores unseen = evaluation.scores(Judge.SHIPPED, MORE);
        assertTrue(unseen.accuracy() >= 0.62, "accuracy on the threads the rules were not tuned on " + unseen.accuracy());
        assertTrue(unseen.macroF1() >= 0.54, "macro-F1 on the threads the rules were not tuned on " + unseen.macroF1());
        // 20 of 23 at 2026-12-08 (20 of 22 before objections said to a participant of unknown side were read as
        // about the proposal): one person, within the noise of leave-one-thread-out calibration
        assertTrue(unseen.accuracyAtOrAbove(0.8) >= 0.86, "verdicts at 0.8 or more right there " + unseen.accuracyAtOrAbove(0.8));
        StanceEvaluation.Sides sides = evaluation.sides(Judge.SHIPPED, null);
        assertTrue(sides.precision() >= 0.70, "for/against precision " + sides.precision());
        assertTrue(sides.coverage() >= 0.72, "people with a position given for or against " + sides.coverage());
    }

    @Test
    void theShippedStanceIsTheRulesAndOnlyItsConfidenceIsLearned() {
        List<Integer> rules = evaluation.predictions(Judge.RULES).stream().map(p -> p.label()).toList();
        List<Integer> shipped = evaluation.predictions(Judge.SHIPPED).stream().map(p -> p.label()).toList();
        assertEquals(rules, shipped);
        Scores byRules = evaluation.scores(Judge.RULES, null);
        assertTrue(evaluation.scores(Judge.SHIPPED, null).accuracyAtOrAbove(0.8) > byRules.accuracyAtOrAbove(0.8),
                "the learned confidence is more trustworthy than the rules' own");
    }

    @Test
    void theShippedModelIsWhatTheTrainingCommandMakes() {
        LogisticModel trained = evaluation.trainConfidence();
        LogisticModel shipped = LearnedPositionJudge.standard().model();
        assertEquals(trained.features(), shipped.features());
        assertEquals(trained.temperature(), shipped.temperature(), 1e-9, "retrain: parley eval-stance --write-model (bench/README.md)");
        for (int c = 0; c < trained.classes().size(); c++) assertArrayEquals(trained.weights()[c], shipped.weights()[c], 1e-9);
    }
}
