package dev.parley.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Charset names as mail really uses them: aliases, common mislabels (UTF-8 declared as ASCII or Latin-1) and a
 * fallback (strict UTF-8, else windows-1252, which maps every byte) when the label is unknown or wrong.
 */
public final class Charsets {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"), Map.entry("utf-8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("latin1", "windows-1252"), Map.entry("latin-1", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"), Map.entry("ansi_x3.4-1968", "windows-1252"),
            Map.entry("cp1252", "windows-1252"), Map.entry("iso-8859-15", "ISO-8859-15"),
            Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("ks_c_5601", "x-windows-949"),
            Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"), Map.entry("x-gbk", "GBK"),
            Map.entry("x-sjis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"), Map.entry("shift-jis", "Shift_JIS"),
            Map.entry("x-euc-jp", "EUC-JP"), Map.entry("koi8r", "KOI8-R"), Map.entry("cp-850", "IBM850"),
            Map.entry("win-1251", "windows-1251"), Map.entry("cp1251", "windows-1251"));

    /**
     * Labels already looked up, with what they named (empty when nothing). The JDK looks a name it does not know up
     * in every jar on the class path (its charset providers): 0.35 ms for each message labelled {@code charset=y},
     * 3% of a search page's CPU. Bounded, since the labels come from mail: past the bound, lookups go uncached.
     */
    private static final ConcurrentHashMap<String, Optional<Charset>> KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 1024;

    private Charsets() {
    }

    /** The charset a label names, or null when the label is empty, unknown or a placeholder. */
    public static Charset lookup(String label) {
        if (label == null) return null;
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("\"") && l.endsWith("\"") && l.length() >= 2) l = l.substring(1, l.length() - 1);
        int star = l.indexOf('*'); // RFC 2231 language suffix
        if (star > 0) l = l.substring(0, star);
        if (l.isEmpty()) return null;
        Optional<Charset> known = KNOWN.get(l);
        if (known == null) {
            known = forName(l);
            if (KNOWN.size() < MAX_KNOWN) KNOWN.putIfAbsent(l, known);
        }
        return known.orElse(null);
    }

    private static Optional<Charset> forName(String label) {
        String alias = ALIASES.get(label);
        try {
            return Optional.of(Charset.forName(alias != null ? alias : label));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /** Decodes bytes in the declared charset, repairing the common lies and falling back when it is unknown. */
    public static String decode(byte[] bytes, int off, int len, Charset declared) {
        if (len == 0) return "";
        boolean ascii = isAscii(bytes, off, len);
        if (ascii) return new String(bytes, off, len, StandardCharsets.ISO_8859_1);
        boolean weakLabel = declared == null || declared.equals(WINDOWS_1252)
                || declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII);
        if (weakLabel || declared.equals(StandardCharsets.UTF_8)) {
            String utf8 = strictUtf8(bytes, off, len);
            if (utf8 != null) return utf8;
            return new String(bytes, off, len, declared == null || declared.equals(StandardCharsets.UTF_8)
                    ? WINDOWS_1252 : declared);
        }
        return new String(bytes, off, len, declared);
    }

    public static String decode(byte[] bytes, Charset declared) {
        return decode(bytes, 0, bytes.length, declared);
    }

    private static boolean isAscii(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) if (b[i] < 0) return false;
        return true;
    }

    private static String strictUtf8(byte[] b, int off, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
