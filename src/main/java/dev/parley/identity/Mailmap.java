package dev.parley.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A git-format mailmap (gitmailmap(5)): maps the name and address a person wrote under to their proper name and
 * address. The four line forms are read as git reads them:
 * <pre>
 * Proper Name &lt;commit@email.xx&gt;
 * &lt;proper@email.xx&gt; &lt;commit@email.xx&gt;
 * Proper Name &lt;proper@email.xx&gt; &lt;commit@email.xx&gt;
 * Proper Name &lt;proper@email.xx&gt; Commit Name &lt;commit@email.xx&gt;
 * </pre>
 * A line starting with {@code #} is a comment, as is anything after the last address. Addresses and names match
 * case-insensitively. An entry that names the commit name matches only that name; an entry without one matches
 * every other name at that address. As in git, a later line for an address adds to what earlier lines gave it,
 * while a later line for the same address and commit name replaces the earlier one.
 * Written by hand after git's mailmap.c (a few dozen lines, no git library needed); the tests check it against the
 * examples in git's documentation.
 */
public final class Mailmap {

    /** An empty mailmap: maps nothing. */
    public static final Mailmap EMPTY = new Mailmap(Map.of());

    /** The proper name and address for one entry; either may be null (leave that part as written). */
    private record Target(String name, String email) {
    }

    /** Everything recorded for one commit address: a default target and targets for particular commit names. */
    private static final class Entry {
        String name;
        String email;
        final Map<String, Target> byName = new LinkedHashMap<>();

        boolean hasDefault() {
            return name != null || email != null;
        }
    }

    private final Map<String, Entry> entries;

    private Mailmap(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * Reads a mailmap file.
     *
     * @throws IOException when the file cannot be read (the message names the file)
     */
    public static Mailmap read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            return parse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (java.nio.file.NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(file + ": cannot read mailmap: " + e.getMessage(), e);
        }
    }

    /** Parses mailmap text. Lines that are not in one of the four forms are ignored, as git ignores them. */
    public static Mailmap parse(String text) {
        Map<String, Entry> entries = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("#")) continue;
            String[] first = nameAndEmail(line, false);
            if (first == null) continue;
            String name1 = first[0], email1 = first[1];
            String name2 = null, email2 = null;
            if (first[2] != null) {
                String[] second = nameAndEmail(first[2], true);
                if (second != null) {
                    name2 = second[0];
                    email2 = second[1];
                }
            }
            add(entries, name1, email1, name2, email2);
        }
        return entries.isEmpty() ? EMPTY : new Mailmap(entries);
    }

    /**
     * One {@code Name <email>} group at the start of {@code s}, as git's parse_name_and_email: returns {name or null,
     * email, rest after '>' or null when nothing follows}, or null when there is no complete {@code <...>}.
     */
    private static String[] nameAndEmail(String s, boolean allowEmptyEmail) {
        int left = s.indexOf('<');
        if (left < 0) return null;
        int right = s.indexOf('>', left + 1);
        if (right < 0) return null;
        if (!allowEmptyEmail && right == left + 1) return null;
        String name = s.substring(0, left).strip();
        String email = s.substring(left + 1, right);
        String rest = s.substring(right + 1);
        return new String[]{name.isEmpty() ? null : name, email, rest.isEmpty() ? null : rest};
    }

    private static void add(Map<String, Entry> entries, String newName, String newEmail, String oldName, String oldEmail) {
        if (oldEmail == null) {
            // "Proper Name <commit@email>": the one address is the one to match; only the name is replaced
            oldEmail = newEmail;
            newEmail = null;
        }
        Entry e = entries.computeIfAbsent(key(oldEmail), k -> new Entry());
        if (oldName == null) {
            if (newName != null) e.name = newName;
            if (newEmail != null) e.email = newEmail;
        } else {
            e.byName.put(key(oldName), new Target(newName, newEmail)); // a later line replaces the whole entry
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether this mailmap maps nothing. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The proper name and address for a name and address as written: {name, email}. Parts the mailmap does not
     * replace come back as given.
     */
    public String[] map(String name, String email) {
        String n = name == null ? "" : name;
        String m = email == null ? "" : email;
        Entry e = entries.get(key(m));
        if (e == null) return new String[]{n, m};
        Target t = e.byName.get(key(n));
        if (t == null) {
            if (!e.hasDefault()) return new String[]{n, m};
            t = new Target(e.name, e.email);
        }
        return new String[]{t.name != null ? t.name : n, t.email != null ? t.email : m};
    }

    /** Every proper address the mailmap names, with the commit addresses that map to it (for reports and tests). */
    public Map<String, List<String>> aliases() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        entries.forEach((commit, e) -> {
            List<String> targets = new ArrayList<>();
            if (e.email != null) targets.add(e.email);
            e.byName.values().forEach(t -> {
                if (t.email != null) targets.add(t.email);
            });
            for (String t : targets) out.computeIfAbsent(key(t), k -> new ArrayList<>()).add(commit);
        });
        return out;
    }
}
