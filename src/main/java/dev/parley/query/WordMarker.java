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
 * its analysed form ({@code Café} finds {@code cafe}), a phrase or a split word ({@code foo-bar}) only its parts in
 * order, {@code lust*} every word starting so. One pass of the analyser over the text, no index: this is the cost
 * of every snippet, so it stays small (Lucene's UnifiedHighlighter builds a MemoryIndex per text, which measured
 * several times slower here).
 */
final class WordMarker {

    /** Texts are read up to this many characters; a match further on is not marked. */
    static final int MAX_CHARS = 20_000;

    private static final Analyzer ANALYZER = TextAnalysis.analyzer();

    /** Analysed words that must follow each other; the last may be a prefix. */
    private record Sequence(String[] words, boolean lastIsPrefix) {
        boolean matches(List<String> tokens, int at) {
            if (at + words.length > tokens.size()) return false;
            for (int j = 0; j < words.length; j++) {
                String t = tokens.get(at + j);
                boolean last = j == words.length - 1;
                if (last && lastIsPrefix ? !t.startsWith(words[j]) : !t.equals(words[j])) return false;
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
            case QueryNode.Not x -> {
            }
            case QueryNode.Term t -> add(prefixes.contains(t.prefix()), t.text(), t.wildcard(), out);
            case QueryNode.Phrase p -> add(prefixes.contains(p.prefix()), p.text(), false, out);
            case QueryNode.DateRange d -> {
            }
        }
    }

    private static void add(boolean wanted, String text, boolean prefix, List<Sequence> out) {
        if (!wanted) return;
        List<String> words = PrefixFields.analyse(text);
        if (!words.isEmpty()) out.add(new Sequence(words.toArray(String[]::new), prefix));
    }

    /** The matched ranges of the text, in order, not overlapping. */
    List<Snippet.Mark> marks(String text) {
        if (sequences.isEmpty() || text.isEmpty()) return List.of();
        List<String> tokens = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("", text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
                offsets.add(new int[]{offset.startOffset(), offset.endOffset()});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string does not fail
        }
        List<Snippet.Mark> marks = new ArrayList<>();
        int coveredTo = 0; // first token not yet inside a mark
        for (int i = 0; i < tokens.size(); i++) {
            int longest = 0;
            for (Sequence s : sequences) if (s.words.length > longest && s.matches(tokens, i)) longest = s.words.length;
            if (longest == 0) continue;
            int end = i + longest;
            if (i < coveredTo && !marks.isEmpty()) {
                Snippet.Mark last = marks.remove(marks.size() - 1); // overlapping phrases join
                marks.add(new Snippet.Mark(last.start(), Math.max(last.end(), offsets.get(end - 1)[1])));
            } else {
                marks.add(new Snippet.Mark(offsets.get(i)[0], offsets.get(end - 1)[1]));
            }
            coveredTo = Math.max(coveredTo, end);
        }
        return marks;
    }
}
