package dev.parley.model;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one analysis of every text field ({@link Field.Type#TEXT}), lore's: words as Xapian's term generator reads them
 * ({@link LoreWords}), in lower case, words over {@value #MAX_WORD_CHARS} characters left out, folded to ASCII (a
 * kindness lore does not do: {@code rohar} finds {@code Rohár}), and, after each word that starts with a letter,
 * its English stem marked with {@value #STEM_MARK} when it differs from the word (Xapian's "stem some": the stem has
 * no position of its own, so phrases match words as written). No stop words.
 *
 * <p>Described once for both backends: {@link #CHAR_MAPPINGS}, {@link #TOKEN_PATTERN} and {@link #FILTERS} are the
 * chain as the cluster's index settings name it (OpenSearch's pattern tokenizer and filters), and {@link #analyzer()}
 * is the same analysis for the embedded index in one tokenizer and one filter, several times faster; a test checks
 * the two give the same tokens.
 */
public final class TextAnalysis {

    /** The analyzer's name in the cluster's index settings. */
    public static final String NAME = "parley";
    /** Longer words are not indexed (Xapian's limit is 64 bytes; here characters, as both backends count them). */
    public static final int MAX_WORD_CHARS = 64;
    /** Positions between two values of one field, so a phrase never spans them (Xapian's increase_termpos). */
    public static final int POSITION_GAP = 100;
    /** Marks a stem in the index (Xapian's prefix for stemmed terms); words are lower case, so none starts with it. */
    public static final char STEM_MARK = 'Z';
    /** The Snowball stemmer, by the name both backends give it (Porter2). */
    public static final String STEMMER = "English";

    /** Characters rewritten before the words are found. */
    public static final List<String> CHAR_MAPPINGS = LoreWords.CHAR_MAPPINGS;
    /** The words, as a regular expression for a pattern tokenizer (each match a word). */
    public static final String TOKEN_PATTERN = LoreWords.PATTERN;

    /** One step after the tokenizer, as the cluster names it. */
    public sealed interface Filter {
        /** Every match of the pattern in a word replaced. */
        record PatternReplace(String pattern, String replacement) implements Filter {
        }

        record LowerCase() implements Filter {
        }

        /** Words longer than this left out. */
        record MaxLength(int max) implements Filter {
        }

        record AsciiFolding() implements Filter {
        }

        /** Each word twice: as it is (a keyword, which stemming leaves alone) and a copy to stem. */
        record KeywordRepeat() implements Filter {
        }

        /** The copies (not keywords) that start with a letter, stemmed. */
        record StemLetterWords(String stemmer) implements Filter {
        }

        /** A copy equal to its word at the same position removed. */
        record RemoveDuplicates() implements Filter {
        }

        /** The stems left (not keywords) prefixed with the mark. */
        record MarkStems(String mark) implements Filter {
        }
    }

    /** The steps after the tokenizer, in order. */
    public static final List<Filter> FILTERS = List.of(
            new Filter.PatternReplace(LoreWords.DROPPED_IN_WORD, ""), new Filter.LowerCase(),
            new Filter.MaxLength(MAX_WORD_CHARS), new Filter.AsciiFolding(), new Filter.LowerCase(),
            new Filter.KeywordRepeat(), new Filter.StemLetterWords(STEMMER), new Filter.RemoveDuplicates(),
            new Filter.MarkStems(String.valueOf(STEM_MARK)));

    private static final Analyzer WORDS = wordAnalyzer();

    private TextAnalysis() {
    }

    public static Analyzer analyzer() {
        return analyzer(true);
    }

    /**
     * The same analysis without the stems: the words as the index holds them, each at its place in the text. Finding
     * a query's words in a text needs the stems of only the few words that might share one ({@link #stemmer()}).
     */
    public static Analyzer wordAnalyzer() {
        return analyzer(false);
    }

    private static Analyzer analyzer(boolean withStems) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new LoreTokenizer();
                return new TokenStreamComponents(source, new StemSomeFilter(source, withStems));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return POSITION_GAP;
            }
        };
    }

    /** The words of a text as the index holds them, without the stems (empty for punctuation only). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = WORDS.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /** Whether an indexed term is a marked stem. */
    public static boolean isStem(CharSequence term) {
        return !term.isEmpty() && term.charAt(0) == STEM_MARK;
    }

    /** Whether a word as typed is stemmed in a query: it starts with a lower-case letter (Xapian's "stem some"). */
    public static boolean stemsWhenTyped(String typed) {
        if (typed.isEmpty()) return false;
        int type = Character.getType(typed.codePointAt(0));
        return type == Character.LOWERCASE_LETTER || type == Character.TITLECASE_LETTER
                || type == Character.MODIFIER_LETTER || type == Character.OTHER_LETTER;
    }

    /**
     * The terms a stemmed query for an analysed word matches: every word with the same stem. Words whose stem differs
     * from them are indexed with the marked stem; a word that is its own stem only as itself. The word itself comes
     * too: it adds no match on an index of this analysis, and keeps the word found in an index made before it.
     */
    public static List<String> stemQueryTerms(String word) {
        Stems stems = new Stems();
        String stem = stems.stem(word);
        java.util.Set<String> terms = new java.util.LinkedHashSet<>(List.of(STEM_MARK + stem, word));
        if (stems.stem(stem).equals(stem)) terms.add(stem);
        return List.copyOf(terms);
    }

    /** The stem of an analysed word (the word itself when it is not stemmed or is its own stem). */
    public static String stem(String word) {
        return new Stems().stem(word);
    }

    /** {@link #stem(String)} for many words by one thread at a time, remembering the words it has seen. */
    public static UnaryOperator<String> stemmer() {
        return new Stems()::stem;
    }
}
