package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of a run of an author's own text (one OWN segment of a body, or several joined). The lines of one
 * paragraph are joined as {@link Unwrapping} defines (the mail's hard wrapping undone; spacing inside a line is kept,
 * so each sentence occurs verbatim in {@link Unwrapping#unwrap} of the text). Left out: code, logs, diffstats and other indented or
 * symbol-heavy lines, bare links, a mailing-list footer and everything after it, greetings ("Hi Greg,") and
 * sign-offs ("Thanks,", "greg k-h", "--D") when the author's name is given.
 */
public final class Sentences {

    private static final Pattern FOOTER_RULE = Pattern.compile("^_{10,}\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022+]|\\d{1,2}[.)]|\\(?[a-z]\\))\\s+\\S.*");
    private static final Pattern URL_ONLY = Pattern.compile("^\\s*(?:\\[\\d+]:?\\s*)?<?(?:https?|ftp|git)://\\S+>?\\s*$");
    private static final Pattern GREETING = Pattern.compile(
            "(?i)^(hi|hello|hey|dear|hallo|hiya|greetings|good (morning|afternoon|evening))\\b[^.!?]{0,40}[,!:]?$");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)^(thanks|thank you|many thanks|thanks again|thx|cheers|regards|best regards|kind regards|warm regards"
                    + "|best wishes|best|br|cordially|sincerely|yours|ciao|bye|take care|greetings|gr\\{oetje,eeting}s"
                    + "|have a nice day)(,?\\s+(a lot|again|so much|in advance|all|everyone|[\\p{L}.-]+))?\\s*[,.!:)(;-]*$");
    private static final Pattern LOG_LINE = Pattern.compile(
            "^\\s*(\\[\\s*\\d+\\.\\d+]|[\\w./-]+\\.[chS]:\\d+|\\S+:\\d+:\\d+:|\\$ |# |>>>|\\+\\+\\+ |--- |@@ ).*");
    /**
     * The words an attribution line ends with (before an optional colon): one list for {@link #ATTRIBUTION} and its
     * cheap pre-test {@link #endsLikeAttribution}.
     */
    private static final List<String> ATTRIBUTION_ENDS = List.of("wrote", "writes", "schrieb", "a écrit", "escreveu",
            "escribió", "scrisse", "schreef", "napisał");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(on|am|le|em|el|il|op|w dniu)\\b.{4,200}\\b(" + String.join("|", ATTRIBUTION_ENDS) + ")\\s*:?$"
                    + "|^.{0,120}<[^>]+@[^>]+>\\s+(wrote|writes):$");
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
    /** For {@link #isProse}, by ASCII character: letters, and the symbols that make a line code. */
    private static final boolean[] ASCII_LETTER = new boolean[128], CODE_SYMBOL = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_LETTER[c] = Character.isLetter(c);
        for (char c : "{}[]()<>=;&|*/\\_$#%^~+".toCharArray()) CODE_SYMBOL[c] = true;
    }

    private static final Pattern PSEUDO_HEADER = Pattern.compile("^(From|Date|Subject|To|Cc|Message-I[dD]):\\s.*");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "cf", "mr", "mrs", "ms",
            "dr", "prof", "approx", "incl", "resp", "viz", "al", "fig", "st", "jr", "sr", "no");

    private Sentences() {
    }

    /** The sentences of own text, with no sign-off detection. */
    public static List<String> of(String ownText) {
        return of(ownText, "");
    }

    /**
     * The sentences of own text.
     *
     * @param authorName the author's display name (may be empty): short lines that only repeat it or its initials
     *                   ("greg k-h", "A.", "-Kees") are a sign-off and left out
     */
    public static List<String> of(String ownText, String authorName) {
        List<String> out = new ArrayList<>();
        for (List<String> paragraph : paragraphs(ownText, authorName)) {
            split(Unwrapping.join(paragraph), out);
        }
        out.removeIf(s -> GREETING.matcher(s).matches() || CLOSING.matcher(s).matches());
        return out;
    }

    /** Paragraphs of prose lines (stripped), code and footers removed, bullets starting their own paragraph. */
    static List<List<String>> paragraphs(String ownText, String authorName) {
        List<List<String>> out = new ArrayList<>();
        if (ownText == null || ownText.isBlank()) return out;
        Set<String> nameWords = nameWords(authorName);
        String[] lines = LINE_BREAK.split(ownText, -1);
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FOOTER_RULE.matcher(line).matches() && i + 1 < lines.length
                    && lines[i + 1].toLowerCase(Locale.ROOT).contains("mailing list")) break;
            if (line.isBlank() || !isProse(line) || isSignOff(line, nameWords)) {
                flush(current, out);
                continue;
            }
            if (BULLET.matcher(line).matches()) flush(current, out);
            current.add(line.strip());
        }
        flush(current, out);
        return out;
    }

    private static void flush(List<String> current, List<List<String>> out) {
        if (!current.isEmpty()) out.add(new ArrayList<>(current));
        current.clear();
    }

    /** Whether a line reads as prose rather than code, a log, a diffstat, a table or a link. */
    public static boolean isProse(String line) {
        if (line.startsWith("\t") || line.startsWith("    ")) return false; // indented: code, logs, shortlogs
        String s = line.strip();
        if (s.isEmpty() || URL_ONLY.matcher(s).matches() || LOG_LINE.matcher(line).matches()) return false;
        if (PSEUDO_HEADER.matcher(s).matches()) return false; // "From: Jane <jane@example.org>" opening a patch
        // "On Wed, ... Jane wrote:" left without its quote
        if (endsLikeAttribution(s) && ATTRIBUTION.matcher(s).matches()) return false;
        if (s.contains(" | ") && s.matches(".*\\|\\s+\\d+ [-+]*\\s*$")) return false; // diffstat
        if (s.endsWith(";") || s.endsWith("{") || s.equals("}") || s.startsWith("#include") || s.startsWith("#define")
                || s.startsWith("//") || s.startsWith("/*") || s.startsWith("*/")) return false;
        int letters = 0, symbols = 0, spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? ASCII_LETTER[c] : Character.isLetter(c)) letters++;
            else if (c == ' ') spaces++;
            else if (c < 128 && CODE_SYMBOL[c]) symbols++;
        }
        if (letters < 2) return false;
        if (symbols * 4 > letters) return false;
        // one long token with no spaces (a hash, a path, a config symbol) is not a sentence
        return spaces > 0 || s.length() < 30;
    }

    /**
     * Whether a stripped line ends with one of {@link #ATTRIBUTION_ENDS}, a colon after it allowed: what every match of
     * {@link #ATTRIBUTION} does, tested without a regular expression (which, run on every line, cost more than the
     * rest of the sentence splitting).
     */
    private static boolean endsLikeAttribution(String s) {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == ':') end--;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        for (String word : ATTRIBUTION_ENDS) {
            if (end >= word.length() && s.regionMatches(true, end - word.length(), word, 0, word.length())) return true;
        }
        return false;
    }

    private static Set<String> nameWords(String name) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : Words.of(name == null ? "" : name)) {
            words.add(w);
            words.add(w.substring(0, 1));
            for (String part : w.split("-")) if (!part.isEmpty()) words.add(part.substring(0, 1));
        }
        return words;
    }

    /** A short line made only of the author's name, its parts or initials ("greg k-h", "A.", "--D", "Neil"). */
    private static boolean isSignOff(String line, Set<String> nameWords) {
        if (nameWords.isEmpty()) return false;
        String s = line.strip();
        if (s.length() > 30 || s.endsWith("?") || s.endsWith(":")) return false;
        List<String> w = Words.of(s);
        if (w.isEmpty() || w.size() > 3) return false;
        int known = 0;
        for (String x : w) {
            if (nameWords.contains(x) || x.length() <= 2 && nameWords.contains(x.substring(0, 1))) known++;
            else if (x.indexOf('-') > 0 && nameWords.contains(x.substring(0, 1))) known++; // "k-h"
        }
        return known == w.size() && (nameWords.contains(w.get(0)) || w.get(0).length() <= 2);
    }

    /** Splits a paragraph at sentence ends: . ! ? (and …) followed by space and a capital, digit, quote or bracket. */
    private static void split(String text, List<String> out) {
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') continue;
            int end = i + 1;
            while (end < n && ".!?\u2026".indexOf(text.charAt(end)) >= 0) end++;
            while (end < n && "\"')]\u201d\u2019".indexOf(text.charAt(end)) >= 0) end++;
            if (end >= n) break;
            if (!Character.isWhitespace(text.charAt(end))) {
                i = end - 1;
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) next++;
            if (next >= n) break;
            char following = text.charAt(next);
            boolean capital = Character.isUpperCase(following) || Character.isDigit(following)
                    || "\"'([\u201c<*_".indexOf(following) >= 0;
            boolean strong = c == '!' || c == '?' || end - i > 1;
            if (c == '.' && isAbbreviation(text, i)) {
                i = end - 1;
                continue;
            }
            if (capital || strong && !Character.isLowerCase(following) || strong && next - end >= 2) {
                add(text.substring(start, end), out);
                start = next;
            }
            i = end - 1;
        }
        if (start < n) add(text.substring(start), out);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) b--;
        String word = text.substring(b, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return false;
        if (word.equals("no")) {
            // "No." is a whole answer; "no. 5" is a number
            int j = dot + 1;
            while (j < text.length() && text.charAt(j) == ' ') j++;
            return j < text.length() && Character.isDigit(text.charAt(j));
        }
        if (ABBREVIATIONS.contains(word)) return true;
        return word.length() == 1 && Character.isUpperCase(text.charAt(b)) && b > 0 && text.charAt(b - 1) == ' '
                && dot + 2 < text.length() && Character.isUpperCase(text.charAt(dot + 2)); // "Darrick J. Wong"
    }

    private static void add(String sentence, List<String> out) {
        String s = sentence.strip();
        int letters = 0;
        for (int i = 0; i < s.length() && letters < 2; i++) if (Character.isLetter((int) s.charAt(i))) letters++;
        if (letters >= 2) out.add(s); // not "1." or "--"
    }
}
