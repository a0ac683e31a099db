package dev.parley.model;

import dev.parley.testing.Samples;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis reads words as lore (Xapian's term generator) does, and the embedded index's fast analyzer gives the
 * very tokens of the chain the cluster is described with ({@link TextAnalysis#FILTERS}), built here from Lucene's
 * own classes as OpenSearch builds it.
 */
class TextAnalysisTest {

    @Test
    void wordsSplitWhereLoreSplitsThem() {
        assertEquals(List.of("namei", "c"), TextAnalysis.words("namei.c"));
        assertEquals(List.of("xfs_ioctl", "c"), TextAnalysis.words("fs/xfs/xfs_ioctl.c").subList(2, 4));
        assertEquals(List.of("vger", "kernel", "org"), TextAnalysis.words("vger.kernel.org"));
        assertEquals(List.of("fs", "xfs", "scrub"), TextAnalysis.words("fs:xfs:scrub"));
        assertEquals(List.of("foo", "bar"), TextAnalysis.words("foo->bar"));
        assertEquals(List.of("gregkh", "linuxfoundation", "org"), TextAnalysis.words("<gregkh@linuxfoundation.org>"));
        assertEquals(List.of("don't", "at&t"), TextAnalysis.words("Don\u2019t AT&T"));
        assertEquals(List.of("v5.13", "rc2", "1,000"), TextAnalysis.words("v5.13-rc2 1,000"));
        assertEquals(List.of("usa", "u", "s", "x"), TextAnalysis.words("U.S.A. U.S.x"));
        assertEquals(List.of("c++", "c#", "c", "c", "x"), TextAnalysis.words("C++ C# c++++ c++x"));
        assertEquals(List.of("rohar", "zerowidth", "a", "b"), TextAnalysis.words("Rohár zero\u200bwidth a\u200b b"));
        assertEquals(List.of(), TextAnalysis.words("-> ... ::"));
        assertEquals(List.of("a", "b"), TextAnalysis.words("a " + "x".repeat(65) + " b"));
    }

    @Test
    void wordsThatStartWithALetterGetTheirStemWhenItDiffers() {
        assertEquals(List.of("patches", "Zpatch", "patch", "unsafer", "Zunsaf", "2nd", "xfs"),
                tokens(TextAnalysis.analyzer(), "Patches patch unsafer 2nd xfs"));
        assertEquals(List.of("Zpatch", "patches", "patch"), TextAnalysis.stemQueryTerms("patches"));
        assertEquals(List.of("Zpatch", "patch"), TextAnalysis.stemQueryTerms("patch"));
        assertTrue(TextAnalysis.stemsWhenTyped("patches"));
        assertTrue(!TextAnalysis.stemsWhenTyped("Patches") && !TextAnalysis.stemsWhenTyped("2nd"));
    }

    @Property(tries = 3000)
    void theWordAnalyzerGivesTheWordsWithoutTheirStems(@ForAll("tricky") String text) {
        List<String> withStems = tokens(TextAnalysis.analyzer(), text);
        assertEquals(withStems.stream().filter(t -> !TextAnalysis.isStem(t)).toList(), tokens(TextAnalysis.wordAnalyzer(), text), text);
    }

    @Property(tries = 3000)
    void stemmingNeverChangesAWordsFirstLetter(@ForAll("lowerCaseWords") String word) {
        // snippets look up the stem only of words that start like a stem of the query (WordMarker)
        String stem = TextAnalysis.stemmer().apply(word);
        assertEquals(word.charAt(0), stem.charAt(0), word + " -> " + stem);
    }

    @Provide
    Arbitrary<String> lowerCaseWords() {
        // Porter2's exceptions (dying -> die, skies -> sky, ...) among random words of its letters and suffixes
        Arbitrary<String> exceptions = Arbitraries.of("dying", "lying", "tying", "skies", "skis", "idly", "gently",
                "ugly", "early", "only", "singly", "news", "howe", "yelling", "yy", "y's", "ies", "eed", "ing");
        Arbitrary<String> random = Arbitraries.strings().withChars("abeilnorstuyd'").ofMinLength(1).ofMaxLength(14)
                .filter(w -> Character.isLetter(w.charAt(0)));
        return Arbitraries.oneOf(exceptions, random);
    }

    @Test
    void theFastAnalyzerGivesTheClusterChainsTokensOnTheCorpus() throws IOException {
        Path threads = Samples.corpus() == null ? null : Samples.corpus().resolve("lkml/threads");
        List<Path> files = new ArrayList<>();
        if (threads != null) try (Stream<Path> s = Files.list(threads)) {
            files.addAll(s.sorted().toList());
        }
        if (files.isEmpty()) System.err.println("SKIPPED: ../shared/corpus not found; the samples stand in");
        try (Stream<Path> s = Files.list(Samples.SAMPLES)) {
            files.addAll(s.filter(p -> p.toString().endsWith(".mbox")).sorted().toList());
        }
        Analyzer fast = TextAnalysis.analyzer(), described = described();
        long checked = 0;
        for (Path f : files) {
            // line by line keeps a difference readable; the mail's bytes as UTF-8 (mostly) and Latin-1 (the rest)
            for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
                assertEquals(positioned(described, line), positioned(fast, line), line);
                checked++;
            }
        }
        assertTrue(checked > 1000, checked + " lines");
    }

    @Property(tries = 3000)
    void theFastAnalyzerGivesTheClusterChainsTokensOnAnyText(@ForAll("tricky") String text) {
        assertEquals(positioned(described(), text), positioned(TextAnalysis.analyzer(), text), text);
    }

    @Provide
    Arbitrary<String> tricky() {
        // the characters the rules are about, and a few of every kind around them
        return Arbitraries.strings().withChars("aAbZU.S,;:'&#+-_/@ 19\u00b7\u2019\u201b\u200b\ufeff\u0660\u00e9\u1d00\u0301\u00bd\u2160")
                .ofMinLength(0).ofMaxLength(40);
    }

    /** The cluster's chain, from the description, as Lucene classes (OpenSearch builds its analysers from the same). */
    static Analyzer described() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
                for (String m : TextAnalysis.CHAR_MAPPINGS) {
                    String[] parts = m.split("=>", -1);
                    map.add(unescape(parts[0]), unescape(parts[1]));
                }
                return new MappingCharFilter(map.build(), reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new PatternTokenizer(Pattern.compile(TextAnalysis.TOKEN_PATTERN), 0);
                TokenStream ts = source;
                for (TextAnalysis.Filter f : TextAnalysis.FILTERS) ts = filter(f, ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private static TokenStream filter(TextAnalysis.Filter f, TokenStream in) {
        return switch (f) {
            case TextAnalysis.Filter.PatternReplace p -> new PatternReplaceFilter(in, Pattern.compile(p.pattern()), p.replacement(), true);
            case TextAnalysis.Filter.LowerCase l -> new LowerCaseFilter(in);
            case TextAnalysis.Filter.MaxLength m -> new LengthFilter(in, 0, m.max());
            case TextAnalysis.Filter.AsciiFolding a -> new ASCIIFoldingFilter(in);
            case TextAnalysis.Filter.KeywordRepeat k -> new KeywordRepeatFilter(in);
            case TextAnalysis.Filter.StemLetterWords s -> new When(in, true,
                    wrapped -> new SnowballFilter(wrapped, new org.tartarus.snowball.ext.EnglishStemmer()));
            case TextAnalysis.Filter.RemoveDuplicates r -> new RemoveDuplicatesTokenFilter(in);
            case TextAnalysis.Filter.MarkStems m -> new When(in, false,
                    wrapped -> new PatternReplaceFilter(wrapped, Pattern.compile("^"), m.mark(), false));
        };
    }

    /** OpenSearch's "condition" filter with the predicate its script states: not a keyword (and starts with a letter). */
    private static final class When extends ConditionalTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final boolean letterFirst;

        When(TokenStream in, boolean letterFirst, java.util.function.Function<TokenStream, TokenStream> inner) {
            super(in, inner);
            this.letterFirst = letterFirst;
        }

        @Override
        protected boolean shouldFilter() {
            return !keyword.isKeyword() && (!letterFirst || (term.length() > 0 && Character.isLetter(Character.codePointAt(term, 0))));
        }
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        return m.appendTail(sb).toString();
    }

    /** Each token with its position. */
    static List<String> positioned(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(pos + ":" + term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> tokens(Analyzer a, String text) {
        return positioned(a, text).stream().map(s -> s.substring(s.indexOf(':') + 1)).toList();
    }
}
