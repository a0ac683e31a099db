package dev.parley.analysis.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word pattern for the stance lexicon, matched on the lower-case words of one clause. Syntax, tokens separated by
 * spaces: {@code a|b} alternatives, where an alternative of several words joins them with {@code _}
 * ({@code i'll|i_will} is "i'll" or "i will"); a trailing {@code ?} makes a token optional; {@code *} is exactly one
 * word and {@code *3} zero to three words; a leading {@code ^} anchors at the clause start, a trailing {@code $} at
 * its end.
 */
public final class Phrase {

    private record Token(List<List<String>> alternatives, boolean optional, int gap) {
    }

    /** Compiled once: the lexicon compiles some 460 patterns when a process first reads a debate. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\|");
    private static final Pattern JOINED_WORDS = Pattern.compile("_(?=[^_])");

    private final String source;
    private final List<Token> tokens;
    private final boolean anchoredStart;
    private final boolean anchoredEnd;

    private Phrase(String source, List<Token> tokens, boolean start, boolean end) {
        this.source = source;
        this.tokens = tokens;
        this.anchoredStart = start;
        this.anchoredEnd = end;
    }

    static Phrase compile(String pattern) {
        List<Token> tokens = new ArrayList<>();
        boolean start = false, end = false;
        for (String t : SPACES.split(pattern.strip())) {
            if (t.equals("^")) {
                start = true;
                continue;
            }
            if (t.equals("$")) {
                end = true;
                continue;
            }
            if (t.startsWith("*")) {
                tokens.add(new Token(List.of(), false, t.length() == 1 ? 1 : Integer.parseInt(t.substring(1))));
                continue;
            }
            boolean optional = t.endsWith("?");
            if (optional) t = t.substring(0, t.length() - 1);
            List<List<String>> alternatives = new ArrayList<>();
            for (String a : ALTERNATIVES.split(t)) alternatives.add(List.of(JOINED_WORDS.split(a)));
            tokens.add(new Token(List.copyOf(alternatives), optional, 0));
        }
        return new Phrase(pattern, List.copyOf(tokens), start, end);
    }

    /** Where the pattern matches in the words: {start, end (exclusive)}, or null. The first match wins. */
    int[] find(List<String> words) {
        int last = anchoredStart ? 0 : words.size() - 1;
        for (int s = 0; s <= last && s < words.size(); s++) {
            int e = match(0, words, s);
            if (e >= 0) return new int[]{s, e};
        }
        return null;
    }

    private int match(int ti, List<String> words, int wi) {
        if (ti == tokens.size()) return !anchoredEnd || wi == words.size() ? wi : -1;
        Token t = tokens.get(ti);
        if (t.gap > 0) {
            int from = t.gap == 1 ? 1 : 0; // "*" is exactly one word, "*N" zero to N
            for (int k = from; k <= t.gap && wi + k <= words.size(); k++) {
                int e = match(ti + 1, words, wi + k);
                if (e >= 0) return e;
            }
            return -1;
        }
        for (List<String> alt : t.alternatives) {
            if (wi + alt.size() > words.size()) continue;
            boolean ok = true;
            for (int k = 0; k < alt.size() && ok; k++) ok = alt.get(k).equals(words.get(wi + k));
            if (!ok) continue;
            int e = match(ti + 1, words, wi + alt.size());
            if (e >= 0) return e;
        }
        return t.optional ? match(ti + 1, words, wi) : -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
