package dev.parley.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject taken apart: reply/forward prefixes and bracketed tags removed, the patch tag
 * ({@code [PATCH v3 2/7]}, {@code [RFC PATCH net-next]}) read into version, index and total.
 *
 * @param normalized the subject without prefixes and tags, whitespace collapsed
 * @param tags every bracketed tag in order, without brackets
 * @param patchTag the tag that marks a patch or RFC, or null
 * @param version the patch version (1 for an unversioned patch), or 0 when this is no patch
 * @param index the position in the series (0 for a cover letter), or -1
 * @param total the series length, or -1
 * @param reply whether a reply/forward prefix was present
 */
public record SubjectInfo(String normalized, List<String> tags, String patchTag, int version, int index, int total,
                          boolean reply) {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?i)(re|fwd?|aw|sv|antw|vs|ref|wg|tr|odp|r)(\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*");
    private static final Pattern VERSION = Pattern.compile("(?i)(?:^|\\s)v(\\d+)(?:$|\\s)");
    private static final Pattern SERIES = Pattern.compile("(?:^|\\s)(\\d+)/(\\d+)(?:$|\\s)");

    public static SubjectInfo parse(String subject) {
        String s = subject == null ? "" : subject.strip();
        List<String> tags = new ArrayList<>();
        boolean reply = false;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            Matcher m = PREFIX.matcher(s);
            if (m.find()) {
                s = s.substring(m.end()).strip();
                reply = true;
                changed = true;
            } else if (s.startsWith("[")) {
                int end = s.indexOf(']');
                if (end > 0) {
                    tags.add(s.substring(1, end).strip());
                    s = s.substring(end + 1).strip();
                    changed = true;
                }
            }
        }
        String patchTag = null;
        int version = 0, index = -1, total = -1;
        for (String tag : tags) {
            String upper = tag.toUpperCase(Locale.ROOT);
            if (upper.contains("PATCH") || upper.startsWith("RFC") || upper.contains("PULL") || upper.contains("PATCHSET")) {
                patchTag = tag;
                Matcher v = VERSION.matcher(tag);
                version = v.find() ? Integer.parseInt(v.group(1)) : 1;
                Matcher n = SERIES.matcher(tag);
                if (n.find()) {
                    index = Integer.parseInt(n.group(1));
                    total = Integer.parseInt(n.group(2));
                }
                break;
            }
        }
        return new SubjectInfo(s.replaceAll("\\s+", " "), List.copyOf(tags), patchTag, version, index, total, reply);
    }

    public boolean isPatch() {
        return patchTag != null;
    }

    public boolean isCoverLetter() {
        return isPatch() && index == 0;
    }
}
