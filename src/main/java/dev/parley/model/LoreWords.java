package dev.parley.model;

/**
 * What lore counts as a word: the rules of Xapian's term generator ({@code termgenerator_internal.cc}), which
 * public-inbox indexes with and whose query parser reads typed words the same way. A word is a run of word characters
 * (letters, marks, digits and other numbers, connector punctuation such as {@code _}), so {@code namei.c},
 * {@code vger.kernel.org}, {@code fs:xfs:scrub} and {@code drivers/staging} are several words and
 * {@code xfs_ioctl} is one. Inside a word, {@code '} {@code &} and a middle dot join letters ({@code don't},
 * {@code AT&T}), {@code .} {@code ,} {@code ;} join digits ({@code 5.13}, {@code 1,000}), zero-width characters are
 * dropped; up to three trailing {@code +} or {@code #} stay on a word that ends there ({@code c++}, {@code c#});
 * capital initials separated by dots are one word without them ({@code U.S.A.} is {@code USA}).
 *
 * <p>The index's analysis ({@link TextAnalysis}) and the query parser both read words with {@link #next}; the
 * cluster's analyser gets the same rules as the regular expression {@link #PATTERN} (with {@link #CHAR_MAPPINGS}
 * applied first and {@link #DROPPED_IN_WORD} removed after), which a test checks against this scanner.
 */
public final class LoreWords {

