package dev.parley.model;

import org.apache.lucene.analysis.CharArrayMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English stems (Snowball's English stemmer, i.e. Porter2, which Xapian's "english" is too) of analysed words, for
 * one thread at a time. Only a word that starts with a letter has a stem (Xapian's rule: {@code 2nd}, {@code 64bit}
 * are never stemmed). Mail repeats its words, so stems are remembered: a bounded map, emptied when full.
 */
final class Stems {

    private static final int REMEMBERED = 50_000;
    /** Remembered for a word whose stem is itself. */
    private static final char[] SAME = new char[0];

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final CharArrayMap<char[]> known = new CharArrayMap<>(1024, false);
    private char[] scratch = new char[64];

    /** Whether a word of this first code point is stemmed. */
    static boolean stems(int firstCodePoint) {
        return Character.isLetter(firstCodePoint);
    }

    /**
     * Puts the stem of {@code word[0, len)} into {@code out} and returns true when the word is stemmed and its stem
     * differs from it; otherwise returns false and leaves {@code out} as it was.
     */
    boolean stemInto(char[] word, int len, StringBuilder out) {
        // Snowball's English stemmer leaves words under three characters as they are ("not hop 3"): no lookup
        if (len < 3 || !stems(Character.codePointAt(word, 0, len))) return false;
        char[] stem = known.get(word, 0, len);
        if (stem == null) {
            stem = compute(word, len);
            if (known.size() >= REMEMBERED) known.clear();
            known.put(java.util.Arrays.copyOf(word, len), stem);
        }
        if (stem == SAME) return false;
        out.setLength(0);
        out.append(stem);
        return true;
    }

    /** The stem of a word that starts with a letter ({@link #SAME} when it is the word itself). */
    private char[] compute(char[] word, int len) {
        if (scratch.length < len) scratch = new char[len + 16];
        System.arraycopy(word, 0, scratch, 0, len);
        stemmer.setCurrent(scratch, len); // the stemmer works in the array it is given
        stemmer.stem();
        char[] result = stemmer.getCurrentBuffer();
        int n = stemmer.getCurrentBufferLength();
        if (n == len && java.util.Arrays.equals(result, 0, n, word, 0, len)) return SAME;
        return java.util.Arrays.copyOf(result, n);
    }

    /** The stem of an analysed word that is stemmed, or the word itself. */
    String stem(String word) {
        StringBuilder out = new StringBuilder();
        return stemInto(word.toCharArray(), word.length(), out) ? out.toString() : word;
    }
}
