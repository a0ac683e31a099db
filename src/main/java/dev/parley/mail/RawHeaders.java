package dev.parley.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header block of a raw message, read byte-exactly: each value is decoded as strict UTF-8 or else
 * windows-1252 (raw 8-bit headers are common), unfolded, not yet RFC 2047-decoded.
 */
public final class RawHeaders {

    private final byte[] bytes;
    private final List<int[]> spans = new ArrayList<>(); // {start, end, colon} per field
    private final String[] names;
    private final String[] values; // decoded lazily: most headers (Received:, DKIM) are never read
    private final int bodyStart;
    private final int malformedLines;

    private RawHeaders(byte[] bytes, List<int[]> spans, int bodyStart, int malformedLines) {
        this.bytes = bytes;
        this.spans.addAll(spans);
        this.names = new String[spans.size()];
        this.values = new String[spans.size()];
        this.bodyStart = bodyStart;
        this.malformedLines = malformedLines;
        for (int i = 0; i < names.length; i++) {
            int[] f = spans.get(i);
            names[i] = asciiLower(bytes, f[0], f[2]);
        }
    }

    private static String asciiLower(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) to--;
        char[] c = new char[to - from];
        for (int i = 0; i < c.length; i++) {
            int x = b[from + i] & 0xff;
            c[i] = (char) (x >= 'A' && x <= 'Z' ? x + 32 : x);
        }
        return new String(c);
    }

    private String value(int i) {
        String v = values[i];
        if (v == null) {
            int[] f = spans.get(i);
            v = unfold(Charsets.decode(bytes, f[2] + 1, f[1] - f[2] - 1, null)).strip();
            values[i] = v;
        }
        return v;
    }

    /** Whether the bytes start with a header field ("Name: value"), i.e. look like a message. */
    public static boolean startsWithHeader(byte[] b, int len) {
        int i = 0;
        while (i < len && b[i] > ' ' && b[i] != ':' && b[i] < 127) i++;
        return i > 0 && i < len && b[i] == ':';
    }

    public static RawHeaders parse(byte[] b) {
        int i = 0;
        int n = b.length;
        List<int[]> lines = new ArrayList<>();
        int end = n;
        while (i < n) {
            int eol = i;
            while (eol < n && b[eol] != '\n') eol++;
            int contentEnd = eol > i && b[eol - 1] == '\r' ? eol - 1 : eol;
            if (contentEnd == i) { // blank line: end of headers
                end = Math.min(n, eol + 1);
                break;
            }
            lines.add(new int[]{i, contentEnd});
            i = eol + 1;
            end = Math.min(i, n);
        }
        int malformed = 0;
        List<int[]> fieldLines = new ArrayList<>();
        for (int[] l : lines) {
            boolean continuation = b[l[0]] == ' ' || b[l[0]] == '\t';
            if (continuation && !fieldLines.isEmpty()) {
                fieldLines.get(fieldLines.size() - 1)[1] = l[1];
                continue;
            }
            int colon = -1;
            for (int k = l[0]; k < l[1]; k++) {
                byte c = b[k];
                if (c == ':') { colon = k; break; }
                if (c <= ' ' || c == 127) break;
            }
            if (colon <= l[0]) {
                malformed++;
                continue;
            }
            fieldLines.add(new int[]{l[0], l[1], colon});
        }
        return new RawHeaders(b, fieldLines, end, malformed);
    }

    private static String unfold(String v) {
        if (v.indexOf('\n') < 0) return v;
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\n' && c != '\r') sb.append(c);
        }
        return sb.toString();
    }

    /** First value of a header, or null. */
    public String get(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) if (names[i].equals(key)) return value(i);
        return null;
    }

    /** Every value of a header, in order. */
    public List<String> all(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) if (names[i].equals(key)) out.add(value(i));
        return out;
    }

    /** Every header as {name, value}, in order; names in lower case. */
    public List<String[]> fields() {
        List<String[]> out = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) out.add(new String[]{names[i], value(i)});
        return out;
    }

    public int size() {
        return names.length;
    }

    /** Byte offset where the body starts. */
    public int bodyStart() {
        return bodyStart;
    }

    /** Lines in the header block that are neither fields nor continuations. */
    public int malformedLines() {
        return malformedLines;
    }
}
