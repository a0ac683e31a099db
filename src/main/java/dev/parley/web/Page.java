package dev.parley.web;

import dev.parley.render.DigestHtml;
import dev.parley.render.Permalinks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * One HTML page under construction: a Jsoup DOM, so every piece of mail text and every attribute is escaped by Jsoup
 * rather than by hand. The shell has the style sheet and the one script (the copy button's) from this server, a
 * header with the archive's name and a search box, and a footer for permalink and alternate formats.
 */
final class Page {

    static final String CSS_PATH = "/_/parley.css";
    static final String JS_PATH = "/_/parley.js";

    final Document doc;
    final Element main;
    private final Element footer;

    /**
     * @param title the page title
     * @param inbox the inbox the search box searches ("all" for the whole archive)
     * @param query the query to show in the search box, or null
     */
    Page(String title, String inbox, String query) {
        doc = DigestHtml.shell(title + " \u2014 Parley");
        doc.outputSettings().prettyPrint(false);
        Element head = doc.head();
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,"); // no favicon request, no 404 for it
        head.appendElement("link").attr("rel", "stylesheet").attr("href", CSS_PATH);
        head.appendElement("script").attr("src", JS_PATH).attr("defer", true);
        Element top = doc.body().appendElement("header").addClass("site");
        top.appendElement("a").addClass("home").attr("href", "/").text("Parley");
        Element form = top.appendElement("form").attr("method", "get").attr("action", inboxPath(inbox)).addClass("search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("aria-label", "search " + inbox)
                .attr("placeholder", "search " + inbox + " (lore query language: s:, f:, d:, ...)")
                .attr("value", query == null ? "" : query);
        form.appendElement("button").attr("type", "submit").text("search");
        main = doc.body().appendElement("main");
        footer = doc.body().appendElement("footer").addClass("site");
    }

    /** Adds a link to the footer's list (permalink, JSON, Markdown, raw, mbox...). */
    Page footerLink(String text, String href) {
        footer.appendElement("a").attr("href", href).text(text);
        return this;
    }

    Page footerLink(String text, String href, String rel, String type) {
        footer.appendElement("a").attr("href", href).attr("rel", rel).attr("type", type).text(text);
        doc.head().appendElement("link").attr("rel", rel).attr("type", type).attr("href", href);
        return this;
    }

    /** Says which messages an analysis left out as too large (nothing when none was). */
    Page leftOut(List<String> messageIds, String inbox) {
        if (messageIds.isEmpty()) return this;
        Element note = main.appendElement("p").addClass("note").appendText("Left out of the analysis as too large to read as prose: ");
        for (int i = 0; i < messageIds.size(); i++) {
            if (i > 0) note.appendText(", ");
            note.appendElement("a").attr("href", messagePath(inbox, messageIds.get(i))).text("<" + messageIds.get(i) + ">");
        }
        return this;
    }

    String html() {
        return doc.outerHtml();
    }

    Response response() {
        return Response.html(html());
    }

    static String inboxPath(String inbox) {
        return "/" + inbox + "/";
    }

    /** A message's page in an inbox: {@code /INBOX/MSGID/} with the id escaped as a path segment. */
    static String messagePath(String inbox, String messageId) {
        return Permalinks.of(inboxPath(inbox), messageId) + "/";
    }
}
