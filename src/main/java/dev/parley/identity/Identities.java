package dev.parley.identity;

import dev.parley.mail.Address;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the names and addresses seen in some mail (a thread, an archive) into people. Rules, in order:
 * <ol>
 *     <li>the {@link Mailmap}, when there is one, maps each name and address to the proper ones;</li>
 *     <li>addresses are compared in lower case and without a {@code +tag} in the local part
 *         ({@code jane+lkml@example.org} is {@code jane@example.org});</li>
 *     <li>one name (compared without case, accents, punctuation, parenthesised notes, and with "Last, First"
 *         turned round) with several addresses is one person, when the name has at least two words (a bare
 *         first name is too common to merge on); a letter's usual transliteration counts as the letter, so
 *         "Andreas Grünbacher", "Andreas Gruenbacher" and "Andreas Grunbacher" are one name ({@link #nameKeys});</li>
 *     <li>an abbreviated surname is the same person: "Greg KH" and "Greg Kroah-Hartman" (same first name, the
 *         rest are the other's initials);</li>
 *     <li>explicit links: a message's author and a trailer in their own message that carries their name with
 *         another address ("Acked-by: Alex Elder &lt;elder@kernel.org&gt;" sent from elder@linaro.org) are
 *         linked through the name rule; {@link Builder#link} joins any two addresses known to be one person.</li>
 * </ol>
 * A display name that is only the address ({@code "jane@example.org" <jane@example.org>}) counts as no name.
 */
public final class Identities {

    private static final Pattern PLUS_TAG = Pattern.compile("\\+[^@]*@");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern VIA = Pattern.compile("(?i)\\s+via\\s+\\S.*$");
    /** The usual ASCII spellings of letters that a plain accent strip would lose or get wrong ({@link #nameKeys}). */
    private static final Map<Character, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry('\u00e4', "ae"), Map.entry('\u00f6', "oe"), Map.entry('\u00fc', "ue"), Map.entry('\u00c4', "Ae"),
            Map.entry('\u00d6', "Oe"), Map.entry('\u00dc', "Ue"), Map.entry('\u00df', "ss"), Map.entry('\u00e6', "ae"),
            Map.entry('\u00c6', "Ae"), Map.entry('\u00f8', "oe"), Map.entry('\u00d8', "Oe"), Map.entry('\u00e5', "aa"),
            Map.entry('\u00c5', "Aa"), Map.entry('\u0153', "oe"), Map.entry('\u0152', "Oe"), Map.entry('\u00fe', "th"),
            Map.entry('\u00de', "Th"));

    private final Map<String, Person> byKey;
    private final List<Person> people;
    private final Mailmap mailmap;

    private Identities(Map<String, Person> byKey, List<Person> people, Mailmap mailmap) {
        this.byKey = byKey;
        this.people = people;
        this.mailmap = mailmap;
    }

    public static Builder builder(Mailmap mailmap) {
        return new Builder(mailmap == null ? Mailmap.EMPTY : mailmap);
    }

    /** Every person, in the order they were first seen. */
    public List<Person> people() {
        return people;
    }

    /**
     * The person who wrote under this name and address. An address never given to the builder gets a person of
     * its own (after the mailmap and address normalisation).
     */
    public Person person(Address a) {
        String[] mapped = mailmap.map(cleanName(a.name(), a.address()), a.address());
        Person p = byKey.get(addressKey(mapped[1]));
        if (p == null) p = byKey.get(addressKey(a.address()));
        if (p != null) return p;
        String addr = mapped[1].toLowerCase(Locale.ROOT);
        return new Person(addr, mapped[0], addr.isEmpty() ? List.of() : List.of(addr),
                mapped[0].isEmpty() ? List.of() : List.of(mapped[0]));
    }

    /** Whether two name/address pairs resolve to the same person. */
    public boolean samePerson(Address a, Address b) {
        return person(a).id().equals(person(b).id());
    }

    /** The address as compared: lower case, {@code +tag} removed from the local part. */
    public static String addressKey(String address) {
        String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        return PLUS_TAG.matcher(a).replaceFirst("@");
    }

    /**
     * The name as compared: accents, case, punctuation and parenthesised notes removed, "Last, First" turned
     * round, spaces collapsed. Empty for no name.
     */
    public static String nameKey(String name) {
        if (name == null) return "";
        String n = PARENTHESISED.matcher(name).replaceAll(" ");
        n = VIA.matcher(n).replaceAll("");
        n = n.replace("\"", " ").strip();
        int comma = n.indexOf(',');
        if (comma > 0 && n.indexOf(',', comma + 1) < 0) n = n.substring(comma + 1) + " " + n.substring(0, comma);
        n = Normalizer.normalize(n, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // letters with a stroke have no decomposition: "Łukasz" is "Lukasz", "Đorđe" is "Dorde"
        n = n.replace('\u0141', 'L').replace('\u0142', 'l').replace('\u0110', 'D').replace('\u0111', 'd')
                .replace('\u00d0', 'D').replace('\u00f0', 'd');
        n = n.toLowerCase(Locale.ROOT).replaceAll("['`\u2019.]", "").replaceAll("[^\\p{L}\\p{N}-]+", " ");
        return n.strip().replaceAll("\\s+", " ");
    }

    /**
     * Every key a name is compared by: {@link #nameKey} (accents dropped: "grunbacher"), and the same with the
     * letters German, Scandinavian and French names transliterate written out ("gruenbacher", "bjoern", "aaberg",
     * "strasse"). Two names are one when they share a key. Empty for no name.
     */
    public static Set<String> nameKeys(String name) {
        String plain = nameKey(name);
        if (plain.isEmpty()) return Set.of();
        String written = nameKey(transliterate(name == null ? "" : name));
        return written.equals(plain) ? Set.of(plain) : Set.of(plain, written);
    }

    /** The usual ASCII transliterations of letters that a plain accent strip would lose or get wrong. */
    private static String transliterate(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String t = TRANSLITERATIONS.get(c);
            sb.append(t == null ? String.valueOf(c) : t);
        }
        return sb.toString();
    }

    /** The display name as written, or empty when it is only the address again. */
    static String cleanName(String name, String address) {
        String n = name == null ? "" : name.strip();
        if (n.length() > 1 && n.startsWith("'") && n.endsWith("'")) n = n.substring(1, n.length() - 1).strip();
        if (n.equalsIgnoreCase(address) || n.contains("@") && !n.contains(" ")) return "";
        return n;
    }

    /** Collects names and addresses, then resolves them. */
    public static final class Builder {
        private final Mailmap mailmap;
        private final Map<String, Integer> index = new LinkedHashMap<>(); // address key -> slot
        private final List<String> keys = new ArrayList<>();
        private final List<List<String>> written = new ArrayList<>(); // every spelling of the address, per slot
        private final List<Integer> parent = new ArrayList<>();
        private final List<Map<String, Integer>> names = new ArrayList<>(); // per slot: name -> uses
        private final List<Integer> uses = new ArrayList<>();
        private final Map<String, String> properNames = new HashMap<>(); // slot key -> mailmap name
        private final Map<String, String> properAddress = new HashMap<>(); // slot key -> mailmap address

        private Builder(Mailmap mailmap) {
            this.mailmap = mailmap;
        }

        /** An address someone wrote from (a From header): counts toward choosing the primary address and name. */
        public Builder add(Address a) {
            observe(a, 1);
            return this;
        }

        /** A name and address seen without a message of its own (a trailer, a Cc): merged, but not counted. */
        public Builder mention(Address a) {
            observe(a, 0);
            return this;
        }

        /** Two addresses known to belong to one person. */
        public Builder link(Address a, Address b) {
            int x = observe(a, 0), y = observe(b, 0);
            if (x >= 0 && y >= 0) union(x, y);
            return this;
        }

        private int observe(Address a, int count) {
            if (a == null || a.address().isBlank()) return -1;
            String name = cleanName(a.name(), a.address());
            String[] mapped = mailmap.map(name, a.address());
            int slot = slot(mapped[1], count);
            int original = slot(a.address(), 0);
            if (original != slot) union(original, slot);
            if (!mapped[1].equalsIgnoreCase(a.address())) properAddress.put(keys.get(slot), mapped[1]);
            if (!mapped[0].equals(name) && !mapped[0].isEmpty()) properNames.put(keys.get(slot), mapped[0]);
            String shown = mapped[0];
            if (!shown.isEmpty()) names.get(slot).merge(shown, count == 0 ? 0 : 1, Integer::sum);
            return slot;
        }

        private int slot(String address, int count) {
            String key = addressKey(address);
            Integer s = index.get(key);
            String spelled = address.strip().toLowerCase(Locale.ROOT);
            if (s != null && !written.get(s).contains(spelled)) written.get(s).add(spelled);
            if (s == null) {
                s = keys.size();
                index.put(key, s);
                keys.add(key);
                written.add(new ArrayList<>(List.of(spelled)));
                parent.add(s);
                names.add(new LinkedHashMap<>());
                uses.add(0);
            }
            uses.set(s, uses.get(s) + count);
            return s;
        }

        private int find(int x) {
            while (parent.get(x) != x) {
                parent.set(x, parent.get(parent.get(x)));
                x = parent.get(x);
            }
            return x;
        }

        private void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra != rb) parent.set(Math.max(ra, rb), Math.min(ra, rb)); // the earlier slot stays the root
        }

        public Identities build() {
            mergeByName();
            Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            Map<String, Person> byKey = new HashMap<>();
            List<Person> people = new ArrayList<>();
            for (List<Integer> group : groups.values()) {
                Person p = person(group);
                people.add(p);
                for (int s : group) byKey.put(keys.get(s), p);
                for (String a : p.addresses()) byKey.putIfAbsent(addressKey(a), p);
            }
            return new Identities(byKey, List.copyOf(people), mailmap);
        }

        private void mergeByName() {
            Map<String, Integer> byName = new HashMap<>();
            Map<String, List<Integer>> byFirstName = new HashMap<>();
            for (int s = 0; s < keys.size(); s++) {
                for (String n : names.get(s).keySet()) {
                    for (String k : nameKeys(n)) {
                        // one word is too common to merge on ("Pavel"), unless it is a whole name run together ("NeilBrown")
                        if (k.indexOf(' ') < 0 && !(k.length() >= 8 && n.strip().chars().skip(1).anyMatch(Character::isUpperCase))) continue;
                        Integer other = byName.putIfAbsent(k, s);
                        if (other != null) union(other, s);
                        if (k.indexOf(' ') > 0) byFirstName.computeIfAbsent(k.substring(0, k.indexOf(' ')), f -> new ArrayList<>()).add(s);
                    }
                }
            }
            // "Greg KH" and "Greg Kroah-Hartman": same first name, the rest of one are the initials of the other's
            for (List<Integer> slots : byFirstName.values()) {
                for (int i = 0; i < slots.size(); i++) {
                    for (int j = 0; j < slots.size(); j++) {
                        if (i != j && abbreviates(names.get(slots.get(i)).keySet(), names.get(slots.get(j)).keySet())) {
                            union(slots.get(i), slots.get(j));
                        }
                    }
                }
            }
        }

        private static boolean abbreviates(Iterable<String> shortNames, Iterable<String> longNames) {
            for (String s : shortNames) {
                String[] sw = s.strip().split("\\s+");
                if (sw.length != 2 || sw[1].length() < 2 || !sw[1].equals(sw[1].toUpperCase(Locale.ROOT))
                        || !sw[1].chars().allMatch(Character::isLetter)) continue;
                for (String l : longNames) {
                    String[] lw = l.strip().split("\\s+", 2);
                    if (lw.length != 2 || !nameKey(lw[0]).equals(nameKey(sw[0]))) continue;
                    StringBuilder initials = new StringBuilder();
                    for (String part : lw[1].split("[\\s-]+")) if (!part.isEmpty()) initials.append(part.charAt(0));
                    if (initials.length() >= 2 && initials.toString().equalsIgnoreCase(sw[1])) return true;
                }
            }
            return false;
        }

        private Person person(List<Integer> group) {
            String proper = null, properName = null;
            for (int s : group) {
                if (proper == null) proper = properAddress.get(keys.get(s));
                if (properName == null) properName = properNames.get(keys.get(s));
            }
            List<Integer> byUse = new ArrayList<>(group);
            byUse.sort(Comparator.comparingInt((Integer s) -> -uses.get(s)).thenComparingInt(s -> s));
            List<String> addresses = new ArrayList<>();
            if (proper != null) addresses.add(proper.toLowerCase(Locale.ROOT));
            for (int s : byUse) {
                for (String a : written.get(s)) if (!addresses.contains(a)) addresses.add(a);
            }
            Map<String, Integer> nameUses = new LinkedHashMap<>();
            for (int s : byUse) names.get(s).forEach((n, c) -> nameUses.merge(n, c, Integer::sum));
            List<String> spellings = new ArrayList<>(nameUses.keySet());
            // most used first; among equals, a full name (two words or more) before a bare first name, then longer
            spellings.sort(Comparator.comparingInt((String n) -> -nameUses.get(n))
                    .thenComparingInt(n -> n.strip().indexOf(' ') > 0 ? 0 : 1)
                    .thenComparingInt(n -> -n.length()));
            String name = properName != null ? properName : bestName(spellings, nameUses);
            String id = addressKey(addresses.isEmpty() ? "" : addresses.get(0));
            return new Person(id, name, addresses, spellings);
        }

        /** The most used spelling, unless a fuller one (more words, same first word) is used as often or nearly. */
        private static String bestName(List<String> spellings, Map<String, Integer> uses) {
            if (spellings.isEmpty()) return "";
            String best = spellings.get(0);
            for (String n : spellings) {
                boolean fuller = n.split("\\s+").length > best.split("\\s+").length
                        && nameKey(n).startsWith(nameKey(best).split(" ")[0]);
                if (fuller && uses.get(n) * 2 >= uses.get(best)) best = n;
            }
            return best;
        }
    }
}
