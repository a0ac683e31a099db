package dev.parley.model;

import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.EnglishStemmer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StemsTest {

    /** Stems skips words under three characters without asking Snowball: Snowball must leave every one as it is. */
    @Test
    void snowballLeavesEveryWordUnderThreeCharactersAsItIs() {
        String chars = "abcdefghijklmnopqrstuvwxyz'0123456789_éüßøñ";
        EnglishStemmer snowball = new EnglishStemmer();
        Stems stems = new Stems();
        for (int i = 0; i < chars.length(); i++) {
            for (int j = -1; j < chars.length(); j++) {
                String w = j < 0 ? chars.substring(i, i + 1) : "" + chars.charAt(i) + chars.charAt(j);
                snowball.setCurrent(w);
                snowball.stem();
                assertEquals(w, snowball.getCurrent(), "Snowball stems " + w);
                assertFalse(stems.stemInto(w.toCharArray(), w.length(), new StringBuilder()), w);
            }
        }
    }

    @Test
    void longerWordsAreStillStemmed() {
        StringBuilder out = new StringBuilder();
        Stems stems = new Stems();
        assertEquals(true, stems.stemInto("patches".toCharArray(), 7, out));
        assertEquals("patch", out.toString());
        assertEquals("ski", stems.stem("skis"));
    }
}
