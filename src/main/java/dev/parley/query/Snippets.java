package dev.parley.query;

import dev.parley.index.TextAnalysis;
import dev.parley.mail.Body;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words of a query in a message's text. The index keeps no body text, so the text comes from the stored
 * raw message; Lucene's {@link UnifiedHighlighter} analyses it as the index did (phrases match only as phrases,
 * {@code lust*} marks every word it matched), and a window around the first match becomes the snippet. The
 * author's own text is preferred; quotes and diffs come next; a message matched only by its headers shows the start
 * of its own text.
 */
public final class Snippets {

    /** Characters of context shown before the first match, and the snippet length aimed at. */
    static final int LEAD = 60, LENGTH = 200;
    private static final String FIELD = "text";

    private final Query body;
    private final Query subject;
    private final UnifiedHighlighter highlighter;

    public Snippets(QueryNode query) {
        this.body = LuceneQueries.highlightQuery(query, FIELD, LuceneQueries.BODY_PREFIXES);
        this.subject = LuceneQueries.highlightQuery(query, FIELD, LuceneQueries.SUBJECT_PREFIXES);
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(TextAnalysis.analyzer())
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new MarksFormatter())
                .withMaxLength(1 << 20)
                .withMaxNoHighlightPassages(0)
                .build();
    }

    /** A snippet of the body around the first matched word. */
    public Snippet body(Body b) {
        String own = b.ownText();
        List<Snippet.Mark> marks = marks(body, own);
        if (!marks.isEmpty()) return window(own, marks);
        marks = marks(body, b.text());
        if (!marks.isEmpty()) return window(b.text(), marks);
        return window(own.isBlank() ? b.text() : own, List.of());
    }

    /** The whole subject with the matched words marked. */
    public Snippet subject(String s) {
        return collapse(s, 0, s.length(), marks(subject, s));
    }

    private List<Snippet.Mark> marks(Query q, String text) {
        if (q == null || text.isEmpty()) return List.of();
        try {
            @SuppressWarnings("unchecked")
            List<Snippet.Mark> found = (List<Snippet.Mark>) highlighter.highlightWithoutSearcher(FIELD, q, text, 1);
            return found == null ? List.of() : found;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string does not fail
        }
    }

    /** Up to {@link #LENGTH} characters starting a little before the first mark, cut at spaces. */
    static Snippet window(String text, List<Snippet.Mark> marks) {
        int start = 0;
        if (!marks.isEmpty() && marks.get(0).start() > LEAD) {
            start = marks.get(0).start() - LEAD;
            while (start < marks.get(0).start() && !Character.isWhitespace(text.charAt(start))) start++;
        }
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int cut = end;
            while (cut > start && !Character.isWhitespace(text.charAt(cut))) cut--;
            if (cut > start) end = cut;
        }
        for (Snippet.Mark m : marks) if (m.start() < end && m.end() > end) end = m.end(); // never cut a word in two
        Snippet s = collapse(text, start, end, marks);
        boolean before = start > 0, after = end < text.length();
        if (!before && !after) return s;
        String pre = before ? "... " : "", post = after ? " ..." : "";
        List<Snippet.Mark> shifted = new ArrayList<>();
        for (Snippet.Mark m : s.marks()) shifted.add(new Snippet.Mark(m.start() + pre.length(), m.end() + pre.length()));
        return new Snippet(pre + s.text() + post, shifted);
    }

    /** text[start, end) with runs of whitespace made one space, and the marks inside it moved along. */
    static Snippet collapse(String text, int start, int end, List<Snippet.Mark> marks) {
        StringBuilder sb = new StringBuilder(end - start);
        int[] at = new int[end - start + 1]; // position in the output of each input character
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            at[i - start] = sb.length();
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !sb.isEmpty()) sb.append(' ');
                space = false;
                at[i - start] = sb.length();
                sb.append(c);
            }
        }
        at[end - start] = sb.length();
        List<Snippet.Mark> out = new ArrayList<>();
        for (Snippet.Mark m : marks) {
            if (m.start() < start || m.end() > end) continue;
            out.add(new Snippet.Mark(at[m.start() - start], at[m.end() - 1 - start] + 1));
        }
        return new Snippet(sb.toString(), out);
    }

    /** Turns the highlighter's passage into the list of matched ranges. */
    private static final class MarksFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet.Mark> found = new ArrayList<>();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) found.add(new Snippet.Mark(p.getMatchStarts()[i], p.getMatchEnds()[i]));
            }
            found.sort(java.util.Comparator.comparingInt(Snippet.Mark::start));
            List<Snippet.Mark> marks = new ArrayList<>();
            for (Snippet.Mark m : found) {
                if (marks.isEmpty() || m.start() >= marks.get(marks.size() - 1).end()) marks.add(m); // overlaps once
            }
            return marks;
        }
    }
}
