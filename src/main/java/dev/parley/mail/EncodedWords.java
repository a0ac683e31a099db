package dev.parley.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words in header text, including the broken forms seen in real archives: encoded words glued to
 * plain text, spaces inside the encoded text, unknown charsets, a multi-byte character split over two adjacent words.
 * Jakarta Mail's decoder gives up on most of these, so this small one is Parley's own.
 */
public final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?(.*?)\\?=");

    private EncodedWords() {
    }

    public static String decode(String text) {
        if (text == null) return "";
        if (!text.contains("=?")) return text;
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        while (m.find()) {
            String between = text.substring(last, m.start());
            boolean adjacent = pendingCharset != null && between.isBlank();
            String charset = m.group(1);
            if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                if (!adjacent) out.append(between); // whitespace between two encoded words is dropped
            }
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? decodeB(m.group(3)) : decodeQ(m.group(3));
            pending.writeBytes(bytes);
            pendingCharset = charset;
            last = m.end();
        }
        flush(out, pending, pendingCharset);
        out.append(text, last, text.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (charset == null || pending.size() == 0) return;
        Charset cs = Charsets.lookup(charset);
        out.append(Charsets.decode(pending.toByteArray(), cs));
        pending.reset();
    }

    private static byte[] decodeB(String s) {
        StringBuilder clean = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') clean.append(c);
        }
        while (clean.length() % 4 != 0) {
            if (clean.length() % 4 == 1) clean.setLength(clean.length() - 1);
            else clean.append('=');
        }
        try {
            return Base64.getDecoder().decode(clean.toString());
        } catch (IllegalArgumentException e) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] decodeQ(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') out.write(' ');
            else if (c == '=' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else out.write(c < 256 ? c : '?');
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    }
}
