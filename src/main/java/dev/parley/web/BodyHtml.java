package dev.parley.web;

import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text inside a {@code <pre>}: quoted lines marked, and http(s) addresses made links (only those: a
 * {@code javascript:} or {@code data:} address stays text). Everything is added as Jsoup text nodes, so nothing in
 * the mail becomes markup.
 */
final class BodyHtml {

    /** An http(s) address up to white space or a character that cannot end one. */
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"'\\u0000-\\u001f]+");
    private static final String TRAILING = ".,;:!?)]}'\"";

    private BodyHtml() {
    }

    /**
     * @param maxChars the text is cut here (a 50 MB body is normal input); {@code rawHref} then says where the rest is
     */
    static void append(Element parent, String text, int maxChars, String rawHref) {
        Element pre = parent.appendElement("pre").addClass("body");
        boolean cut = text.length() > maxChars;
        String shown = cut ? text.substring(0, maxChars) : text;
        int start = 0;
        while (start < shown.length()) {
            int nl = shown.indexOf('\n', start);
            int end = nl < 0 ? shown.length() : nl + 1;
            String line = shown.substring(start, end);
            if (line.startsWith(">")) linkified(pre.appendElement("span").addClass("q"), line);
            else linkified(pre, line);
            start = end;
        }
        if (cut) {
            Element note = parent.appendElement("p").addClass("cut");
            note.appendText("The text is cut here, after " + maxChars + " of its " + text.length() + " characters: ");
            note.appendElement("a").attr("href", rawHref).text("the whole message");
            note.appendText(".");
        }
    }

    static void linkified(Element into, String text) {
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) end--;
            if (end - m.start() <= "https://".length()) continue;
            into.appendText(text.substring(at, m.start()));
            String url = text.substring(m.start(), end);
            into.appendElement("a").attr("href", url).attr("rel", "nofollow noopener noreferrer").text(url);
            at = end;
        }
        into.appendText(text.substring(at));
    }
}
