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
import java.util.List;
import java.util.Set;

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

    private static final Analyzer ANALYZER = TextAnalysis.analyzer();

    /** A word of the text: as written (analysed) and its marked stem, or null when it has none of its own. */
    private record Word(String term, String stem, int start, int end) {
        boolean matches(Set<String> accepted) {
            return accepted.contains(term) || (stem != null && accepted.contains(stem));
        }
    }

    /** Words that must follow each other, each given by the terms it accepts; the last may be a prefix. */
    private record Sequence(List<Set<String>> words, boolean lastIsPrefix) {
        boolean matches(List<Word> text, int at) {
            if (at + words.size() > text.size()) return false;
            for (int j = 0; j < words.size(); j++) {
                Word t = text.get(at + j);
                boolean last = j == words.size() - 1;
                if (last && lastIsPrefix ? !t.term().startsWith(words.get(j).iterator().next()) : !t.matches(words.get(j))) return false;
            }
            return true;
        }
    }

    private final List<Sequence> sequences;

    private WordMarker(List<Sequence> sequences) {
        this.sequences = sequences;
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
        List<Set<String>> accepted = new ArrayList<>();
        for (String w : words) accepted.add(Set.of(w));
        if (stem && words.size() == 1 && !prefix) accepted.set(0, Set.copyOf(TextAnalysis.stemQueryTerms(words.get(0))));
        out.add(new Sequence(accepted, prefix));
    }

    /** The matched ranges of the text, in order, not overlapping. */
    List<Snippet.Mark> marks(String text) {
        if (sequences.isEmpty() || text.isEmpty()) return List.of();
        List<Word> words = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("", text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (TextAnalysis.isStem(term)) {
                    Word w = words.remove(words.size() - 1); // a stem follows its word
                    words.add(new Word(w.term(), term.toString(), w.start(), w.end()));
                } else {
                    words.add(new Word(term.toString(), null, offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string does not fail
        }
        List<Snippet.Mark> marks = new ArrayList<>();
        int coveredTo = 0; // first word not yet inside a mark
        for (int i = 0; i < words.size(); i++) {
            int longest = 0;
            for (Sequence s : sequences) if (s.words().size() > longest && s.matches(words, i)) longest = s.words().size();
            if (longest == 0) continue;
            int end = i + longest;
            if (i < coveredTo && !marks.isEmpty()) {
                Snippet.Mark last = marks.remove(marks.size() - 1); // overlapping phrases join
                marks.add(new Snippet.Mark(last.start(), Math.max(last.end(), words.get(end - 1).end())));
            } else {
                marks.add(new Snippet.Mark(words.get(i).start(), words.get(end - 1).end()));
            }
            coveredTo = Math.max(coveredTo, end);
        }
        return marks;
    }
}
