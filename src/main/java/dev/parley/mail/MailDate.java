package dev.parley.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * A point in time with the writer's own UTC offset, parsed tolerantly from RFC 5322 {@code Date:} headers and mbox
 * {@code From } lines (asctime): comments, missing weekday or seconds, two-digit years, named zones, doubled spaces.
 */
public record MailDate(Instant instant, int offsetSeconds) {

    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("BST", 60), Map.entry("IST", 330), Map.entry("CET", 60), Map.entry("MET", 60),
            Map.entry("MEZ", 60), Map.entry("CEST", 120), Map.entry("MEST", 120), Map.entry("MESZ", 120),
            Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("JST", 540),
            Map.entry("KST", 540), Map.entry("HKT", 480), Map.entry("AEST", 600), Map.entry("AEDT", 660),
            Map.entry("NZST", 720), Map.entry("NZDT", 780), Map.entry("EST", -300), Map.entry("EDT", -240),
            Map.entry("CST", -360), Map.entry("CDT", -300), Map.entry("MST", -420), Map.entry("MDT", -360),
            Map.entry("PST", -480), Map.entry("PDT", -420), Map.entry("AKST", -540), Map.entry("HST", -600));
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    public OffsetDateTime atWriterOffset() {
        return instant.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    /** Parses a Date: header or an asctime date; null when no date can be read. */
    public static MailDate parse(String text) {
        if (text == null) return null;
        String s = stripComments(text).replace(',', ' ').strip();
        if (s.isEmpty()) return null;
        String[] tok = s.split("\\s+");
        Integer day = null, month = null, year = null;
        int hour = 0, minute = 0, second = 0;
        boolean timeSeen = false;
        Integer offsetMinutes = null;
        for (String t : tok) {
            if (t.length() >= 8 && t.charAt(4) == '-' && Character.isDigit(t.charAt(0))
                    && t.matches("\\d{4}-\\d{1,2}-\\d{1,2}(T.*)?")) { // ISO 8601, sometimes seen
                try {
                    OffsetDateTime iso = OffsetDateTime.parse(t);
                    return new MailDate(iso.toInstant(), iso.getOffset().getTotalSeconds());
                } catch (DateTimeException e) {
                    String[] ymd = t.split("T")[0].split("-");
                    year = Integer.parseInt(ymd[0]);
                    month = Integer.parseInt(ymd[1]);
                    day = Integer.parseInt(ymd[2]);
                    continue;
                }
            }
            String lower = t.toLowerCase(Locale.ROOT);
            int mon = monthOf(lower);
            if (mon > 0 && month == null) { month = mon; continue; }
            if (isWeekday(lower)) continue;
            if (!timeSeen && t.indexOf(':') > 0 && Character.isDigit(t.charAt(0))) {
                String[] hms = t.split(":");
                try {
                    hour = Integer.parseInt(hms[0]);
                    minute = hms.length > 1 ? Integer.parseInt(hms[1]) : 0;
                    second = hms.length > 2 ? (int) Double.parseDouble(hms[2]) : 0;
                    timeSeen = true;
                } catch (NumberFormatException e) {
                    return null;
                }
                continue;
            }
            if ((t.startsWith("+") || t.startsWith("-")) && t.length() >= 3 && timeSeen && offsetMinutes == null) {
                offsetMinutes = numericOffset(t);
                continue;
            }
            Integer named = ZONES.get(t.toUpperCase(Locale.ROOT));
            if (named != null && offsetMinutes == null) { offsetMinutes = named; continue; }
            if (t.chars().allMatch(Character::isDigit) && !t.isEmpty() && t.length() <= 5) {
                int v = Integer.parseInt(t);
                if (day == null && t.length() <= 2 && v >= 1 && v <= 31 && (year == null || month != null)) day = v;
                else if (year == null) year = t.length() <= 2 ? (v < 50 ? 2000 + v : 1900 + v) : (t.length() == 3 ? 1900 + v : v);
            }
        }
        if (day == null || month == null || year == null) return null;
        int offset = offsetMinutes == null ? 0 : offsetMinutes;
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, Math.min(hour, 23), Math.min(minute, 59), Math.min(second, 59));
            ZoneOffset zo = ZoneOffset.ofTotalSeconds(offset * 60);
            return new MailDate(local.toInstant(zo), offset * 60);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer numericOffset(String t) {
        String digits = t.substring(1).replace(":", "");
        if (!digits.chars().allMatch(Character::isDigit) || digits.isEmpty()) return null;
        int v = Integer.parseInt(digits.length() > 4 ? digits.substring(0, 4) : digits);
        int minutes = digits.length() <= 2 ? v * 60 : (v / 100) * 60 + (v % 100);
        if (minutes > 18 * 60) return 0; // nonsense offsets are read as UTC rather than rejected
        return t.startsWith("-") ? -minutes : minutes;
    }

    private static int monthOf(String lower) {
        if (lower.length() < 3) return 0;
        String p = lower.substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) if (MONTHS[i].equals(p) && lower.chars().allMatch(Character::isLetter)) return i + 1;
        return 0;
    }

    private static boolean isWeekday(String lower) {
        return lower.length() >= 3 && lower.chars().allMatch(Character::isLetter)
                && "mon tue wed thu fri sat sun".contains(lower.substring(0, 3));
    }

    private static String stripComments(String s) {
        if (s.indexOf('(') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) sb.append(c);
        }
        return sb.toString();
    }
}
