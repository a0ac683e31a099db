package dev.parley.analysis.tone;

import dev.parley.analysis.text.Sentences;
import dev.parley.analysis.text.Words;
import dev.parley.analysis.tone.ToneLexicon.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message's own text the way a list reader does, sentence by sentence, into a few named numbers for the
 * tone model, keeping the words behind each as evidence. The text is the author's own (quotes, patches, signatures
 * and attribution lines already out; {@link Sentences} also drops code, logs, list footers, greetings and
 * sign-offs such as "Thanks,"). Politeness formulas ("thanks for the patch", "looks good") are counted apart from
 * warmth so that the model can discount them; each negative word gets a target from the words around it in its
 * sentence (the reader, someone named, the writer himself, a technical object such as a bug, or else the work, a
 * design or a process); negators turn warm words around, intensifiers strengthen the next cue.
 */
public final class ToneFeatures {

    /** What a piece of evidence is: a lexicon kind, or a signal of how the text is written. */
    public enum Signal {
        WARM, POLITE, DISPLEASED, CRITICAL, CONTEMPT, INSULT, PROFANE, HOSTILE,
        /** Words in capitals beside each other ("YOU ARE WRONG"). */
        SHOUTING,
        /** "!!", "?!". */
        EXCLAMATIONS,
        /** A letter drawn out ("AAARRRGH", "sooo"). */
        LENGTHENING,
        /** A frowning face. */
        FROWN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whom or what the words of a cue are aimed at. */
    public enum Target { PERSON, SELF, THING, OTHER }

    /**
     * One cue found.
     *
     * @param text the words as written
     * @param weight its strength (the lexicon's weight, intensified)
     * @param sentence the index of its sentence
     */
    public record Found(Signal signal, String text, double weight, Target target, int sentence) {
    }

    /**
     * What one message's own text shows.
     *
     * @param values one per {@link Feature}
     * @param found every cue, in text order
     */
    public record Reading(double[] values, List<Found> found) {
    }

    /** The features, in the order of {@link Reading#values()}: sums of cue weights and counts, unless said otherwise. */
    public enum Feature {
        WARM, POLITE, DISPLEASED, CRITICAL, CONTEMPT, INSULT, PROFANE, HOSTILE,
        // no feature for the cues aimed at a person: "you" is as often generic ("you can't fix it by rebooting") as the
        // reader, and with it the grouped CV lost heated precision on the 867 labels (0.917 -> 0.800, macro-F1 0.630 ->
        // 0.588); the target still ranks the evidence
        /** Weight of the negative and hostile cues aimed at the writer himself or at a technical object. */
        AIMED_AT_SELF_OR_THING,
        /** The largest sum of hostile cue weights in one sentence. */
        STRONGEST_SENTENCE,
        /** Sentences of a few words with a hostile cue ("That's stupid.", "Bullshit, Dave."). */
        CURT_HOSTILITY,
        SHOUTING,
        /** Words in *stars* or _underscores_, and single emphatic words in capitals ("NOT"). */
        EMPHASIS,
        EXCLAMATIONS, EXCLAMATION_MARKS, SMILEYS, FROWNS, LENGTHENING,
        /** Single words in quotation marks ("fixes", "clever"): often sarcasm. */
        SCARE_QUOTES,
        /** Questions with a person in them ("did you even ...?"). */
        POINTED_QUESTIONS,
        /** The share of sentences that are questions (0 to 1). */
        QUESTION_SHARE(true),
        /** The share of sentences with a negative or hostile cue (0 to 1). */
        NEGATIVE_SHARE(true),
        WORDS;

        /** A share from 0 to 1, used as it is; the others are counts and sums, used as their logarithm. */
        private final boolean share;

        Feature() {
            this(false);
        }

