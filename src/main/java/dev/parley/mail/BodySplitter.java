package dev.parley.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts decoded body text into the author's own lines, quotes (with their attribution line), signature, patch and
 * trailers, line by line. Diffs are followed by their hunk headers' line counts, so prose that follows an inline
 * patch is recognised as prose again.
 */
public final class BodySplitter {

    private static final Pattern ATTRIBUTION_VERB = Pattern.compile(
            "(?i)\\b(wrote|writes|said|says|schrieb|a écrit|escribió|napisał|kirjoitti|skrev|scrisse|escreveu)\\b.*:\\s*$");
    private static final Pattern QUOTING = Pattern.compile("^(?:Quoting|Citing) .+:\\s*$");
    /**
     * An address that ends the line before its colon, maybe with a date in brackets: {@code Jane <jane@example.org>:},
     * {@code * Jane <jane@example.org> [2020-01-01 10:00]:}. (A link with an {@code @} in it is no attribution.)
     */
    private static final Pattern ATTRIBUTION_ADDRESS = Pattern.compile(
            "(?:^|[\\s<(])[\\w.+=-]+@[\\w-]+(?:\\.[\\w-]+)+>?(?:\\s*(?:\\[[^\\]]*\\]|\\([^)]*\\)))?\\s*:$");
    private static final Pattern INDEX_LINE = Pattern.compile("^index ([0-9a-f]+)\\.\\.([0-9a-f]+)");

    private BodySplitter() {
    }

    public static Body split(String text) {
        return split(text, true);
    }

    /**
     * The body cut into segments as {@link #split} cuts it, without reading its trailers or summarising its patch
     * ({@link Body#trailers()} empty, {@link Body#diff()} {@link DiffSummary#EMPTY}): for readers of its text alone
     * (a search hit's snippet), about half the work.
     */
    public static Body segmentsOnly(String text) {
        return split(text, false);
    }