    /** A word character, as a regular-expression class. */
    static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}\\p{Pc}]";
    private static final String NOT_DIGIT_WORD_CHAR = "[\\p{L}\\p{M}\\p{N}\\p{Pc}&&[^\\p{Nd}]]";
    /** Characters that join letters (and a letter to a digit). */
    static final String INFIX = "['&\\u00b7\\u05f4\\u2027]";
    /** Characters that join two digits. */
    static final String DIGIT_INFIX = "[,.;\\u037e\\u0589\\u060d\\u07f8\\u2044\\ufe10\\ufe13\\ufe14]";

    /**
     * The words of a text as one regular expression (Java syntax, as OpenSearch's pattern tokenizer reads it), to be
     * run after {@link #CHAR_MAPPINGS}: initials with their dots, or a word with its joining characters and suffix.
     */
    public static final String PATTERN = "[A-Z](?:\\.[A-Z])++\\.?+(?!" + WORD_CHAR + ")"
            + "|" + WORD_CHAR + "+(?:(?:(?<=\\p{Nd})" + DIGIT_INFIX + "(?=\\p{Nd})"
            + "|(?<!\\p{Nd})" + INFIX + "(?=" + WORD_CHAR + ")"
            + "|" + INFIX + "(?=" + NOT_DIGIT_WORD_CHAR + ")"
            + "|[\\u200b-\\u200d\\u2060\\ufeff](?=" + WORD_CHAR + "))" + WORD_CHAR + "+)*"
            + "(?:[+#]{1,3}+(?![+#]|" + WORD_CHAR + "))?";

    /** Characters rewritten before {@link #PATTERN} runs: apostrophes that count as {@code '}. */
    public static final java.util.List<String> CHAR_MAPPINGS = java.util.List.of("\\u2019=>'", "\\u201b=>'");

    /**
     * What a {@link #PATTERN} match loses to become the word: the dots of initials (a dot in a word that no digit
     * follows) and zero-width characters.
     */
    public static final String DROPPED_IN_WORD = "\\.(?!\\p{Nd})|[\\u200b-\\u200d\\u2060\\ufeff]";

    private LoreWords() {
    }

    /** Whether the code point is a word character. */
    public static boolean isWordChar(int cp) {
        if (cp < 128) return ASCII_WORD[cp];
        int type = Character.getType(cp);
        return ((WORD_TYPES >> type) & 1) != 0;
    }

    /** Whether the code point is a decimal digit. */
    static boolean isDigit(int cp) {
        return cp < 128 ? cp >= '0' && cp <= '9' : Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static final long WORD_TYPES = 1L << Character.UPPERCASE_LETTER | 1L << Character.LOWERCASE_LETTER
            | 1L << Character.TITLECASE_LETTER | 1L << Character.MODIFIER_LETTER | 1L << Character.OTHER_LETTER
            | 1L << Character.NON_SPACING_MARK | 1L << Character.ENCLOSING_MARK | 1L << Character.COMBINING_SPACING_MARK
            | 1L << Character.DECIMAL_DIGIT_NUMBER | 1L << Character.LETTER_NUMBER | 1L << Character.OTHER_NUMBER
            | 1L << Character.CONNECTOR_PUNCTUATION;
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) ASCII_WORD[c] = Character.isLetterOrDigit(c) || c == '_';
    }

    /** A character that joins letters; returns it as written in the word ({@code '} for typographic apostrophes), or 0. */
    private static int infix(int cp) {
        return switch (cp) {
            case '\'', '&', 0xb7, 0x5f4, 0x2027 -> cp;
            case 0x2019, 0x201b -> '\'';
            default -> 0;
        };
    }

    private static boolean isDigitInfix(int cp) {
        return switch (cp) {
            case ',', '.', ';', 0x037e, 0x0589, 0x060d, 0x07f8, 0x2044, 0xfe10, 0xfe13, 0xfe14 -> true;
            default -> false;
        };
    }

    /** A zero-width character, which a word goes on across. */
    private static boolean isIgnored(int cp) {
        return cp >= 0x200b && (cp <= 0x200d || cp == 0x2060 || cp == 0xfeff);
    }

    private static boolean isUpperAscii(int cp) {
        return cp >= 'A' && cp <= 'Z';
    }

    /** Where a word was found: {@code text[start, end)}, and whether it was written as initials. */
    public record Found(int start, int end, boolean initials) {
    }

    /**
     * Finds the next word at or after {@code from}: appends it to {@code word} as written (case kept, joining characters
     * normalised, initials without their dots) and says where it was, or returns null at the end of the text.
     */
    public static Found next(CharSequence s, int from, StringBuilder word) {
        char[] chars = s.toString().toCharArray(); // queries are short; the index's tokenizer has its array already
        return next(chars, chars.length, from, word);
    }

    /** {@link #next(CharSequence, int, StringBuilder)} on the text {@code s[0, n)}. */
    static Found next(char[] s, int n, int from, StringBuilder word) {
        int i = from;
        while (i < n && !isWordChar(codePointAt(s, i, n))) i += Character.charCount(codePointAt(s, i, n));
        if (i >= n) return null;
        int start = i;
        int cp = codePointAt(s, i, n);
        if (isUpperAscii(cp)) {
            int end = initials(s, n, i, word);
            if (end >= 0) return new Found(start, end, true);
        }
        // a run of word characters, joined across infixes
        int prev = 0;
        while (true) {
            while (i < n) {
                cp = codePointAt(s, i, n);
                if (!isWordChar(cp)) break;
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    word.append((char) cp);
                    i++;
                } else {
                    word.appendCodePoint(cp);
                    i += 2;
                }
                prev = cp;
            }
            if (i >= n) return new Found(start, i, false);
            int joiner = codePointAt(s, i, n);
            int after = i + Character.charCount(joiner);
            if (after >= n) break;
            int next = codePointAt(s, after, n);
            if (!isWordChar(next)) break;
            if (isIgnored(joiner)) {
                i = after;
                continue;
            }
            if (isDigit(prev) && isDigit(next)) {
                if (!isDigitInfix(joiner)) break;
                word.appendCodePoint(joiner);
            } else {
                int normalised = infix(joiner);
                if (normalised == 0) break;
                word.appendCodePoint(normalised);
            }
            i = after;
        }
        // up to three trailing '+' or '#', kept only when the word ends after them
        int len = word.length();
        int count = 0;
        int j = i;
        while (j < n && (s[j] == '+' || s[j] == '#')) {
            if (++count > 3) break;
            word.append(s[j]);
            j++;
        }
        if (count > 3 || (j < n && isWordChar(codePointAt(s, j, n)))) {
            word.setLength(len);
            return new Found(start, i, false);
        }
        return new Found(start, j, false);
    }

    /** The code point at {@code i}: the char itself unless it starts a surrogate pair (most text has none). */
    private static int codePointAt(char[] s, int i, int n) {
        char c = s[i];
        return Character.isHighSurrogate(c) ? Character.codePointAt(s, i, n) : c;
    }

    /**
     * Initials ({@code U.S.A.}) starting at {@code i}: appends the letters and returns where they end (after a final
     * dot), or -1 when these are not initials (one letter only, or a letter or digit follows).
     */
    private static int initials(char[] s, int n, int i, StringBuilder word) {
        int len = word.length();
        int p = i;
        int letters = 0;
        do {
            word.append(s[p++]);
            letters++;
        } while (p < n && s[p] == '.' && ++p < n && isUpperAscii(s[p]));
        if (letters > 1 && (p >= n || !isWordChar(codePointAt(s, p, n)))) return p;
        word.setLength(len);
        return -1;
    }
}
