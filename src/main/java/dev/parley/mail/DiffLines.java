package dev.parley.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of a patch is: the one place that tells unified-diff lines, hunk headers and diffstat lines from other
 * text. A line is read one of two ways. Inside a patch ({@link BodySplitter} follows one from its first header
 * line), the patch's own structure decides: {@link #startsDiff}, {@link #isHeaderInDiff}, {@link #hunk} and its line
 * counts. Read alone (a quoted passage, a line of prose), {@link #kind} says what the line looks like, and
 * {@link Kind#unambiguous()} whether it can be nothing but a diff line.
 */
public final class DiffLines {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@ ?(.*)$");
    private static final Pattern DIFFSTAT = Pattern.compile("^ +\\S.* +\\| +(?:\\d+ ?[+-]*|Bin .*)\\s*$");
    private static final Pattern DIFFSTAT_TOTAL = Pattern.compile("^ *\\d+ files? changed.*$");
    /** A combined diff's hunk header (a merge's resolution): {@code @@@ -1645,22 -1648,45 +1645,23 @@@}. */
    private static final Pattern COMBINED_HUNK = Pattern.compile("^@@@+ (?:-\\d+(?:,\\d+)? )+\\+\\d+(?:,\\d+)? @@@+");
    /**
     * Header lines that are nothing else even out of context: git's diff line (also of a combined diff), a blob index,
     * the file names.
     */
    private static final Pattern FILE_HEADER = Pattern.compile("^(?:diff --git |diff --cc |diff --combined "
            + "|index [0-9a-f]+(?:,[0-9a-f]+)*\\.\\.[0-9a-f]+|(?:---|\\+\\+\\+) (?:[ab]/|/dev/null))");
    /**
     * A changed line that prose never writes: the marker, then neither a space, a digit nor another marker ("- item",
     * "+1", "---" are prose as often as not), or the marker alone.
     */
    private static final Pattern CHANGE = Pattern.compile("^(?:[+-](?![-+\\s\\d])\\S|[+-]$)");

    private DiffLines() {
    }

    /** What a line looks like when read alone. */
    public enum Kind {
        /** {@code diff --git a/x b/x}, {@code index 1a2b..3c4d}, {@code --- a/x}, {@code +++ b/x}; also of a combined diff. */
        FILE_HEADER,
        /** {@code @@ -10,6 +10,7 @@ static int frob_probe(...)}, or a combined diff's {@code @@@ ... @@@}. */
        HUNK_HEADER,
        /** An added or removed line that prose would not start so: {@code +\treturn 0;} is not one, {@code -foo();} is. */
        CHANGE,
        /** Any other line that starts with '+' or '-': a changed line, or a bullet, a vote ("+1"), a rule ("---"). */
        MARKED,
        /** Anything else. */
        OTHER;

        /** Whether a line of this kind can be nothing but a line of a diff. */
        public boolean unambiguous() {
            return this == FILE_HEADER || this == HUNK_HEADER || this == CHANGE;
        }
    }

    /** What one line looks like, read alone. */
    public static Kind kind(String line) {
        if (FILE_HEADER.matcher(line).find()) return Kind.FILE_HEADER;
        if (hunk(line) != null || COMBINED_HUNK.matcher(line).find()) return Kind.HUNK_HEADER;
        if (CHANGE.matcher(line).find()) return Kind.CHANGE;
        if (line.startsWith("+") || line.startsWith("-")) return Kind.MARKED;
        return Kind.OTHER;
    }

    /**
     * A hunk header's line counts and the context text after it.
     *
     * @param oldLines how many lines of the old file the hunk covers (context and removed lines)
     * @param newLines how many lines of the new file it covers (context and added lines)
     * @param section what follows the second {@code @@} (the enclosing function, usually), as written
     */
    public record Hunk(int oldLines, int newLines, String section) {
    }

    /** The hunk header on this line, or null when it is none. */
    public static Hunk hunk(String line) {
        if (!line.startsWith("@@")) return null;
        Matcher h = HUNK.matcher(line);
        if (!h.matches()) return null;
        return new Hunk(h.group(1) == null ? 1 : Integer.parseInt(h.group(1)),
                h.group(2) == null ? 1 : Integer.parseInt(h.group(2)), h.group(3));
    }

    /** Whether a patch starts at line {@code i}: a {@code diff} line, an svn-style {@code Index:}, or {@code ---}/{@code +++}/{@code @@}. */
    public static boolean startsDiff(String[] lines, int i) {
        String l = lines[i];
        if (l.startsWith("diff --git ") || l.startsWith("diff -u") || l.startsWith("diff -r")) return true;
        if (l.startsWith("Index: ") && i + 1 < lines.length && lines[i + 1].startsWith("=====")) return true;
        return l.startsWith("--- ") && i + 1 < lines.length && lines[i + 1].startsWith("+++ ")
                && i + 2 < lines.length && lines[i + 2].startsWith("@@ ");
    }

    /** Whether a line inside a patch, outside its hunks, is one of a file's header lines (names, modes, index, renames). */
    public static boolean isHeaderInDiff(String l) {
        return l.startsWith("diff ") || l.startsWith("index ") || l.startsWith("--- ") || l.startsWith("+++ ")
                || l.startsWith("new file mode") || l.startsWith("deleted file mode") || l.startsWith("similarity index")
                || l.startsWith("dissimilarity index") || l.startsWith("rename from") || l.startsWith("rename to")
                || l.startsWith("copy from") || l.startsWith("copy to") || l.startsWith("old mode")
                || l.startsWith("new mode") || l.startsWith("Binary files") || l.startsWith("GIT binary patch")
                || l.startsWith("Index: ") || l.startsWith("=====");
    }

    /** A diffstat line: {@code " fs/x.c | 12 +++---"}, or the total {@code " 2 files changed, ..."}. */
    public static boolean isDiffstat(String line) {
        return DIFFSTAT.matcher(line).matches() || DIFFSTAT_TOTAL.matcher(line).matches();
    }

    /** The lines git puts after a diffstat's total: {@code " create mode 100644 x"}, {@code " delete mode"}, {@code " rename"}. */
    public static boolean isDiffstatSummary(String line) {
        return line.startsWith(" create mode ") || line.startsWith(" delete mode ") || line.startsWith(" rename ");
    }

    /**
     * Whether line {@code i} is the {@code ---} that separates a patch mail's description from its diffstat and diff:
     * a diffstat line or a diff follows within 400 lines (version notes often sit between).
     */
    public static boolean isPatchSeparator(String[] lines, int i) {
        if (!lines[i].equals("---")) return false;
        for (int j = i + 1; j < lines.length && j < i + 400; j++) {
            String l = lines[j];
            if (l.isBlank()) continue;
            if (isDiffstat(l) || startsDiff(lines, j)) return true;
        }
        return false;
    }
}
