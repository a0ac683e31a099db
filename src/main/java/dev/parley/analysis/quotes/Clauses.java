package dev.parley.analysis.quotes;

import dev.parley.analysis.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of a long sentence that an attribution line could quote on their own ("to get stuff working today,
 * for users, it's good to have it in staging"): the pieces between clause breaks (", but", ", and", ", so", a
 * semicolon, a dash, a colon), alone or two neighbours together, each exactly as written, without a joining word in
 * front. Breaks inside quotation marks do not count.
 */
final class Clauses {

    /** Shorter sentences are quoted whole. */
    static final int MIN_SENTENCE = 140;
    private static final int MIN_CLAUSE = 30;
    private static final int MIN_WORDS = 5;
    private static final Pattern BREAK = Pattern.compile(", (?=(?:but|and|so|because|which|while|although|though) )"
            + "|; | -- | - | \u2014 |: ");
    private static final Pattern LEADING = Pattern.compile("^(?:but|and|so|because|which|while|although|though),?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Set<Character> QUOTES = Set.of('"', '\u201c', '\u201d');
    /** A clause that opens with a relative word leans on the one before it ("who sees every CVE"). */
    private static final Pattern RELATIVE = Pattern.compile("^(?:who|whom|whose|which|that|where|when|whereas|as)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Verbs that make a clause a statement of its own: auxiliaries, copulas, and the verbs of opinion. */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "will", "would", "can", "could",
            "should", "must", "do", "does", "did", "has", "have", "had", "isn't", "aren't", "wasn't", "weren't", "don't",
            "doesn't", "didn't", "won't", "wouldn't", "can't", "shouldn't", "it's", "that's", "there's", "i'm",
            "we're", "you're", "they're", "i've", "we've", "i'll", "we'll", "think", "believe", "agree", "disagree");

    private Clauses() {
    }

    /** The clauses of a sentence of {@value #MIN_SENTENCE} characters or more, in order; none for a shorter one. */
    static List<String> of(String sentence) {
        List<String> out = new ArrayList<>();
        if (sentence.length() < MIN_SENTENCE) return out;
        List<int[]> pieces = new ArrayList<>(); // [start, end) of each piece, breaks left out
        int start = 0;
        Matcher m = BREAK.matcher(sentence);
        while (m.find()) {
            if (insideQuotes(sentence, m.start())) continue;
            pieces.add(new int[]{start, m.start()});
            start = m.end();
        }
        if (pieces.isEmpty()) return out;
        pieces.add(new int[]{start, sentence.length()});
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i; j < Math.min(pieces.size(), i + 2); j++) {
                if (i == 0 && j == pieces.size() - 1) continue; // the whole sentence
                String clause = LEADING.matcher(sentence.substring(pieces.get(i)[0], pieces.get(j)[1]).strip()).replaceFirst("");
                if (clause.length() >= MIN_CLAUSE && Words.of(clause).size() >= MIN_WORDS
                        && !RELATIVE.matcher(clause).find() && balanced(clause)) {
                    out.add(clause);
                }
            }
        }
        return out;
    }

    /**
     * Whether the clause is what follows a "but" in its sentence and says something of its own: it has a verb of its
     * own ("it's good to have it in staging"), not only a phrase ("without having to plan two sites").
     */
    static boolean followsBut(String sentence, String clause) {
        if (!sentence.contains("but " + clause) && !sentence.contains("But " + clause)) return false;
        return Words.of(clause).stream().anyMatch(FINITE::contains);
    }

    /** Whether brackets and double quotes open and close inside the clause (no "developers) who are..."). */
    private static boolean balanced(String clause) {
        int depth = 0, quotes = 0;
        for (char c : clause.toCharArray()) {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return false;
            else if (c == '"') quotes++;
        }
        return depth == 0 && quotes % 2 == 0;
    }

    private static boolean insideQuotes(String s, int at) {
        int n = 0;
        for (int i = 0; i < at; i++) if (QUOTES.contains(s.charAt(i))) n++;
        return n % 2 == 1;
    }
}
