package dev.parley.render;

import dev.parley.query.Snippet;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How text for people looks: ANSI colour on a terminal, plain text with {@code **word**} marks otherwise (and in
 * JSON).
 */
public record TextStyle(boolean colour) {

    public static final TextStyle PLAIN = new TextStyle(false);

    private static final String MATCH = "\033[1;31m", BOLD = "\033[1m", DIM = "\033[2m", RESET = "\033[0m";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** The snippet with its matched words highlighted. */
    public String marked(Snippet s) {
        return colour ? s.marked(MATCH, RESET) : s.marked("**", "**");
    }

    public String bold(String s) {
        return colour ? BOLD + s + RESET : s;
    }

    public String dim(String s) {
        return colour ? DIM + s + RESET : s;
    }

    /**
     * A count with its thousands grouped by commas, "24,997", as in the rest of Parley's English text. By hand:
     * {@code String.format("%,d")} first sets up the locale's number symbols, which cost a short command 5-10 ms.
     */
    public static String count(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int first = (digits.length() - sign) % 3 == 0 ? 3 : (digits.length() - sign) % 3;
        StringBuilder sb = new StringBuilder(digits.length() + 6).append(digits, 0, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) sb.append(',').append(digits, i, i + 3);
        return sb.toString();
    }

    /** A date in UTC to the minute, as the lists' web archives show it; dashes when unknown. */
    public static String date(Instant t) {
        return t == null ? "----------------" : DAY_TIME.format(t);
    }
}
