package dev.parley.analysis.tone;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToneClassifierTest {

    private static final ToneFeatures FEATURES = new ToneFeatures(ToneLexicon.standard());
    private static final ToneClassifier SCORER = ToneClassifier.standard();

    @Test
    void heatedNeedsTheThresholdAndWordsToShowForIt() {
        // sarcasm: warm words and words of contempt in one message
        ToneFeatures.Reading hostile = FEATURES.read("Great job, Dave. Your argument is complete garbage.");
        ToneFeatures.Reading calm = FEATURES.read("I think the locking is wrong here.");
        double[] sure = {0.02, 0.03, 0.05, 0.90};
        assertArrayEquals(sure, ToneClassifier.decide(sure, 0.8, hostile), 1e-12);
        double[] unsure = {0.05, 0.10, 0.15, 0.70};
        assertArrayEquals(new double[]{0.05, 0.10, 0.85, 0}, ToneClassifier.decide(unsure, 0.8, hostile), 1e-12,
                "below the threshold heated counts as negative");
        double[] noWords = ToneClassifier.decide(sure, 0.8, calm);
        assertEquals(0, noWords[3], "no heated without words of contempt, insult, swearing, attack or shouting");
        assertEquals(0, noWords[0], "no positive without warm words");
        assertEquals(1, noWords[1] + noWords[2], 1e-12);
        assertEquals(0.95 / 0.98, noWords[2], 1e-12, "heated's probability goes to negative, then positive's is spread");
    }

    @Test
    void theShippedModelReadsPlainCasesAsAListReaderWould() {
        assertEquals(Tone.Label.NEUTRAL, SCORER.score("Thanks for the patch, looks good to me.\n\nThanks,\nDave\n").label());
        assertEquals(Tone.Label.NEUTRAL, SCORER.score("The garbage collection of post-EOF blocks will go away once "
                + "the inode is reclaimed, so we can kill the fatal abort path.").label());
        Tone warm = SCORER.score("Great work, thank you so much for doing this! I really appreciate all the reviews.");
        assertEquals(Tone.Label.POSITIVE, warm.label());
        assertTrue(warm.cues().contains("Great work"), warm.cues().toString());
        assertEquals(Tone.NEUTRAL.label(), SCORER.score("").label());
    }

    @Test
    void aHeatedVerdictShowsTheWordsThatDecidedIt() {
        Tone t = SCORER.score("""
                Bullshit, Dave.

                You've made that claim before, and it's been complete bullshit before too, and I've called you out
                on it then too. Why do you continue to make this obviously garbage argument? Anybody who thinks
                caches don't work is incompetent. So stop with the stupid and dishonest argument already.
                """);
        assertEquals(Tone.Label.HEATED, t.label());
        assertTrue(t.cues().contains("Bullshit"), t.cues().toString());
        assertTrue(t.score() < -0.5, "score " + t.score());
        assertTrue(t.cues().size() <= 6);
    }
}
