package dev.parley.analysis.stance;

import dev.parley.analysis.learn.ShippedJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stance cue lexicon: word patterns with what each means (kind, polarity, strength and flags), and the word lists
 * the sentence rules use, read from a versioned resource file ({@code stance-cues.json} beside this class). Code reads
 * an entry's fields, never its pattern's text.
 *
 * @param version the file's version
 * @param entries the entries in file order (earlier entries win over later ones that match the same words)
 * @param words the named word lists
 */
public record CueLexicon(int version, List<Entry> entries, Words words) {

    public static final String RESOURCE = "stance-cues.json";

    private static volatile CueLexicon standard;

    public CueLexicon {
        entries = List.copyOf(entries);
    }

    /** What a cue is; see the file's {@code kinds} for each one's meaning. */
    public enum Kind {
        ANSWER, STANCE, NAK, VOTE, ACT, KEEP, REMOVE, ADOPT, DOUBT, PREMISE, EFFECT, THING, COUNTER,
        /** Modifiers of the sentence, with no pull of their own. */
        CONDITION, CHANGE, HEDGE, UNKNOWING;

        boolean modifier() {
            return this == CONDITION || this == CHANGE || this == HEDGE || this == UNKNOWING;
        }
    }

    /** How an entry is read; see the file's {@code flags} for each one's meaning. */
    public enum Flag {
        NEEDS_TARGET, NOT_NEGATABLE, SHORT_ANSWER, ANSWER_IN_DISCUSSION, ASKS, NEEDS_MODAL, NEEDS_MODAL_AFTER, DEFERRAL,
        NOT_IN_DISCUSSIONS, WITHDRAWS_OBJECTION, WITHDRAWS_SUPPORT, TAKES_OBJECT;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One pattern of the lexicon.
     *
     * @param polarity +1 or -1 for a cue with a direction (see the kinds), 0 for a modifier
     * @param strength its pull before the sentence's modifiers (0 for a modifier)
     */
    public record Entry(Kind kind, int polarity, double strength, Set<Flag> flags, Phrase phrase) {

        public Entry {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        }

        public boolean has(Flag flag) {
            return flags.contains(flag);
        }
    }

    /** The word lists, each described in the file's {@code words_about}. */
    public record Words(Set<String> negators, Set<String> raising, Set<String> pronouns, Set<String> generic,
                        Set<String> acronyms, Set<String> removing, Set<String> adding, Set<String> firstPerson,
                        Set<String> openers, Set<String> concessive, Set<String> granting, Set<String> modal,
                        Set<String> conditional, Set<String> keepIdioms, Set<String> subjectStop, Set<String> changeVerbs) {
    }

    private static final Pattern SUBJECT_WORD = Pattern.compile("[A-Za-z][\\w.+'\u2019-]*");

    /** COMPILE_TEST, CONFIG_FOO, kmalloc(), fooBar, drivers/staging: names of something specific. */
    public boolean looksLikeIdentifier(String word) {
        if (word.indexOf('_') >= 0) return true;
        if (word.length() >= 3 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter)
                && !words.acronyms().contains(word)) return true;
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) return true;
        }
        return false;
    }

    /** Words that name what a proposal is about, from its subject: subsystem tags and nouns, no verbs of change. */
    public Set<String> subjectTerms(String subject) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = SUBJECT_WORD.matcher(subject == null ? "" : subject);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("[.]+$", "");
            // a contraction ("don't") is no name
            if (w.length() < 3 || w.contains("'") || w.contains("\u2019") || words.subjectStop().contains(w)
                    || words.changeVerbs().contains(w)) continue;
            out.add(w);
        }
        return out;
    }

    /** The lexicon shipped with Parley, read once per process. */
    public static CueLexicon standard() {
        CueLexicon l = standard;
        if (l == null) {
            synchronized (CueLexicon.class) {
                if (standard == null) standard = resource(RESOURCE);
                l = standard;
            }
        }
        return l;
    }

    static CueLexicon resource(String name) {
        try (InputStream in = CueLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the stance lexicon " + name + " is missing from the class path");
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("the stance lexicon " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a lexicon file.
     *
     * @throws IllegalArgumentException naming the file and the entry, when an entry is not what the code knows
     */
    public static CueLexicon read(InputStream in, String name) throws IOException {
        Object doc;
        try {
            doc = ShippedJson.read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " is not JSON: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> root) || !(root.get("entries") instanceof List<?> list)) {
            throw new IllegalArgumentException(name + " has no entries");
        }
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (Object o : list) {
            n++;
            String where = name + " entry " + n;
            Map<?, ?> e = o instanceof Map<?, ?> m ? m : Map.of();
            Kind kind = parse(Kind.class, String.valueOf(e.get("kind")), where, "kind");
            int polarity = e.get("polarity") instanceof Double d ? d.intValue() : 0;
            if (kind.modifier() ? polarity != 0 : Math.abs(polarity) != 1)
                throw new IllegalArgumentException(where + ": a " + kind.name().toLowerCase(Locale.ROOT)
                        + " cue needs polarity " + (kind.modifier() ? "0" : "1 or -1"));
            double strength = e.get("strength") instanceof Double d ? d : -1;
            if (!(strength >= 0 && strength <= 2)) throw new IllegalArgumentException(where + ": strength must be 0 to 2");
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (e.get("flags") instanceof List<?> fs) for (Object f : fs) flags.add(parse(Flag.class, String.valueOf(f), where, "flag"));
            if (!(e.get("patterns") instanceof List<?> patterns) || patterns.isEmpty())
                throw new IllegalArgumentException(where + ": no patterns");
            for (Object p : patterns) entries.add(new Entry(kind, polarity, strength, flags, Phrase.compile(String.valueOf(p))));
        }
        Map<?, ?> w = root.get("words") instanceof Map<?, ?> m ? m : Map.of();
        Words words = new Words(list(w, "negators", name), list(w, "raising", name), list(w, "pronouns", name),
                list(w, "generic", name), list(w, "acronyms", name), list(w, "removing", name), list(w, "adding", name),
                list(w, "first_person", name), list(w, "openers", name), list(w, "concessive", name),
                list(w, "granting", name), list(w, "modal", name), list(w, "conditional", name),
                list(w, "keep_idioms", name), list(w, "subject_stop", name), list(w, "change_verbs", name));
        return new CueLexicon(root.get("version") instanceof Double v ? v.intValue() : 0, entries, words);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String id, String where, String what) {
        try {
            return Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown " + what + " '" + id + "'");
        }
    }

    private static Set<String> list(Map<?, ?> words, String key, String name) {
        if (!(words.get(key) instanceof List<?> list)) throw new IllegalArgumentException(name + " has no word list '" + key + "'");
        Set<String> out = new LinkedHashSet<>();
        for (Object word : list) out.add(String.valueOf(word));
        return Set.copyOf(out);
    }
}
