package dev.parley.analysis.tone;

import dev.parley.analysis.text.Words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tone lexicon: words and phrases with what they are and how strong, read from the plain-text resource
 * {@code tone-lexicon.tsv} beside this class (one entry a line: phrase, kind, weight; its header says what each
 * kind means), as VADER ships {@code vader_lexicon.txt}. Cues (warm, polite, displeased, contempt, insult, profane,
 * hostile, neutral) are matched on words, the longest phrase at a place first; the other kinds are sets of single
 * words (negators, intensifiers, targets, discourse words, emphatic words in capitals) looked up one at a time.
 */
public final class ToneLexicon {

    /** What an entry is; see the resource's header. */
    public enum Kind {
        WARM, POLITE, DISPLEASED, CRITICAL, CONTEMPT, INSULT, PROFANE, HOSTILE, NEUTRAL,
        NEGATOR, INTENSIFIER, PERSON, SELF, THING, DISCOURSE, EMPHATIC;

        /** Whether entries of this kind are cues matched as phrases (the others are word sets). */
        boolean cue() {
            return ordinal() <= NEUTRAL.ordinal();
        }

        static Kind of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * One cue.
     *
     * @param words the phrase, in words
     * @param prefix the last word matches every word starting with it (an entry written {@code frustrat*})
     */
    public record Cue(List<String> words, Kind kind, double weight, boolean prefix) {
        /** Whether the cue matches the words at {@code at}. */
        boolean matches(List<String> text, int at) {
            if (at + words.size() > text.size()) return false;
            for (int k = 0; k < words.size(); k++) {
                String w = text.get(at + k);
                boolean last = k == words.size() - 1;
                if (!(last && prefix ? w.startsWith(words.get(k)) : w.equals(words.get(k)))) return false;
            }
            return true;
        }
    }

    private static final String RESOURCE = "tone-lexicon.tsv";
    private static final ToneLexicon STANDARD = read();

    /** Cues by their first word (by the stem, for prefix entries: looked up by every prefix of a word). */
    private final Map<String, List<Cue>> cues;
    private final Map<Kind, Set<String>> words;
    /** The lengths of the prefix entries' stems, longest first, and their first letters: few, so a word tries few. */
    private final int[] stemLengths;
    private final String stemInitials;
    private final String version;

    private ToneLexicon(Map<String, List<Cue>> cues, Map<Kind, Set<String>> words, String version) {
        this.cues = cues;
        this.words = words;
        this.version = version;
        List<String> stems = cues.keySet().stream().filter(k -> k.endsWith("*")).map(k -> k.substring(0, k.length() - 1)).toList();
        this.stemLengths = stems.stream().mapToInt(String::length).distinct().map(n -> -n).sorted().map(n -> -n).toArray();
        StringBuilder initials = new StringBuilder();
        for (String stem : stems) if (initials.indexOf(stem.substring(0, 1)) < 0) initials.append(stem.charAt(0));
        this.stemInitials = initials.toString();
    }

    /** The lexicon shipped with Parley. */
    public static ToneLexicon standard() {
        return STANDARD;
    }

    /** The resource's first line ("Parley's tone lexicon, version N ..."), for the model file's note. */
    public String version() {
        return version;
    }

    /** The longest cue that starts at word {@code at} of lower-case {@code text}, or null. */
    public Cue match(List<String> text, int at) {
        String w = text.get(at);
        Cue best = longest(cues.get(w), text, at, null);
        if (w.isEmpty() || stemInitials.indexOf(w.charAt(0)) < 0) return best;
        for (int n : stemLengths) {
            if (n >= 2 && n < w.length()) best = longest(cues.get(w.substring(0, n) + "*"), text, at, best);
        }
        return best;
    }

    private static Cue longest(List<Cue> candidates, List<String> text, int at, Cue best) {
        if (candidates == null) return best;
        for (Cue c : candidates) { // longest first
            if (best != null && c.words.size() <= best.words.size()) break;
            if (c.matches(text, at)) return c;
        }
        return best;
    }

    /** Whether a lower-case word is one of a word kind (negator, intensifier, person, ...). */
    public boolean is(Kind kind, String word) {
        return words.getOrDefault(kind, Set.of()).contains(word);
    }

    private static ToneLexicon read() {
        try (InputStream in = ToneLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the tone lexicon " + RESOURCE + " is missing from the class path");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("the tone lexicon " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses the lexicon's lines; a malformed line is an error naming it. */
    static ToneLexicon parse(List<String> lines) {
        Map<String, List<Cue>> cues = new HashMap<>();
        Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        Set<String> phrases = new HashSet<>();
        String version = lines.isEmpty() ? "" : lines.get(0).replaceFirst("^#\\s*", "");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = RESOURCE + " line " + (i + 1);
            String[] f = line.split("\t");
            if (f.length < 3) throw new IllegalStateException(where + " needs a phrase, a kind and a weight, tab-separated");
            Kind kind;
            double weight;
            try {
                kind = Kind.of(f[1].strip());
                weight = Double.parseDouble(f[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + " has an unknown kind or a weight that is no number: " + line);
            }
            if (weight < 0 || weight > 1) throw new IllegalStateException(where + " has a weight outside 0 to 1");
            String phrase = f[0].strip();
            boolean prefix = phrase.endsWith("*");
            List<String> w = Words.of(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
            if (w.isEmpty()) throw new IllegalStateException(where + " has no words");
            if (!kind.cue()) {
                if (w.size() != 1 && !kind.equals(Kind.PERSON))
                    throw new IllegalStateException(where + ": a " + f[1] + " entry is one word");
                if (w.size() == 1) {
                    if (!words.computeIfAbsent(kind, k -> new HashSet<>()).add(w.get(0)))
                        throw new IllegalStateException(where + " repeats " + phrase);
                    continue;
                }
                // a person phrase ("anybody who") is matched as a cue of its own kind
            }
            if (!phrases.add(String.join(" ", w) + (prefix ? "*" : "")))
                throw new IllegalStateException(where + " repeats " + phrase + " (a phrase has one kind)");
            if (prefix && w.size() != 1) throw new IllegalStateException(where + ": only a one-word entry may end in *");
            Cue cue = new Cue(List.copyOf(w), kind, weight, prefix);
            String key = prefix ? w.get(0) + "*" : w.get(0);
            cues.computeIfAbsent(key, k -> new ArrayList<>()).add(cue);
        }
        cues.values().forEach(l -> l.sort((a, b) -> b.words.size() - a.words.size()));
        return new ToneLexicon(cues, words, version);
    }
}
