package dev.parley.analysis.quotes;

import dev.parley.analysis.text.Words;
import dev.parley.analysis.tone.ToneScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How quotable one sentence is, 0 to 1, with the reasons. What a journalist looks for, each a signed contribution:
 * <ul>
 * <li>on the proposal rather than on a side detail: its content words overlap the thread's topic (the proposal's
 * subject and text, and words many participants use);</li>
 * <li>opinionated or decisive: absolutes and verdicts ("never", "must", "the proof"), a stance signal the debate
 * analysis found in the very sentence, a strong tone; hedges ("maybe", "I guess") and questions count against;</li>
 * <li>self-contained: a sentence that opens with a pronoun pointing back ("This is...", "It was...", "That never
 * happened.") or a joining word ("And", "But", "So") needs the sentence before it;</li>
 * <li>neither too short nor too long, and more words than identifiers.</li>
 * </ul>
 */
final class Quotability {

    /** Words and phrases of verdict and certainty. */
    private static final List<List<String>> DECISIVE = phrases("never", "always", "nobody", "no one", "everyone",
            "everybody", "nothing", "none", "entirely", "completely", "totally", "must", "should", "should not",
            "shouldn't", "cannot", "can't", "won't", "will not", "need to", "has to", "have to", "let's", "refuse",
            "nak", "nack", "unacceptable", "not acceptable", "wrong", "the right", "proof", "clearly", "obviously",
            "simply", "the point", "enough", "time to", "makes no sense", "doesn't work", "does not work",
            "the worst", "the best", "mess", "broken", "failed", "failure", "i think", "i believe", "in my opinion",
            "i'd rather", "i would rather", "i agree", "i disagree", "i object", "i am against", "i'm against",
            "no way", "absolutely", "certainly", "fundamentally", "the only");
    /** Words and phrases of doubt. */
    private static final List<List<String>> HEDGES = phrases("maybe", "perhaps", "probably", "possibly", "might",
            "not sure", "i guess", "i wonder", "i suppose", "iirc", "afaik", "afaict", "not certain", "kind of",
            "sort of", "somewhat");
    /** Pronouns that, opening a sentence, usually point back to something said before. */
    private static final Set<String> POINTING = Set.of("this", "that", "these", "those", "it", "they", "he", "she");
    /** Words that follow a pointing pronoun when it stands for a noun ("This is", "That never"), not determiners. */
    private static final Set<String> VERB_AFTER = Set.of("is", "was", "are", "were", "will", "would", "has", "have",
            "had", "does", "did", "do", "can", "could", "should", "may", "might", "must", "seems", "sounds", "looks",
            "means", "makes", "just", "also", "only", "not", "never", "really", "isn't", "wasn't", "doesn't",
            "didn't", "won't", "can't", "shouldn't", "wouldn't", "all", "alone", "again", "too", "works",
            "breaks", "happened", "needs", "needed", "sucks", "helps", "depends");
    private static final Set<String> JOINING = Set.of("and", "but", "so", "also", "or", "then", "otherwise", "besides",
            "plus", "which", "because", "though", "although", "however", "anyway", "still", "instead");

    /** A token that is code rather than a word: an identifier with underscores, a call, a path, a file, hex. */
    private static final Pattern IDENTIFIER = Pattern.compile("_|\\(\\)|/|\\.[ch]\\b|0x|::|->");
    /** A sentence that ends as sentences do (a closing quote or bracket may follow the full stop). */
    private static final Pattern CLOSED = Pattern.compile("[.!?\u2026][\"')\u201d\u2019]*$");

    private final Map<String, Double> topic;
    private final ToneScorer tone;

    /**
     * @param topic the thread's topic terms (stemmed, as {@link TopicTerms#of}) and how central each is, 0 to 1
     * @param tone the tone scorer, applied to the one sentence
     */
    Quotability(Map<String, Double> topic, ToneScorer tone) {
        this.topic = topic;
        this.tone = tone;
    }

    record Score(double value, List<String> reasons) {
    }

    /**
     * @param sentence the candidate
     * @param terms its content terms ({@link TopicTerms#of})
     * @param stanceWeight the weight of the stance evidence the debate found in this sentence (0 if none)
     * @param stanceCue that evidence's cue id, or empty
     */
    Score score(String sentence, Set<String> terms, double stanceWeight, String stanceCue) {
        List<String> reasons = new ArrayList<>();
        double raw = 0;

        // on the proposal
        double sum = 0;
        List<String> onTopic = new ArrayList<>();
        for (String t : terms) {
            double w = topic.getOrDefault(t, 0.0);
            sum += w;
            if (w >= 0.5 && onTopic.size() < 4) onTopic.add(t);
        }
        // density (share of the words that are on topic) and coverage (how much of the topic it touches), half each
        double topicality = terms.isEmpty() ? 0 : 0.5 * sum / terms.size() + 0.5 * Math.min(1, sum / 5);
        raw += 0.6 * topicality;
        if (topicality >= 0.4) reasons.add("on the proposal (" + String.join(", ", onTopic) + ")");
        else if (topicality < 0.15) reasons.add("off the proposal's topic");

        // decisive, opinionated
        List<String> words = Words.of(sentence);
        List<String> decisive = matches(words, DECISIVE);
        if (!decisive.isEmpty()) {
            raw += Math.min(0.45, 0.15 * decisive.size());
            reasons.add("decisive (" + String.join(", ", decisive) + ")");
        }
        List<String> hedges = matches(words, HEDGES);
        if (!hedges.isEmpty()) {
            raw -= Math.min(0.3, 0.12 * hedges.size());
            reasons.add("hedged (" + String.join(", ", hedges) + ")");
        }
        if (Math.abs(stanceWeight) >= 0.1) {
            raw += 0.35 * Math.min(1, Math.abs(stanceWeight));
            reasons.add("states a position (" + stanceCue + ")");
        }
        double heat = Math.abs(tone.score(sentence).score());
        if (heat >= 0.3) {
            raw += 0.2 * Math.min(1, heat);
            reasons.add("strong tone");
        }
        if (sentence.endsWith("?")) {
            raw -= 0.2;
            reasons.add("a question");
        }

        // self-contained: a joining word first, then a pronoun pointing back ("So this needs...")
        int k = 0;
        if (!words.isEmpty() && JOINING.contains(words.get(0))) {
            raw -= 0.15;
            reasons.add("leans on the sentence before ('" + sentence.split("[\\s,]", 2)[0] + "')");
            k = 1;
        }
        String first = words.size() > k ? words.get(k) : "";
        String second = words.size() > k + 1 ? words.get(k + 1) : "";
        if (first.equals("it") || first.equals("it's")) {
            boolean introduces = words.subList(k, Math.min(k + 6, words.size())).stream()
                    .anyMatch(w -> w.equals("to") || w.equals("that") || w.equals("time") || w.equals("clear"));
            if (!introduces) {
                raw -= 0.3;
                reasons.add("a dangling 'it' near the start");
            }
        } else if (POINTING.contains(first) && (VERB_AFTER.contains(second) || second.isEmpty())
                || first.endsWith("'s") && POINTING.contains(first.substring(0, first.length() - 2))) {
            raw -= 0.3;
            reasons.add("a dangling '" + first + "' near the start");
        }

        // length and technicality
        int length = sentence.length();
        if (length < 30) {
            raw -= 0.5;
            reasons.add("very short");
        } else if (length < 50) {
            raw -= 0.2;
            reasons.add("short");
        } else if (length > 300) {
            raw -= 0.4;
            reasons.add("very long");
        } else if (length > 220) {
            raw -= 0.15;
            reasons.add("long");
        }
        int identifiers = 0;
        for (String token : sentence.split("\\s+")) {
            if (IDENTIFIER.matcher(token).find()) identifiers++;
        }
        double identifierShare = identifiers / (double) Math.max(1, words.size());
        if (identifierShare > 0.15) {
            raw -= Math.min(0.4, identifierShare);
            reasons.add("technical (identifiers, paths)");
        }
        if (!CLOSED.matcher(sentence).find()) {
            raw -= 0.1;
            reasons.add("no closing punctuation");
        }

        double value = 1 / (1 + Math.exp(-3 * (raw - 0.3)));
        return new Score(Math.round(value * 1000) / 1000.0, reasons);
    }

    private static List<List<String>> phrases(String... entries) {
        List<List<String>> out = new ArrayList<>();
        for (String e : entries) out.add(Words.of(e));
        return out;
    }

    /** The phrases that occur in the words, each once, as written in the lexicon. */
    private static List<String> matches(List<String> words, List<List<String>> lexicon) {
        List<String> out = new ArrayList<>();
        for (List<String> phrase : lexicon) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (words.subList(i, i + phrase.size()).equals(phrase)) {
                    out.add(String.join(" ", phrase).toLowerCase(Locale.ROOT));
                    break;
                }
            }
        }
        return out;
    }
}
