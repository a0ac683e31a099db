package dev.parley.model;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds each word to ASCII (lower case again, as folding can give capitals), and after a word that starts with a
 * letter adds its English stem, marked with {@link TextAnalysis#STEM_MARK}, at the same position, when the stem differs
 * from the word: Xapian's "stem some", which indexes {@code patches} as {@code patches} and {@code Zpatch}. A stemmed
 * query then looks for the marked stem and for the stem itself as a word ({@link TextAnalysis#stemQueryTerms}).
 * One pass does what the cluster's chain does in five steps (asciifolding, lowercase, keyword_repeat, a conditional
 * snowball stemmer, remove_duplicates and the mark; {@link TextAnalysis#FILTERS}).
 */
final class StemSomeFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Stems stems;
    private char[] folded = new char[64];
    private State pending;
    private final StringBuilder stem = new StringBuilder();

    /** @param withStems whether the stems come after their words; without, the words alone (folded) */
    StemSomeFilter(TokenStream in, boolean withStems) {
        super(in);
        this.stems = withStems ? new Stems() : null;
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            term.setEmpty().append(TextAnalysis.STEM_MARK).append(stem);
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        fold();
        if (stems != null && stems.stemInto(term.buffer(), term.length(), stem)) pending = captureState();
        return true;
    }

    /** ASCII folding in place, then ASCII capitals (which folding can make) in lower case. */
    private void fold() {
        char[] buf = term.buffer();
        int len = term.length();
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            if (buf[i] >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) return;
        int need = 4 * len;
        if (folded.length < need) folded = new char[ArrayUtil.oversize(need, Character.BYTES)];
        int out = ASCIIFoldingFilter.foldToASCII(buf, 0, folded, 0, len);
        for (int i = 0; i < out; i++) {
            char c = folded[i];
            if (c >= 'A' && c <= 'Z') folded[i] = (char) (c + ('a' - 'A'));
        }
        term.copyBuffer(folded, 0, out);
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        pending = null;
    }
}
