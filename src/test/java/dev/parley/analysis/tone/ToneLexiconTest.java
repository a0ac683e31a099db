package dev.parley.analysis.tone;

import dev.parley.analysis.text.Words;
import dev.parley.analysis.tone.ToneLexicon.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToneLexiconTest {

    private static final ToneLexicon LEXICON = ToneLexicon.standard();

    private static ToneLexicon.Cue first(String text) {
        return LEXICON.match(Words.of(text), 0);
    }

    @Test
    void theLongestPhraseAtAPlaceWinsSoATechnicalSenseTakesTheWordOut() {
        assertEquals(Kind.CONTEMPT, first("garbage, all of it").kind());
        assertEquals(Kind.NEUTRAL, first("garbage collection of post-EOF blocks").kind());
        assertEquals(Kind.POLITE, first("thanks for the patch").kind());
        assertEquals(List.of("thanks", "for", "the", "patch"), first("thanks for the patch").words());
        assertEquals(Kind.WARM, first("thank you so much for doing this").kind());
    }

    @Test
    void aStemMatchesEveryWordThatStartsSo() {
        assertEquals(Kind.PROFANE, first("fucking retarded").kind());
        assertEquals(Kind.PROFANE, first("fuck-all to do with rootfs").kind());
        assertEquals(Kind.DISPLEASED, first("disappointing, again").kind());
        assertNull(first("fun"));
    }

    @Test
    void wordKindsAreLookedUpOneWordAtATime() {
        assertTrue(LEXICON.is(Kind.NEGATOR, "isn't"));
        assertTrue(LEXICON.is(Kind.PERSON, "your"));
        assertTrue(LEXICON.is(Kind.EMPHATIC, "wrong"));
        assertTrue(!LEXICON.is(Kind.PERSON, "patch"));
    }

    @Test
    void aMalformedLineIsAnErrorNamingIt() {
        IllegalStateException kind = assertThrows(IllegalStateException.class,
                () -> ToneLexicon.parse(List.of("# header", "crap\tangry\t1")));
        assertTrue(kind.getMessage().contains("line 2"), kind.getMessage());
        IllegalStateException weight = assertThrows(IllegalStateException.class,
                () -> ToneLexicon.parse(List.of("crap\tcontempt\t2")));
        assertTrue(weight.getMessage().contains("line 1") && weight.getMessage().contains("0 to 1"), weight.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> ToneLexicon.parse(List.of("crap\tcontempt\t1", "crap\tdispleased\t0.5")));
        assertTrue(twice.getMessage().contains("one kind"), twice.getMessage());
        assertThrows(IllegalStateException.class, () -> ToneLexicon.parse(List.of("crap contempt 1")));
    }

    @Test
    void theVersionIsTheFirstLine() {
        assertTrue(LEXICON.version().startsWith("Parley's tone lexicon, version "), LEXICON.version());
    }
}
