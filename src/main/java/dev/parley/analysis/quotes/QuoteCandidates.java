package dev.parley.analysis.quotes;

import dev.parley.analysis.text.Sentences;
import dev.parley.analysis.text.Words;
import dev.parley.mail.DiffSummary;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentences of one message that may be quoted: whole sentences of the author's own new text (OWN segments only:
 * never quoted text, attribution lines, trailers, signatures or diffs), with code, logs, traces, prompts and pasted
 * headers blanked first ({@link CodeLines}), and the prose the message's patch adds to documentation.
 */
public final class QuoteCandidates {

    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(wrote|writes|said)\\s*:?\\s*$");
    /** A list item's marker ("- ", "* ", "1. ", "(a) ", "o "): not part of the sentence. */
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+o\u2022]|\\d{1,2}[.)]|\\(?[a-z]\\))\\s+(?=\\S)");
    private static final int MIN_WORDS = 4;
    private static final int MAX_CHARS = 400;

    /**
     * One candidate sentence.
     *
     * @param text the sentence as {@link Sentences} made it (hard wrapping undone)
     * @param origin own text or proposed documentation text
     * @param file the documentation file, for proposed text; else empty
     */
    public record Candidate(String text, Quote.Origin origin, String file) {
    }

    private QuoteCandidates() {
    }

    /** The candidates of one message, in message order (own text first, then proposed documentation text). */
    public static List<Candidate> of(ParsedMessage message, String authorName) {
        List<Candidate> out = new ArrayList<>();
        for (Segment s : message.body().segments(Segment.Kind.OWN)) {
            for (String sentence : Sentences.of(CodeLines.mask(s.text()), authorName)) {
                sentence = withoutBullet(sentence);
                if (acceptable(sentence)) out.add(new Candidate(sentence, Quote.Origin.OWN_TEXT, ""));
            }
        }
        for (DiffSummary.FileAddition added : message.body().diff().addedByFile()) {
            if (!isDocumentation(added.file())) continue;
            for (String sentence : Sentences.of(CodeLines.mask(String.join("\n", added.lines())))) {
                sentence = withoutBullet(sentence);
                if (acceptable(sentence)) out.add(new Candidate(sentence, Quote.Origin.PROPOSED_TEXT, added.file()));
            }
        }
        return out;
    }

    /** The sentence without a list item's marker in front (what follows the marker is still verbatim). */
    static String withoutBullet(String sentence) {
        return BULLET.matcher(sentence).replaceFirst("");
    }

    /** Documentation a patch may add prose to: anything under Documentation/, and .rst and .txt files. */
    public static boolean isDocumentation(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        return file.startsWith("Documentation/") || f.endsWith(".rst") || f.endsWith(".txt");
    }

    /**
     * Whether a sentence can stand as a quote at all: a few words at least, not overlong, not a fragment that
     * starts in lower case (unless with an identifier), not a lead-in to something else (ending in ":" or ",").
     */
    static boolean acceptable(String sentence) {
        if (sentence.length() > MAX_CHARS) return false;
        List<String> words = Words.of(sentence);
        if (words.size() < MIN_WORDS) return false;
        char first = sentence.charAt(0);
        if (Character.isLowerCase(first)) {
            String firstWord = sentence.split("\\s+", 2)[0];
            if (firstWord.indexOf('_') < 0 && firstWord.indexOf('(') < 0) return false;
        }
        char last = sentence.charAt(sentence.length() - 1);
        if (last == ':' || last == ',' || last == ';' || last == '-') return false;
        return !ATTRIBUTION.matcher(sentence).find();
    }
}
