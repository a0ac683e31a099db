package dev.parley.model;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Splits text into lore's words ({@link LoreWords}), lower-cased; words longer than
 * {@link TextAnalysis#MAX_WORD_CHARS} are left out (leaving a gap in the positions, as a length filter does).
 */
final class LoreTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final StringBuilder word = new StringBuilder();
    private char[] text = new char[4096];
    private int length;
    private int at;
    private int skipped;

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        int read;
        while ((read = input.read(text, length, text.length - length)) != -1) {
            length += read;
            if (length == text.length) text = java.util.Arrays.copyOf(text, text.length * 2);
        }
        at = 0;
        skipped = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (true) {
            word.setLength(0);
            LoreWords.Found f = LoreWords.next(text, length, at, word);
            if (f == null) {
                at = length;
                return false;
            }
            at = f.end();
            if (word.length() > TextAnalysis.MAX_WORD_CHARS) {
                skipped++;
                continue;
            }
            lowerCase(word, term);
            offset.setOffset(correctOffset(f.start()), correctOffset(f.end()));
            increment.setPositionIncrement(1 + skipped);
            skipped = 0;
            return true;
        }
    }

    /** The word in lower case, a code point at a time (as Lucene's LowerCaseFilter does); ASCII directly. */
    private static void lowerCase(StringBuilder w, CharTermAttribute out) {
        int n = w.length();
        char[] buf = out.resizeBuffer(n);
        int len = 0;
        for (int i = 0; i < n; ) {
            char c = w.charAt(i);
            if (c < 0x80) {
                buf[len++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                i++;
                continue;
            }
            int cp = Character.codePointAt(w, i);
            i += Character.charCount(cp);
            int lower = Character.toLowerCase(cp);
            if (len + 2 > buf.length) buf = out.resizeBuffer(len + 2);
            len += Character.toChars(lower, buf, len);
        }
        out.setLength(len);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
        increment.setPositionIncrement(skipped);
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > 1 << 16) text = new char[4096]; // do not keep a large message's buffer
    }
}
