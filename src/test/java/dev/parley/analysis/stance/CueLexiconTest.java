package dev.parley.analysis.stance;

import dev.parley.analysis.stance.CueLexicon.Entry;
import dev.parley.analysis.stance.CueLexicon.Flag;
import dev.parley.analysis.stance.CueLexicon.Kind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cue lexicon as data: the shipped file, and what a broken file is told. */
class CueLexiconTest {

    private static final String WORDS = """
            "words": {"negators": ["not"], "raising": [], "pronouns": ["it"], "generic": [], "acronyms": [],
              "removing": [], "adding": [], "first_person": ["i"], "openers": [], "concessive": [], "granting": [],
              "modal": [], "conditional": [], "keep_idioms": [], "subject_stop": [], "change_verbs": []}""";

    private static CueLexicon parse(String entries) throws IOException {
        String json = "{\"version\": 7, " + WORDS + ", \"entries\": [" + entries + "]}";
        return CueLexicon.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-cues.json");
    }

    private static Entry entry(String pattern) {
        for (Entry e : CueLexicon.standard().entries()) if (e.phrase().toString().equals(pattern)) return e;
        throw new AssertionError("no entry " + pattern);
    }

    @Test
    void theShippedLexiconSaysWhatEachCueIs() {
        CueLexicon l = CueLexicon.standard();
        assertEquals(2, l.version());
        assertTrue(l.entries().size() > 400, "every pattern of the rules: " + l.entries().size());
        Entry pleaseDont = entry("please don't|do_not");
        assertEquals(Kind.STANCE, pleaseDont.kind());
        assertEquals(-1, pleaseDont.polarity());
        assertTrue(pleaseDont.has(Flag.NOT_NEGATABLE), "its negation is its own");
        assertTrue(entry("keep").has(Flag.NEEDS_TARGET));
        assertTrue(entry("why not just").has(Flag.ASKS));
        assertTrue(entry("wait until|for").has(Flag.DEFERRAL));
        assertFalse(entry("give us|them|me time").has(Flag.DEFERRAL));
        assertTrue(entry("withdraw my|the ack|support").has(Flag.WITHDRAWS_SUPPORT));
        for (Entry e : l.entries()) {
            assertTrue(e.kind() == Kind.CONDITION || e.kind() == Kind.CHANGE || e.kind() == Kind.HEDGE
                    || e.kind() == Kind.UNKNOWING || e.strength() > 0, "a cue with a direction pulls: " + e.phrase());
        }
    }

    @Test
    void anEntryIsReadFromItsFields() throws IOException {
        CueLexicon l = parse("""
                {"kind": "answer", "polarity": -1, "strength": 0.8, "flags": ["not_negatable"], "patterns": ["i don't agree", "^ no $"]}""");
        assertEquals(7, l.version());
        assertEquals(List.of("i don't agree", "^ no $"), l.entries().stream().map(e -> e.phrase().toString()).toList());
        assertTrue(l.entries().stream().allMatch(e -> e.has(Flag.NOT_NEGATABLE) && e.polarity() == -1 && e.strength() == 0.8));
    }

    @Test
    void aBrokenEntryIsNamed() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> parse("""
                {"kind": "answer", "polarity": 1, "strength": 0.8, "patterns": ["yes"]},
                {"kind": "agre", "polarity": 1, "strength": 0.8, "patterns": ["i agree"]}"""));
        assertEquals("test-cues.json entry 2: unknown kind 'agre'", kind.getMessage());
        IllegalArgumentException flag = assertThrows(IllegalArgumentException.class, () -> parse("""
                {"kind": "answer", "polarity": 1, "strength": 0.8, "flags": ["loud"], "patterns": ["yes"]}"""));
        assertEquals("test-cues.json entry 1: unknown flag 'loud'", flag.getMessage());
        IllegalArgumentException polarity = assertThrows(IllegalArgumentException.class, () -> parse("""
                {"kind": "hedge", "polarity": 1, "strength": 0, "patterns": ["maybe"]}"""));
        assertEquals("test-cues.json entry 1: a hedge cue needs polarity 0", polarity.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("""
                {"kind": "stance", "polarity": 1, "strength": 0.7, "patterns": []}"""));
    }
}
