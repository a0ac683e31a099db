package dev.parley.query;

import dev.parley.model.Prefix;
import dev.parley.model.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds where the words of a query occur in a text, analysing the text exactly as the index does: a word matches
 * its analysed form ({@code Café} finds {@code cafe}) and, when the query stems it, every word of the same stem
 * ({@code patches} finds {@code patching}); a phrase or a joined word ({@code namei.c}) only its parts in order,
 * as written; {@code lust*} every word starting so. One pass of the analyser over the text, no index: this is the
 * cost of every snippet, so it stays small (Lucene's UnifiedHighlighter builds a MemoryIndex per text, which
 * measured several times slower here).
 */
final class WordMarker {

    /** Texts are read up to this many characters; a match further on is not marked. */
    static final int MAX_CHARS = 20_000;

    /** The words without their stems: a text word's stem is looked up only when a stemmed query word may share it. */
    private static final Analyzer WORDS = TextAnalysis.wordAnalyzer();

    /** A word of the text, analysed, and where it is. */
    private record Word(String term, int start, int end) {
    }

    /**
     * The words one word of the query accepts: these words as written, and every word with one of these stems. The
     * stemmer never changes a word's first letter, so only a word starting like one of the stems needs its stem.
     */
    private record Accepted(Set<String> terms, Set<String> stems, String firstLetters) {
        boolean matches(Word w, UnaryOperator<String> stemmer) {
            if (terms.contains(w.term())) return true;
            return !w.term().isEmpty() && firstLetters.indexOf(w.term().charAt(0)) >= 0 && stems.contains(stemmer.apply(w.term()));
        }

        static Accepted of(Collection<String> queryTerms) {
            Set<String> terms = new HashSet<>(), stems = new HashSet<>();
            StringBuilder first = new StringBuilder();
            for (String t : queryTerms) {
                if (!TextAnalysis.isStem(t)) {
                    terms.add(t);
                } else if (t.length() > 1) {
                    stems.add(t.substring(1));
                    first.append(t.charAt(1));
                }
            }
            return new Accepted(Set.copyOf(terms), Set.copyOf(stems), first.toString());
        }
    }

    /** Words that must follow each other; the last may be a prefix. */
    private record Sequence(List<Accepted> words, boolean lastIsPrefix) {
        boolean matches(List<Word> text, int at, UnaryOperator<String> stemmer) {
            if (at + words.size() > text.size()) return false;
            for (int j = 0; j < words.size(); j++) {
                Word t = text.get(at + j);
                boolean last = j == words.size() - 1;
                if (last && lastIsPrefix ? !t.term().startsWith(words.get(j).terms().iterator().next()) : !words.get(j).matches(t, stemmer)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Sequence> sequences;
    private final int longest;

    private WordMarker(List<Sequence> sequences) {
        this.sequences = sequences;
        this.longest = sequences.stream().mapToInt(s -> s.words().size()).max().orElse(0);
    }

    /** The positive words and phrases of the query that belong to one of {@code prefixes} (negated parts are left out). */
    static WordMarker of(QueryNode query, Set<Prefix> prefixes) {
        List<Sequence> out = new ArrayList<>();
        collect(query, prefixes, out);
        return new WordMarker(out);
    }

    private static void collect(QueryNode n, Set<Prefix> prefixes, List<Sequence> out) {
        switch (n) {
            case QueryNode.And a -> a.clauses().forEach(c -> collect(c, prefixes, out));
            case QueryNode.Or o -> o.clauses().forEach(c -> collect(c, prefixes, out));
            case QueryNode.Xor x -> {
                collect(x.left(), prefixes, out);
                collect(x.right(), prefixes, out);
            }
            case QueryNode.Near near -> near.terms().forEach(t -> collect(t, prefixes, out));
            case QueryNode.Not x -> {
            }
            case QueryNode.Term t -> add(prefixes.contains(t.prefix()), t.text(), t.wildcard(), t.stem(), out);
            case QueryNode.Phrase p -> add(prefixes.contains(p.prefix()), p.text(), false, false, out);
            case QueryNode.DateRange d -> {
            }
        }
    }

    private static void add(boolean wanted, String text, boolean prefix, boolean stem, List<Sequence> out) {
        if (!wanted || !prefix && text.isEmpty()) return;
        List<String> words = PrefixFields.analyse(text);
        if (words.isEmpty()) return;
        List<Accepted> accepted = new ArrayList<>();
        for (String w : words) accepted.add(Accepted.of(List.of(w)));
        if (stem && words.size() == 1 && !prefix) accepted.set(0, Accepted.of(TextAnalysis.stemQueryTerms(words.get(0))));
        out.add(new Sequence(accepted, prefix));
    }

    /** The matched ranges of the text, in order, not overlapping. */
    List<Snippet.Mark> marks(String text) {
        return marks(text, Integer.MAX_VALUE);
    }

    /**
     * The matched ranges of the text, in order, not overlapping, up to {@code after} characters past the start of the
     * first: a snippet shows no more, and the rest of a long message need not be read.
     */
    List<Snippet.Mark> marks(String text, int after) {
        if (sequences.isEmpty() || text.isEmpty()) return List.of();
        Matching m = new Matching();
        long stopAt = Long.MAX_VALUE;
        try (TokenStream ts = WORDS.tokenStream("", text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && offset.startOffset() < stopAt) {
                m.words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
                // a word is matched once the longest sequence starting at it could be complete
                while (m.next + longest <= m.words.size()) m.matchNext();
                if (stopAt == Long.MAX_VALUE && !m.marks.isEmpty()) stopAt = (long) m.marks.get(0).start() + after;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string does not fail
        }
        while (m.next < m.words.size()) m.matchNext();
        return m.marks;
    }

    /** The words read so far and the marks found in them; the stems of words, as far as they are needed. */
    private final class Matching implements UnaryOperator<String> {
        final List<Word> words = new ArrayList<>();
        final List<Snippet.Mark> marks = new ArrayList<>();
        int next; // the first word not yet tried as the start of a sequence
        int coveredTo; // the first word not yet inside a mark
        private UnaryOperator<String> stemmer; // made for the first word that needs its stem

        @Override
        public String apply(String word) {
            if (stemmer == null) stemmer = TextAnalysis.stemmer();
            return stemmer.apply(word);
        }

        void matchNext() {
            int i = next++;
            int found = 0;
            for (Sequence s : sequences) if (s.words().size() > found && s.matches(words, i, this)) found = s.words().size();
            if (found == 0) return;
            int end = i + found;
            if (i < coveredTo && !marks.isEmpty()) {
                Snippet.Mark last = marks.remove(marks.size() - 1); // overlapping phrases join
                marks.add(new Snippet.Mark(last.start(), Math.max(last.end(), words.get(end - 1).end())));
            } else {
                marks.add(new Snippet.Mark(words.get(i).start(), words.get(end - 1).end()));
            }
            coveredTo = Math.max(coveredTo, end);
        }
    }
}
