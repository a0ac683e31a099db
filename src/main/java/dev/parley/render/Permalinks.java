package dev.parley.render;

import java.nio.charset.StandardCharsets;

/** Links to a message in a web archive: the base URL followed by the Message-ID, as lore's {@code /r/} links work. */
public final class Permalinks {

    /** lore's redirector finds a message in whichever list it was sent to. */
    public static final String DEFAULT_BASE = "https://lore.kernel.org/r/";

    /**
     * Unreserved characters and sub-delimiters, safe in a path segment; '(' and ')' are sub-delimiters too but are
     * escaped, since a ')' in a Message-ID ended a Markdown link early.
     */
    private static final String KEEP = "-._~!$&'*+,;=:@";

    private Permalinks() {
    }

    /** The link to a message; characters a path segment cannot hold are percent-encoded (UTF-8). */
    public static String of(String base, String messageId) {
        String b = base == null || base.isBlank() ? DEFAULT_BASE : base.strip();
        if (!b.endsWith("/")) b += "/";
        return b + segment(messageId);
    }

    /** Text as one path segment: every byte outside {@link #KEEP}, letters and digits percent-encoded (UTF-8). */
    public static String segment(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEEP.indexOf(c) >= 0)) sb.append((char) c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return sb.toString();
    }
}
