package dev.parley.web;

import dev.parley.analysis.digest.Digest;
import dev.parley.render.DigestHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code digest/}: the digest as {@code parley digest --format html} makes it, inside this site's page. That page
 * carries its style inline and sizes the timeline's bars with style attributes; under this server's
 * Content-Security-Policy neither applies, so the bars get a width class instead (5% steps, in the style sheet).
 */
final class DigestPage {

    private static final Pattern WIDTH = Pattern.compile("width:(\\d+)%");

    private DigestPage() {
    }

    static Response render(Digest d, String inbox, String pageBase, List<String> leftOut) {
        Page p = new Page("Digest: " + d.title(), inbox, null);
        p.footerLink("permalink", pageBase + "digest/")
                .footerLink("JSON", pageBase + "digest.json", "alternate", Analysis.JSON.split(";")[0])
                .footerLink("Markdown", pageBase + "digest.md", "alternate", Analysis.MARKDOWN.split(";")[0]);
        p.leftOut(leftOut, inbox);
        adopt(p, DigestHtml.render(d, "/r/"));
        p.main.addClass("digest");
        return p.response();
    }

    /** Moves the content of a rendered page's {@code main} into this page, its style attributes made classes. */
    static void adopt(Page p, String renderedPage) {
        Document doc = Jsoup.parse(renderedPage);
        for (Element styled : doc.select("main [style]")) {
            Matcher m = WIDTH.matcher(styled.attr("style"));
            styled.removeAttr("style");
            if (m.find()) styled.addClass("w-" + Math.min(100, Math.round(Integer.parseInt(m.group(1)) / 5f) * 5));
        }
        Element main = doc.selectFirst("main");
        if (main == null) return;
        for (Element child : List.copyOf(main.children())) p.main.appendChild(child);
    }
}
