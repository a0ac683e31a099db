package dev.parley.query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date values of {@code d:} and {@code rt:} as lore takes them, in UTC: {@code A..B}, {@code A..}, {@code ..B} or a
 * single {@code A} (that whole day). An end date names a whole day, so {@code 20200101..20200131} is all of January.
 * Each end is a day ({@code 20180601}, {@code 2018-06-01}, {@code 2018/06/01}), a month ({@code 2018-06}) or a year
 * ({@code 2018}) as a whole, a relative day in git's
 * approxidate style ({@code now}, {@code today}, {@code yesterday}, {@code 2.weeks.ago}, {@code last.month}; like
 * lore's {@code d:}, these name whole days), or an exact time ({@code 20180601143000},
 * {@code 2018-06-01T14:30[:00][Z|+02:00]}, or Unix seconds).
 */
public final class LoreDates {

    /** A value that is not a date; {@code offset} is where in the value the bad part starts. */
    public static final class BadDate extends Exception {
        public final int offset;
        public final String part;

        BadDate(int offset, String part, String reason) {
            super(reason);
            this.offset = offset;
            this.part = part;
        }
    }

    /** From (inclusive) and until (exclusive); either may be null for an open end. */
    public record Span(Instant from, Instant until) {
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})|(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SECONDS14 = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,12}");
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}[tT].+");
    private static final Pattern AGO = Pattern.compile("(\\d+)\\.([a-z]+)\\.ago");
    private static final Pattern LAST = Pattern.compile("last\\.([a-z]+)");
    private static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
            Map.entry("second", ChronoUnit.SECONDS), Map.entry("sec", ChronoUnit.SECONDS),
            Map.entry("minute", ChronoUnit.MINUTES), Map.entry("min", ChronoUnit.MINUTES),
            Map.entry("hour", ChronoUnit.HOURS), Map.entry("day", ChronoUnit.DAYS),
            Map.entry("week", ChronoUnit.WEEKS), Map.entry("month", ChronoUnit.MONTHS),
            Map.entry("year", ChronoUnit.YEARS));
    static final String FORMS = "use a day like 20180601 or 2018-06-01, a month (2018-06) or year (2018), a relative day like yesterday, 2.weeks.ago or "
            + "last.month, or a time like 2018-06-01T14:30Z; ranges are A..B, A.. or ..B";

    private LoreDates() {
    }

    /** Reads a value of d: or rt:, with relative days counted back from {@code now}. */
    public static Span parse(String value, Instant now) throws BadDate {
        int dots = value.indexOf("..");
        if (dots < 0) {
            if (value.isEmpty()) throw new BadDate(0, value, "a date is missing; " + FORMS);
            Point p = point(value, 0, now);
            return new Span(p.start, p.precise ? p.start.plus(1, ChronoUnit.DAYS) : p.end);
        }
        String a = value.substring(0, dots), b = value.substring(dots + 2);
        if (b.contains("..")) throw new BadDate(dots + 2 + b.indexOf(".."), value, "a range has one '..'");
        if (a.isEmpty() && b.isEmpty()) throw new BadDate(0, value, "a range needs at least one end; " + FORMS);
        Instant from = a.isEmpty() ? null : point(a, 0, now).start;
        Instant until = b.isEmpty() ? null : point(b, dots + 2, now).end;
        if (from != null && until != null && !from.isBefore(until)) {
            throw new BadDate(0, value, "the range ends before it starts");
        }
        return new Span(from, until);
    }

    /** One end: the first instant it names and the first instant after it. */
    private record Point(Instant start, Instant end, boolean precise) {
    }

    private static Point point(String text, int offset, Instant now) throws BadDate {
        String s = text.toLowerCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = SECONDS14.matcher(s)).matches()) {
                LocalDateTime t = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6));
                return exact(t.toInstant(ZoneOffset.UTC));
            }
            if ((m = DAY.matcher(s)).matches()) {
                int g = m.group(1) != null ? 1 : 4;
                return day(LocalDate.of(num(m, g), num(m, g + 1), num(m, g + 2)));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
                return span(first, first.plusMonths(1));
            }
            if (YEAR.matcher(s).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(s), 1, 1);
                return span(first, first.plusYears(1));
            }
            if (EPOCH.matcher(s).matches()) return exact(Instant.ofEpochSecond(Long.parseLong(s)));
            if (ISO_TIME.matcher(s).matches()) return exact(isoTime(text.toUpperCase(Locale.ROOT)));
        } catch (DateTimeException e) {
            throw new BadDate(offset, text, "no such date or time (" + e.getMessage() + ")");
        }
        ZonedDateTime utcNow = now.atZone(ZoneOffset.UTC);
        switch (s) {
            case "now", "today" -> {
                return day(utcNow.toLocalDate());
            }
            case "yesterday" -> {
                return day(utcNow.toLocalDate().minusDays(1));
            }
            default -> {
            }
        }
        Matcher ago = AGO.matcher(s), last = LAST.matcher(s);
        if (ago.matches()) return day(utcNow.minus(Long.parseLong(ago.group(1)), unit(ago.group(2), text, offset)).toLocalDate());
        if (last.matches()) return day(utcNow.minus(1, unit(last.group(1), text, offset)).toLocalDate());
        throw new BadDate(offset, text, "not a date; " + FORMS);
    }

    private static Instant isoTime(String s) {
        if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$")) return OffsetDateTime.parse(s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    }

    private static ChronoUnit unit(String word, String text, int offset) throws BadDate {
        ChronoUnit u = UNITS.get(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
        if (u == null) throw new BadDate(offset, text, "unknown time unit '" + word + "' (use seconds, minutes, hours, days, weeks, months or years)");
        return u;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Point day(LocalDate d) {
        return span(d, d.plusDays(1));
    }

    private static Point span(LocalDate first, LocalDate next) {
        return new Point(first.atStartOfDay(ZoneOffset.UTC).toInstant(), next.atStartOfDay(ZoneOffset.UTC).toInstant(), false);
    }

    private static Point exact(Instant t) {
        return new Point(t, t.plusSeconds(1), true);
    }
}
