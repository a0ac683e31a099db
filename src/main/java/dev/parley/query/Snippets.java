package dev.parley.query;

import dev.parley.mail.Body;
import dev.parley.model.Prefix;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Snippets of a message with the query's words marked. The index keeps no body text, so the text comes from the
 * stored raw message; {@link WordMarker} analyses it as the index did, and a window around the first match becomes
 * the snippet. The author's own text is preferred; quotes and diffs come next; a message matched only by its
 * headers shows the start of its own text.
 */
public final class Snippets {

    /** Characters of context shown before the first match, and the snippet length aimed at. */
    static final int LEAD = 60, LENGTH = 200;

    /** Prefixes whose words are marked in the body text, and in the subject. */
    static final Set<Prefix> BODY_PREFIXES = EnumSet.of(Prefix.TEXT, Prefix.SUBJECT_BODY, Prefix.BODY,
            Prefix.NOT_QUOTED, Prefix.QUOTED, Prefix.DIFF_FILE, Prefix.DIFF_REMOVED, Prefix.DIFF_ADDED,
            Prefix.DIFF_HUNK, Prefix.DIFF_CONTEXT, Prefix.TRAILER, Prefix.ACK, Prefix.NAK, Prefix.REVIEWED,
            Prefix.TESTED);
    static final Set<Prefix> SUBJECT_PREFIXES = EnumSet.of(Prefix.TEXT, Prefix.SUBJECT_BODY, Prefix.SUBJECT);

    private final WordMarker body;
    private final WordMarker subject;

    public Snippets(QueryNode query) {
        this.body = WordMarker.of(query, BODY_PREFIXES);
        this.subject = WordMarker.of(query, SUBJECT_PREFIXES);
    }

    /** A snippet of the body around the first matched word. */
    public Snippet body(Body b) {
        String own = b.ownText();
        List<Snippet.Mark> marks = body.marks(own, LENGTH);
        if (!marks.isEmpty()) return window(own, marks);
        marks = body.marks(b.text(), LENGTH);
        if (!marks.isEmpty()) return window(b.text(), marks);
        return window(own.isBlank() ? b.text() : own, List.of());
    }

    /** The whole subject with the matched words marked. */
    public Snippet subject(String s) {
        return collapse(s, 0, s.length(), subject.marks(s));
    }

    /** Up to {@link #LENGTH} characters starting a little before the first mark, cut at spaces. */
    static Snippet window(String text, List<Snippet.Mark> marks) {
        int start = 0;
        if (!marks.isEmpty() && marks.get(0).start() > LEAD) {
            // a little context before the first match, more when the text ends soon after it
            start = Math.min(marks.get(0).start() - LEAD, Math.max(0, text.length() - LENGTH));
            if (start > 0) while (start < marks.get(0).start() && !Character.isWhitespace(text.charAt(start - 1))) start++;
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
}
