package dev.parley.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Address lists as found in real headers ({@code "Doe, Jane" <jane@x>, bob@y (Bob)}), parsed leniently: a bad
 * address never loses the others. Names are RFC 2047-decoded with {@link EncodedWords}.
 */
public final class AddressParser {

    private AddressParser() {
    }

    public static List<Address> parseList(String header) {
        List<Address> out = new ArrayList<>();
        if (header == null || header.isBlank()) return out;
        for (String part : splitTopLevel(header)) {
            Address a = parseOne(part);
            if (a != null) out.add(a);
        }
        return out;
    }

    /** One mailbox: {@code Name <addr>}, {@code addr (Name)} or {@code addr}; null when there is nothing. */
    public static Address parseOne(String s) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty()) return null;
        int lt = s.lastIndexOf('<');
        int gt = s.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            String addr = s.substring(lt + 1, gt).strip();
            String name = s.substring(0, lt).strip();
            String rest = s.substring(gt + 1).strip();
            if (name.isEmpty() && rest.startsWith("(") && rest.endsWith(")")) name = rest.substring(1, rest.length() - 1);
            return new Address(cleanName(name), addr);
        }
        int paren = s.indexOf('(');
        if (paren > 0 && s.endsWith(")")) {
            return new Address(cleanName(s.substring(paren + 1, s.length() - 1)), s.substring(0, paren).strip());
        }
        if (s.contains("@") && !s.contains(" ")) return new Address("", s);
        // "Jane Doe jane@example.org" or just a name
        int sp = s.lastIndexOf(' ');
        if (sp > 0 && s.substring(sp + 1).contains("@")) {
            return new Address(cleanName(s.substring(0, sp)), s.substring(sp + 1));
        }
        return new Address(cleanName(s), "");
    }

    private static String cleanName(String name) {
        String n = EncodedWords.decode(name.strip());
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) n = n.substring(1, n.length() - 1);
        if (n.length() >= 2 && n.startsWith("'") && n.endsWith("'")) n = n.substring(1, n.length() - 1);
        return n.replace("\\\"", "\"").replace("\\\\", "\\").strip();
    }

    /** Splits on commas that are outside quotes, angle brackets, parentheses and encoded words. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int paren = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '<') angle++;
            else if (!quoted && c == '>' && angle > 0) angle--;
            else if (!quoted && c == '(') paren++;
            else if (!quoted && c == ')' && paren > 0) paren--;
            else if (!quoted && c == '=' && i + 1 < s.length() && s.charAt(i + 1) == '?') {
                // skip the charset?encoding?text part, which may contain commas
                int q1 = s.indexOf('?', i + 2);
                int q2 = q1 < 0 ? -1 : s.indexOf('?', q1 + 1);
                int end = q2 < 0 ? -1 : s.indexOf("?=", q2 + 1);
                if (end > 0) {
                    cur.append(s, i, end + 2);
                    i = end + 1;
                    continue;
                }
            }
            if (c == ',' && !quoted && angle == 0 && paren == 0) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        parts.add(cur.toString());
        return parts;
    }
}