        Feature(boolean share) {
            this.share = share;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The features' names, in the order of {@link Reading#values()}. */
    public static final List<String> NAMES = java.util.Arrays.stream(Feature.values()).map(Feature::id).toList();

    private static final int WINDOW = 6;
    /** A sentence of at most this many words is a curt one. */
    private static final int CURT = 6;
    private static final int MAX_CHARS = 20_000;
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])[A-Za-z][A-Za-z' -]{0,40}[A-Za-z]\\1(?![\\w*])");
    private static final Pattern SCARE_QUOTE = Pattern.compile("(?<!\\w)[\"\u201c][a-z][a-z-]{2,20}[\"\u201d](?!\\w)");
    private static final Pattern SMILEY = Pattern.compile("(?<![\\w:])[:;]-?[)D](?!\\w)|\\\\o/|\\^_\\^");
    private static final Pattern FROWN = Pattern.compile("(?<![\\w:]):-?\\((?!\\w)");
    private static final Pattern MUSING = Pattern.compile("(?i)(h|u|e)?m+");
    private static final Pattern LENGTHENED = Pattern.compile("(?i)([a-z])\\1\\1");
    private static final Pattern QUOTED = Pattern.compile(
            "(?<!\\w)(?:\"[^\"]{1,80}\"|\u201c[^\u201d]{1,80}\u201d|'[^']{1,80}')(?!\\w)");
    /** Words in capitals apart only by spaces, not parts of a path, a name with dots or a hyphenated word. */
    private static final Pattern CAPITALS_RUN = Pattern.compile(
            "(?<![\\w/-]|\\w\\.)[A-Z][A-Z']+(?:[ \\t]+[A-Z][A-Z']+)+(?![\\w/-]|\\.\\w)");
    private static final Pattern VOCATIVE_FIRST = Pattern.compile("^([A-Z][a-z]+),\\s");
    private static final Pattern VOCATIVE_LAST = Pattern.compile(",\\s+([A-Z][a-z]+)[.!?]*$");

    private final ToneLexicon lexicon;

    public ToneFeatures(ToneLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Reading read(String ownText) {
        double[] v = new double[NAMES.size()];
        List<Found> found = new ArrayList<>();
        if (ownText == null || ownText.isBlank()) return new Reading(v, found);
        String text = ownText.length() > MAX_CHARS ? ownText.substring(0, MAX_CHARS) : ownText;
        List<String> sentences = Sentences.of(text);
        int questions = 0, negative = 0;
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            // words in quotation marks are someone else's
            String said = hasAny(sentence, "\"\u201c'") ? QUOTED.matcher(sentence).replaceAll(" ") : sentence;
            List<String> written = Words.asWritten(said);
            List<String> writtenAll = said.equals(sentence) ? written : Words.asWritten(sentence);
            List<String> lower = new ArrayList<>(written.size());
            for (String w : written) lower.add(w.toLowerCase(Locale.ROOT));
            add(v, Feature.WORDS, lower.size());
            if (sentence.endsWith("?")) {
                questions++;
                if (lower.stream().anyMatch(w -> lexicon.is(Kind.PERSON, w))) add(v, Feature.POINTED_QUESTIONS, 1);
            }
            int before = found.size();
            cues(said, written, lower, s, found);
            shouting(said, written, s, found, v);
            signals(sentence, writtenAll, s, found, v);
            double hostility = 0;
            boolean displeasure = false;
            for (Found f : found.subList(before, found.size())) {
                if (heated(f.signal)) hostility += f.weight;
                displeasure |= f.signal != Signal.WARM && f.signal != Signal.POLITE;
            }
            v[Feature.STRONGEST_SENTENCE.ordinal()] = Math.max(v[Feature.STRONGEST_SENTENCE.ordinal()], hostility);
            if (hostility > 0 && lower.size() <= CURT) add(v, Feature.CURT_HOSTILITY, 1);
            if (displeasure) negative++;
        }
        for (Found f : found) {
            Feature feature = switch (f.signal) {
                case WARM -> Feature.WARM;
                case POLITE -> Feature.POLITE;
                case DISPLEASED -> Feature.DISPLEASED;
                case CRITICAL -> Feature.CRITICAL;
                case CONTEMPT -> Feature.CONTEMPT;
                case INSULT -> Feature.INSULT;
                case PROFANE -> Feature.PROFANE;
                case HOSTILE -> Feature.HOSTILE;
                default -> null; // counted where they were found
            };
            if (feature != null) add(v, feature, f.weight);
            if (f.signal == Signal.WARM || f.signal == Signal.POLITE) continue;
            if (f.target == Target.SELF || f.target == Target.THING) add(v, Feature.AIMED_AT_SELF_OR_THING, f.weight);
        }
        v[Feature.QUESTION_SHARE.ordinal()] = sentences.isEmpty() ? 0 : (double) questions / sentences.size();
        v[Feature.NEGATIVE_SHARE.ordinal()] = sentences.isEmpty() ? 0 : (double) negative / sentences.size();
        // counts and sums are heavy-tailed (one long rant holds dozens of cues): their logarithm keeps one message
        // from deciding a weight, and makes the second cue count less than the first
        for (Feature f : Feature.values()) if (!f.share) v[f.ordinal()] = Math.log1p(v[f.ordinal()]);
        return new Reading(v, found);
    }

    private static void add(double[] v, Feature f, double amount) {
        v[f.ordinal()] += amount;
    }

    /** The signals that make evidence for heated: contempt, insults, swearing, attacks and shouting. */
    public static boolean heated(Signal s) {
        return s == Signal.CONTEMPT || s == Signal.INSULT || s == Signal.PROFANE || s == Signal.HOSTILE
                || s == Signal.SHOUTING;
    }

    /** The lexicon's cues of one sentence, negated, intensified and aimed. */
    private void cues(String sentence, List<String> written, List<String> lower, int s, List<Found> found) {
        Boolean vocative = null; // read when the sentence has a cue: most have none
        for (int i = 0; i < lower.size(); i++) {
            ToneLexicon.Cue cue = lexicon.match(lower, i);
            if (cue == null) continue;
            int end = i + cue.words().size();
            Signal signal = switch (cue.kind()) {
                case WARM -> Signal.WARM;
                case POLITE -> Signal.POLITE;
                case DISPLEASED -> Signal.DISPLEASED;
                case CRITICAL -> Signal.CRITICAL;
                case CONTEMPT -> Signal.CONTEMPT;
                case INSULT -> Signal.INSULT;
                case PROFANE -> Signal.PROFANE;
                case HOSTILE -> Signal.HOSTILE;
                default -> null; // neutral senses and person phrases: nothing to count here
            };
            if (signal != null) {
                boolean hostile = signal == Signal.CONTEMPT || signal == Signal.INSULT;
                boolean negated = hostile ? flatlyNegated(lower, i) : negated(lower, i);
                double weight = cue.weight() * (1 + intensity(lower, i));
                if (negated && signal == Signal.WARM) {
                    signal = Signal.DISPLEASED; // "not great"
                    weight *= 0.5;
                } else if (negated && (signal == Signal.DISPLEASED || signal == Signal.CRITICAL || hostile)) {
                    signal = null; // "not a problem", "not stupid"
                }
                if (signal != null) {
                    String words = String.join(" ", written.subList(i, end));
                    if (vocative == null) vocative = vocative(sentence);
                    found.add(new Found(signal, words, weight, target(lower, i, end, vocative), s));
                }
            }
            i = end - 1;
        }
    }

    private boolean negated(List<String> lower, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) if (lexicon.is(Kind.NEGATOR, lower.get(k))) return true;
        return false;
    }

