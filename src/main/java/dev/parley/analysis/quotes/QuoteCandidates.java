package dev.parley.analysis.quotes;

import dev.parley.analysis.text.Sentences;
import dev.parley.analysis.text.Unwrapping;
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
 * headers blanked first ({@link CodeLines}), and the prose the message's patch adds to documentation. A lead-in that
 * ends in a colon and the short list it introduces (indented or bulleted items, as a policy lists its terms) are one
 * candidate, as articles print them. Each candidate carries the sentence before it in its paragraph as context.
 */
public final class QuoteCandidates {

    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(wrote|writes|said)\\s*:?\\s*$");
    /** A list item's marker ("- ", "* ", "1. ", "(a) ", "o "): not part of the sentence. */
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+o\u2022]|\\d{1,2}[.)]|\\(?[a-z]\\))\\s+(?=\\S)");
    /** A list item a lead-in may introduce: indented or bulleted, short, and not code. */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\s+|\\s*[-*\u2022]\\s+)\\S.{0,78}$");
    private static final int MIN_WORDS = 3;
    private static final int MAX_CHARS = 400;
    /** A lead-in with its list: at most this many items and characters. */
    private static final int MAX_ITEMS = 8;
    private static final int MAX_LIST_CHARS = 320;

    /**
     * One candidate sentence.
     *
     * @param text the sentence as {@link Sentences} made it (hard wrapping undone), or a lead-in with its list
     * @param context the sentence right before it in the same paragraph, or empty
     * @param origin own text or proposed documentation text
     * @param file the documentation file, for proposed text; else empty
     */
    public record Candidate(String text, String context, Quote.Origin origin, String file) {
    }

    private QuoteCandidates() {
    }

    /** The candidates of one message, in message order (own text first, then proposed documentation text). */
    public static List<Candidate> of(ParsedMessage message, String authorName) {
        List<Candidate> out = new ArrayList<>();
        for (Segment s : message.body().segments(Segment.Kind.OWN)) {
            add(s.text(), authorName, Quote.Origin.OWN_TEXT, "", out);
        }
        for (DiffSummary.FileAddition added : message.body().diff().addedByFile()) {
            if (isDocumentation(added.file())) add(String.join("\n", added.lines()), "", Quote.Origin.PROPOSED_TEXT, added.file(), out);
        }
        return out;
    }

    private static void add(String text, String authorName, Quote.Origin origin, String file, List<Candidate> out) {
        String unwrapped = Unwrapping.unwrap(text);
        String previous = "";
        for (String sentence : Sentences.of(CodeLines.mask(text), authorName)) {
            sentence = withoutBullet(sentence);
            // the one before counts as context only where it runs straight into this one
            String context = !previous.isEmpty() && unwrapped.contains(previous + " " + sentence) ? previous : "";
            if (acceptable(sentence)) out.add(new Candidate(sentence, context, origin, file));
            previous = sentence;
        }
        for (String list : lists(text, authorName)) out.add(new Candidate(list, "", origin, file));
    }

    /**
     * Lead-ins that end in a colon with the short list that follows them in the same paragraph ("Recommended
     * replacements are:" and its indented terms), each as one text exactly as {@link Unwrapping} joins it.
     */
    static List<String> lists(String text, String authorName) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            String lead = lines[i].strip();
            if (!lead.endsWith(":") || !Sentences.isProse(lines[i]) || lines[i].startsWith(" ") || lines[i].startsWith("\t")) {
                continue;
            }
            List<String> items = new ArrayList<>();
            int j = i + 1;
            while (j < lines.length && items.size() <= MAX_ITEMS && LIST_ITEM.matcher(lines[j]).matches()
                    && !CodeLines.isCode(lines[j].strip()) && Words.of(lines[j]).size() >= 1) {
                items.add(lines[j].strip());
                j++;
            }
            if (items.size() < 2 || items.size() > MAX_ITEMS || j < lines.length && !lines[j].isBlank()) continue;
            // the lead-in's own sentence: the last one of its paragraph's lines up to the colon
            int start = i;
            while (start > 0 && !lines[start - 1].isBlank()) start--;
            List<String> leadSentences = Sentences.of(String.join("\n", java.util.Arrays.asList(lines).subList(start, i + 1)), authorName);
            if (leadSentences.isEmpty() || !leadSentences.get(leadSentences.size() - 1).endsWith(":")) continue;
            String unit = leadSentences.get(leadSentences.size() - 1) + " " + String.join(" ", items);
            if (unit.length() <= MAX_LIST_CHARS) out.add(unit);
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
