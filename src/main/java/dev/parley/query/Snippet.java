package dev.parley.query;

import java.util.List;

/**
 * A short piece of a message's text with the matched words marked; renderers decide how marks look.
 *
 * @param text the piece, whitespace collapsed to single spaces
 * @param marks the matched words, as [start, end) character ranges into {@code text}, in order
 */
public record Snippet(String text, List<Mark> marks) {

    public record Mark(int start, int end) {
    }

    public static final Snippet EMPTY = new Snippet("", List.of());

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** The text with each mark wrapped in {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int at = 0;
        for (Mark m : marks) {
            sb.append(text, at, m.start).append(open).append(text, m.start, m.end).append(close);
            at = m.end;
        }
        return sb.append(text, at, text.length()).toString();
    }
}