    /** "not stupid", "isn't garbage" (but "without the idiotic detour" and "no fucking way" stay what they are). */
    private static boolean flatlyNegated(List<String> lower, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) {
            String w = lower.get(k);
            if (w.equals("not") || w.endsWith("n't") || w.equals("cannot")) return true;
        }
        return false;
    }

    /** Half as much again after an intensifier ("complete garbage", "really annoyed"). */
    private double intensity(List<String> lower, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) if (lexicon.is(Kind.INTENSIFIER, lower.get(k))) return 0.5;
        return 0;
    }

    /** The reader or a named person near the cue, else the writer or a technical object right beside it, else other. */
    private Target target(List<String> lower, int from, int to, boolean vocative) {
        if (vocative) return Target.PERSON;
        for (int k = Math.max(0, from - WINDOW); k < Math.min(lower.size(), to + WINDOW); k++) {
            if (k >= from && k < to) continue;
            String w = lower.get(k);
            if (lexicon.is(Kind.PERSON, w)) return Target.PERSON;
            ToneLexicon.Cue phrase = lexicon.match(lower, k);
            if (phrase != null && phrase.kind() == Kind.PERSON) return Target.PERSON;
        }
        for (int k = Math.max(0, from - 3); k < Math.min(lower.size(), to + 3); k++) {
            if (k >= from && k < to) continue;
            if (lexicon.is(Kind.SELF, lower.get(k))) return Target.SELF;
            if (lexicon.is(Kind.THING, lower.get(k))) return Target.THING;
        }
        return Target.OTHER;
    }

    /** "Kent, your argument ...", "Bullshit, Dave.": a name said to the reader. */
    private boolean vocative(String sentence) {
        if (sentence.indexOf(',') < 0) return false;
        for (Matcher m : List.of(VOCATIVE_FIRST.matcher(sentence), VOCATIVE_LAST.matcher(sentence))) {
            if (!m.find()) continue;
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!lexicon.is(Kind.DISCOURSE, name) && lexicon.match(List.of(name), 0) == null) return true;
        }
        return false;
    }

    /**
     * Words in capitals beside each other, apart only by spaces: three or more, or two with an emphatic one ("YOU ARE
     * WRONG", "DID NOT"), in a sentence written mostly in lower case (a sentence mostly in capitals is a heading, a
     * table or spam, not someone raising the voice).
     */
    private void shouting(String sentence, List<String> words, int s, List<Found> found, double[] v) {
        int capsWords = 0;
        for (String w : words) if (capitals(w)) capsWords++;
        if (capsWords == 0) return; // most sentences: nothing in capitals
        int lowerWords = 0;
        for (String w : words) if (!capitals(w) && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '\'' || c == '-')) lowerWords++;
        if (lowerWords < capsWords) return;
        Matcher m = CAPITALS_RUN.matcher(sentence);
        while (m.find()) {
            String[] run = m.group().split("[ \t]+");
            boolean emphatic = false;
            for (String w : run) emphatic |= lexicon.is(Kind.EMPHATIC, w.toLowerCase(Locale.ROOT));
            if (run.length >= 3 || emphatic) {
                found.add(new Found(Signal.SHOUTING, String.join(" ", run), 1, Target.OTHER, s));
                add(v, Feature.SHOUTING, 1);
            }
        }
        for (String w : words) {
            // one word in capitals for emphasis ("that is NOT the point")
            if (capitals(w) && lexicon.is(Kind.EMPHATIC, w.toLowerCase(Locale.ROOT))) add(v, Feature.EMPHASIS, 1);
        }
    }

    private static boolean capitals(String word) {
        if (word.length() < 2) return false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c) || Character.isDigit(c) || c == '_') return false;
        }
        return true;
    }

    /** Emphasis, exclamations, faces, drawn-out letters and words in scare quotes. */
    private static void signals(String sentence, List<String> words, int s, List<Found> found, double[] v) {
        if (hasAny(sentence, "*_")) add(v, Feature.EMPHASIS, count(EMPHASIS, sentence));
        for (int b = sentence.indexOf('!'); b >= 0; b = sentence.indexOf('!', b + 1)) {
            int start = b > 0 && sentence.charAt(b - 1) == '?' ? b - 1 : b, end = b + 1;
            while (end < sentence.length() && "!?".indexOf(sentence.charAt(end)) >= 0) end++;
            add(v, Feature.EXCLAMATION_MARKS, sentence.substring(b, end).chars().filter(c -> c == '!').count());
            if (end - start >= 2) {
                add(v, Feature.EXCLAMATIONS, 1);
                found.add(new Found(Signal.EXCLAMATIONS, sentence.substring(start, end), 1, Target.OTHER, s));
            }
            b = end - 1;
        }
        if (hasAny(sentence, ":;\\^")) add(v, Feature.SMILEYS, count(SMILEY, sentence));
        if (sentence.indexOf(':') >= 0) {
            Matcher frown = FROWN.matcher(sentence);
            while (frown.find()) {
                add(v, Feature.FROWNS, 1);
                found.add(new Found(Signal.FROWN, frown.group(), 0.6, Target.OTHER, s));
            }
        }
        for (String w : words) {
            if (w.length() >= 4 && tripled(w) && w.chars().allMatch(Character::isLetter) && LENGTHENED.matcher(w).find()
                    && !MUSING.matcher(w).matches() && !(w.length() <= 5 && capitals(w))) { // "hmmm", "IEEE"
                add(v, Feature.LENGTHENING, 1);
                found.add(new Found(Signal.LENGTHENING, w, 0.8, Target.OTHER, s));
            }
        }
        if (hasAny(sentence, "\"\u201c")) add(v, Feature.SCARE_QUOTES, count(SCARE_QUOTE, sentence));
    }

    /** Whether any of these characters occurs: most sentences have none, and then a pattern need not run. */
    private static boolean hasAny(String text, String chars) {
        for (int k = 0; k < chars.length(); k++) if (text.indexOf(chars.charAt(k)) >= 0) return true;
        return false;
    }

    /** The same character three times in a row, in any case: what {@link #LENGTHENED} then confirms. */
    private static boolean tripled(String w) {
        for (int k = 2; k < w.length(); k++) {
            int c = w.charAt(k) | 0x20; // lower case for ASCII letters; the pattern confirms what this lets through
            if (c == (w.charAt(k - 1) | 0x20) && c == (w.charAt(k - 2) | 0x20)) return true;
        }
        return false;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) n++;
        return n;
    }
}
