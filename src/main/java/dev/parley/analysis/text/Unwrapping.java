package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoing a mail's hard line wrapping. This is the one definition: sentences are made with it ({@link Sentences}),
 * and quotes are checked against it, so a quote is "exactly as written" in this sense and no other.
 * <p>
 * A paragraph is a run of non-blank lines; its lines are stripped of leading and trailing white space and joined
 * with a single space. Spacing inside a line (two spaces after a full stop, say) is kept as written. A hyphen at a
 * line break stays, followed by the space: the word may really be hyphenated, and guessing would change the text.
 */
public final class Unwrapping {

    private Unwrapping() {
    }

    /** The lines of one paragraph joined into one line. */
    public static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(s);
        }
        return sb.toString();
    }

    /** A whole text unwrapped: each paragraph on one line, paragraphs separated by one blank line. */
    public static String unwrap(String text) {
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                append(out, paragraph);
                continue;
            }
            paragraph.add(line);
        }
        append(out, paragraph);
        return out.toString();
    }

    private static void append(StringBuilder out, List<String> paragraph) {
        if (paragraph.isEmpty()) return;
        if (!out.isEmpty()) out.append("\n\n");
        out.append(join(paragraph));
        paragraph.clear();
    }
}