    private static Body split(String text, boolean whole) {
        if (text == null || text.isEmpty()) return Body.EMPTY;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!l.isEmpty() && l.charAt(l.length() - 1) == '\r') lines[i] = l.substring(0, l.length() - 1);
        }
        Segment.Kind[] kinds = classify(lines);
        markAttributions(lines, kinds);
        markTrailers(lines, kinds);
        List<Segment> segments = group(lines, kinds);
        if (!whole) return new Body(text, List.copyOf(segments), List.of(), DiffSummary.EMPTY);
        List<Trailer> trailers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (kinds[i] == Segment.Kind.TRAILER) trailers.add(Trailer.parse(lines[i]));
        }
        return new Body(text, List.copyOf(segments), List.copyOf(trailers), summarizeDiff(lines, kinds));
    }

    static boolean isQuote(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') i++;
        return i < line.length() && line.charAt(i) == '>';
    }

    private static boolean isSignatureSeparator(String l) {
        return l.equals("-- ") || l.equals("--");
    }

    private static Segment.Kind[] classify(String[] lines) {
        Segment.Kind[] kinds = new Segment.Kind[lines.length];
        int lastSignature = -1;
        int n = lines.length;
        int i = 0;
        boolean afterPatchSeparator = false;
        while (i < n) {
            String l = lines[i];
            if (isQuote(l)) {
                kinds[i++] = Segment.Kind.QUOTE;
                continue;
            }
            if (DiffLines.startsDiff(lines, i)) {
                i = consumeDiff(lines, kinds, i);
                continue;
            }
            if (DiffLines.isPatchSeparator(lines, i)) {
                kinds[i++] = Segment.Kind.DIFF;
                afterPatchSeparator = true;
                continue;
            }
            if (afterPatchSeparator && (DiffLines.isDiffstat(l) || DiffLines.isDiffstatSummary(l))) {
                kinds[i++] = Segment.Kind.DIFF;
                continue;
            }
            if (isOutlookQuoteStart(l)) {
                for (; i < n; i++) kinds[i] = Segment.Kind.QUOTE;
                break;
            }
            if (isSignatureSeparator(l)) lastSignature = i;
            kinds[i++] = Segment.Kind.OWN;
        }
        if (lastSignature >= 0 && signatureTailIsShort(lines, kinds, lastSignature)) {
            for (int j = lastSignature; j < n; j++) {
                if (kinds[j] == Segment.Kind.OWN) kinds[j] = Segment.Kind.SIGNATURE;
            }
        }
        return kinds;
    }

    private static boolean isOutlookQuoteStart(String l) {
        String s = l.strip();
        return s.equals("-----Original Message-----") || s.equals("----- Original Message -----");
    }

    /** A signature runs to the end of the own text; more than a few lines after "-- " is prose, not a signature. */
    private static boolean signatureTailIsShort(String[] lines, Segment.Kind[] kinds, int sep) {
        int own = 0;
        for (int j = sep + 1; j < lines.length; j++) {
            if (kinds[j] == Segment.Kind.OWN && !lines[j].isBlank()) own++;
            if (kinds[j] == Segment.Kind.QUOTE || kinds[j] == Segment.Kind.DIFF) return false;
        }
        return own <= 20;
    }

    /** Consumes a unified diff starting at {@code start}; returns the first line after it. */
    private static int consumeDiff(String[] lines, Segment.Kind[] kinds, int start) {
        int i = start;
        int n = lines.length;
        while (i < n) {
            String l = lines[i];
            DiffLines.Hunk h = DiffLines.hunk(l);
            if (h != null) {
                int oldLeft = h.oldLines();
                int newLeft = h.newLines();
                kinds[i++] = Segment.Kind.DIFF;
                while (i < n && (oldLeft > 0 || newLeft > 0)) {
                    String d = lines[i];
                    char c = d.isEmpty() ? ' ' : d.charAt(0);
                    if (c == ' ') { oldLeft--; newLeft--; }
                    else if (c == '-') oldLeft--;
                    else if (c == '+') newLeft--;
                    else if (c != '\\') break; // malformed hunk: stop counting, let the caller see prose
                    kinds[i++] = Segment.Kind.DIFF;
                }
                while (i < n && lines[i].startsWith("\\")) kinds[i++] = Segment.Kind.DIFF;
                continue;
            }
            if (DiffLines.isHeaderInDiff(l) || (i == start)) {
                kinds[i++] = Segment.Kind.DIFF;
                continue;
            }
            break;
        }
        return i;
    }

    private static void markAttributions(String[] lines, Segment.Kind[] kinds) {
        for (int q = 0; q < lines.length; q++) {
            if (kinds[q] != Segment.Kind.QUOTE || (q > 0 && kinds[q - 1] == Segment.Kind.QUOTE)) continue;
            int a = q - 1;
            if (a >= 0 && lines[a].isBlank()) a--;
            if (a < 0 || kinds[a] != Segment.Kind.OWN) continue;
            String line = lines[a].strip();
            boolean attribution = line.length() < 200 && (ATTRIBUTION_VERB.matcher(line).find() || QUOTING.matcher(line).matches()
                    || (line.endsWith(":") && (line.startsWith("On ") || line.startsWith("Am ") || line.startsWith("Le ")))
                    || (!line.contains("://") && ATTRIBUTION_ADDRESS.matcher(line).find()));
            if (!attribution) continue;
            kinds[a] = Segment.Kind.ATTRIBUTION;
            // a wrapped attribution: "On Mon, ... Jane Doe\n<jane@example.org> wrote:"
            int b = a - 1;
            if (b >= 0 && kinds[b] == Segment.Kind.OWN && !lines[b].isBlank() && !line.startsWith("On ")
                    && (lines[b].startsWith("On ") || lines[b].startsWith("Am ") || lines[b].startsWith("Le "))
                    && lines[b].length() < 200) {
                kinds[b] = Segment.Kind.ATTRIBUTION;
            }
        }
    }

    private static void markTrailers(String[] lines, Segment.Kind[] kinds) {
        for (int i = 0; i < lines.length; i++) {
            if (kinds[i] == Segment.Kind.OWN && mayBeTrailer(lines[i]) && Trailer.isTrailer(lines[i])) {
                kinds[i] = Segment.Kind.TRAILER;
            }
        }
    }

    /** Cheap test before the regex: a trailer starts with a letter and has "Key:" within its first 40 characters. */
    private static boolean mayBeTrailer(String line) {
        if (line.isEmpty() || !Character.isLetter(line.charAt(0))) return false;
        int colon = line.indexOf(':');
        return colon > 0 && colon < 40;
    }

    /** Groups lines into segments; blank lines stay inside a segment only when the same kind continues after them. */
    private static List<Segment> group(String[] lines, Segment.Kind[] kinds) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int n = lines.length;
        while (i < n) {
            if (lines[i].isBlank() && kinds[i] != Segment.Kind.DIFF) { i++; continue; }
            Segment.Kind kind = kinds[i];
            int start = i;
            int end = i; // exclusive end of the last non-blank line of this kind
            int j = i;
            while (j < n) {
                if (lines[j].isBlank() && kinds[j] != Segment.Kind.DIFF) { j++; continue; }
                if (kinds[j] != kind) break;
                end = ++j;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = start; k < end; k++) {
                if (k > start) sb.append('\n');
                sb.append(lines[k]);
            }
            out.add(new Segment(kind, sb.toString(), start));
            i = end;
        }
        return out;
    }

    private static DiffSummary summarizeDiff(String[] lines, Segment.Kind[] kinds) {
        List<String> files = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> context = new ArrayList<>();
        List<String> hunks = new ArrayList<>();
        List<DiffSummary.FileAddition> byFile = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        String currentFile = null;
        List<String> currentAdded = null;
        boolean inHunk = false;
        for (int i = 0; i < lines.length; i++) {
            if (kinds[i] != Segment.Kind.DIFF) { inHunk = false; continue; }
            String l = lines[i];
            if (l.startsWith("diff --git ")) {
                inHunk = false;
                notes.add(l);
                String[] parts = l.substring(11).split(" ");
                for (String p : parts) addFile(files, p);
            } else if (!inHunk && l.startsWith("index ") && blobs(l, before, after)) {
                continue;
            } else if (!inHunk && (l.startsWith("--- ") || l.startsWith("+++ "))) {
                String name = stripPathPrefix(l.substring(4).split("\t")[0].strip());
                if (!name.equals("/dev/null")) {
                    addFile(files, name);
                    if (l.startsWith("+++ ")) {
                        currentFile = name;
                        currentAdded = new ArrayList<>();
                        byFile.add(new DiffSummary.FileAddition(name, currentAdded));
                    }
                }
            } else if (DiffLines.hunk(l) instanceof DiffLines.Hunk h) {
                inHunk = true;
                endRun(currentAdded);
                if (!h.section().isBlank()) hunks.add(h.section().strip());
            } else if (inHunk && !l.isEmpty()) {
                char c = l.charAt(0);
                if (c == '+') { added.add(l.substring(1)); if (currentAdded != null) currentAdded.add(l.substring(1)); }
                else if (c == '-') { removed.add(l.substring(1)); endRun(currentAdded); }
                else if (c == ' ') { context.add(l.substring(1)); endRun(currentAdded); }
                else notes.add(l); // "\\ No newline at end of file"
            } else if (inHunk) {
                endRun(currentAdded); // an empty context line whose leading space a mailer dropped
            } else if (!l.isBlank()) {
                notes.add(l); // the "---", the diffstat, mode and rename lines
            }
        }
        if (files.isEmpty() && added.isEmpty() && removed.isEmpty() && notes.isEmpty()) return DiffSummary.EMPTY;
        List<DiffSummary.FileAddition> frozen = new ArrayList<>();
        for (DiffSummary.FileAddition f : byFile) {
            List<String> fileLines = new ArrayList<>(f.lines());
            if (!fileLines.isEmpty() && fileLines.get(fileLines.size() - 1).isEmpty()) fileLines.remove(fileLines.size() - 1);
            frozen.add(new DiffSummary.FileAddition(f.file(), List.copyOf(fileLines)));
        }
        return new DiffSummary(List.copyOf(files), List.copyOf(added), List.copyOf(removed), List.copyOf(context),
                List.copyOf(hunks), List.copyOf(frozen), List.copyOf(notes), List.copyOf(before), List.copyOf(after));
    }

    /** The blob ids of an {@code index A..B} line, added to the lists; false when the line is no such line. */
    private static boolean blobs(String line, List<String> before, List<String> after) {
        java.util.regex.Matcher m = INDEX_LINE.matcher(line);
        if (!m.find()) return false;
        before.add(m.group(1));
        after.add(m.group(2));
        return true;
    }

    /** Ends a run of added lines with an empty line, so lines that were not adjacent in the file never join. */
    private static void endRun(List<String> fileAdded) {
        if (fileAdded != null && !fileAdded.isEmpty() && !fileAdded.get(fileAdded.size() - 1).isEmpty()) fileAdded.add("");
    }

    private static void addFile(List<String> files, String raw) {
        String name = stripPathPrefix(raw);
        if (!name.isEmpty() && !name.equals("/dev/null") && !files.contains(name)) files.add(name);
    }

    private static String stripPathPrefix(String p) {
        if (p.startsWith("a/") || p.startsWith("b/")) return p.substring(2);
        return p;
    }
}
