package dev.parley.corpus;

import dev.parley.analysis.learn.Scores;
import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.tone.ToneLabels;
import dev.parley.analysis.tone.ToneModel;
import dev.parley.analysis.tone.ToneTraining;
import dev.parley.cli.Main;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tone scorer against the labelled set of labels/tone (its messages read from ../shared/corpus/lkml), cross-validated
 * by thread: fails below the floors of the figures in bench/README.md, and when the shipped model is not what
 * {@code parley train-tone} makes from the labels (skipped, saying so, when the corpus is absent).
 */
class ToneLabelScoringTest {

    static final Path LABELS = Path.of("labels/tone/tone-labels.jsonl");
    private static List<ToneLabels.Item> items;

    @BeforeAll
    static void readTheLabelledMessages() throws IOException {
        Path corpus = Samples.corpus();
        if (corpus == null) System.err.println("SKIPPED: ../shared/corpus not found; the tone scoring does not run");
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
        items = ToneLabels.read(LABELS, corpus.resolve("lkml"));
    }

    @AfterAll
    static void forgetThem() {
        items = null; // the suite runs in one JVM: leave its heap to the tests that need it
    }

    @Test
    void crossValidatedFiguresStayAboveTheirFloors() {
        ToneTraining.Evaluation e = ToneTraining.evaluate(items);
        System.err.println(e.report());
        Scores learned = e.learned();
        int heated = Tone.Label.HEATED.ordinal(), negative = Tone.Label.NEGATIVE.ordinal();
        assertEquals(1017, learned.total());
        // floors just under the figures on the 1,017 labels (macro-F1 0.569, heated 0.800 / 0.258, negative F1 0.372);
        // below the bars since rounds 4 and 5 added the hard cases (bench/README.md, Tone)
        assertTrue(learned.macroF1() >= 0.55, "macro-F1 " + learned.macroF1());
        assertTrue(learned.precision(heated) >= 0.79, "heated precision " + learned.precision(heated));
        assertTrue(learned.recall(heated) >= 0.25, "heated recall " + learned.recall(heated));
        assertTrue(learned.f1(negative) >= 0.36, "negative F1 " + learned.f1(negative));
        assertTrue(learned.macroF1() > e.lexicon().macroF1() + 0.15, "the learned scorer beats the lexicon it replaced");
    }

    @Test
    void theShippedModelIsWhatTrainingOnTheLabelsMakes() {
        ToneModel shipped = ToneModel.standard();
        ToneModel trained = ToneTraining.train(items, shipped.model().trainedOn());
        assertEquals(shipped.heatedThreshold(), trained.heatedThreshold());
        assertEquals(shipped.lexicon(), trained.lexicon(), "trained with the lexicon it ships with");
        for (int c = 0; c < trained.model().classes().size(); c++)
            assertArrayEquals(shipped.model().weights()[c], trained.model().weights()[c], 1e-6, "retrain: parley train-tone");
        assertEquals(shipped.model().temperature(), trained.model().temperature(), 1e-6);
    }

    @Test
    void theEvaluationCommandPrintsBothScorers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"eval-tone", LABELS.toString(), "--corpus", Samples.corpus().resolve("lkml").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.startsWith("Tone, cross-validated: 1017 labelled messages in "), text);
        assertTrue(text.contains("learned scorer") && text.contains("lexicon scorer"), text);
        assertTrue(text.contains("heated ") && text.contains("macro-F1"), text);
    }
}
