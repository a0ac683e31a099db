package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.archive.ThreadHit;
import dev.parley.query.LoreQuery;
import dev.parley.model.Prefix;
import dev.parley.query.QueryNode;
import dev.parley.query.QuerySyntaxException;
import dev.parley.query.Snippet;
import dev.parley.render.TextStyle;
import org.jsoup.nodes.Element;

import java.io.IOException;

/**
 * {@code /INBOX/}: without a query, the threads with the newest messages; with {@code ?q=}, the search (thread-grouped
 * hits with their best message and its snippet, as {@code parley search --threads}), its Atom feed ({@code x=A}) or,
 * asked with POST, its mbox ({@code x=m}, {@code t=1}).
 */
final class InboxIndex {

    private InboxIndex() {
    }

    /** Every dated message (an open date range): what an inbox shows before anything is searched. */
    static QueryNode everything() {
        return new QueryNode.DateRange(Prefix.DATE, null, null, "..");
    }

    static Response handle(Site site, Archive a, Inboxes inboxes, String inbox, Request req) throws IOException {
        String q = req.param("q");
        String x = req.params().getOrDefault("x", "");
        if (q == null) {
            if (x.equals("A")) return AtomFeed.newest(site, a, inboxes, inbox, req);
            return page(site, a, inboxes, inbox, req, null, null);
        }
        if (q.length() > site.limits.maxQueryChars()) {
            throw HttpError.badRequest("The query is longer than " + site.limits.maxQueryChars() + " characters.");
        }
        // a query that does not parse, or parses to no word at all ("-"), is the asker's mistake: said, never a 500
        try {
            QueryNode parsed = inboxes.scope(inbox, LoreQuery.parse(q));
            if (x.equals("m") && req.method().equals("POST")) {
                return LoreFormats.searchMbox(site, a, parsed, "1".equals(req.param("t")), q);
            }
            if (x.equals("A")) return AtomFeed.search(a, parsed, q, inbox, req);
            return page(site, a, inboxes, inbox, req, q, null);
        } catch (QuerySyntaxException e) {
            if (x.equals("m") || x.equals("A")) throw HttpError.badRequest(e.getMessage());
            return page(site, a, inboxes, inbox, req, q, e.getMessage());
        }
    }

    private static Response page(Site site, Archive a, Inboxes inboxes, String inbox, Request req, String q,
                                 String queryError) throws IOException {
        int size = site.limits.pageSize();
        int offset = req.intParam("o", 0, 0, site.limits.maxOffset());
        String title = q == null ? inbox : q + " \u2014 search " + inbox;
        Page p = new Page(title, inbox, q);
        if (q == null) p.footerLink("Atom feed of the newest messages", Page.inboxPath(inbox) + "new.atom",
                "alternate", AtomFeed.TYPE);
        Element h1 = p.main.appendElement("h1");
        if (queryError != null) {
            h1.text("Search " + inbox);
            p.main.appendElement("p").addClass("query-error").text(queryError);
            return Response.text(400, Response.HTML, p.html());
        }
        SearchRequest.Sort sort = sort(req, q == null);
        QueryNode query = q == null ? inboxes.scope(inbox, everything()) : inboxes.scope(inbox, LoreQuery.parse(q));
        SearchResult r = a.search(new SearchRequest(query, sort, size, offset, true, false, q != null, false));
        if (q == null) {
            h1.text(inbox.equals(Inboxes.ALL) ? "All lists" : inbox);
            String listId = inboxes.listId(inbox);
            if (listId != null) p.main.appendElement("p").addClass("meta").text("List-Id: <" + listId + ">");
        } else {
            h1.text("Search: " + q);
            p.main.appendElement("p").addClass("meta").text(summary(r, offset));
            sortLinks(p.main, inbox, q, sort);
            downloads(p, inbox, q);
        }
        Element list = p.main.appendElement("ol").addClass("threads").attr("start", Integer.toString(offset + 1));
        for (ThreadHit t : r.threads()) thread(list.appendElement("li"), t, inboxes, inbox, q != null);
        pager(p.main, inbox, q, offset, size, r.threadTotal(), sort, q == null);
        return p.response();
    }

    private static SearchRequest.Sort sort(Request req, boolean index) {
        String s = req.param("s");
        if (s == null) return index ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE;
        try {
            return SearchRequest.Sort.parse(s);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    private static String summary(SearchResult r, int offset) {
        if (r.total() == 0) return "No matching messages.";
        String what = TextStyle.count(r.total()) + " matching message" + (r.total() == 1 ? "" : "s") + " in "
                + TextStyle.count(r.threadTotal()) + " thread" + (r.threadTotal() == 1 ? "" : "s");
        if (r.threads().isEmpty()) return what + "; none past " + offset + ".";
        return what + "; threads " + (offset + 1) + "\u2013" + (offset + r.threads().size()) + ".";
    }

    private static void sortLinks(Element main, String inbox, String q, SearchRequest.Sort sort) {
        Element nav = main.appendElement("p").addClass("sort").appendText("Order: ");
        String[][] orders = {{"relevance", "best match"}, {"-date", "newest"}, {"date", "oldest"}};
        for (String[] o : orders) {
            if (SearchRequest.Sort.parse(o[0]) == sort) nav.appendElement("strong").text(o[1]);
            else nav.appendElement("a").attr("href", Links.search(inbox, q, 0) + "&s=" + Links.form(o[0])).text(o[1]);
            nav.appendText(" ");
        }
    }

    /** The Atom feed link, and lore's download form: a POST of {@code x=m} (and {@code t=1} for whole threads). */
    private static void downloads(Page p, String inbox, String q) {
        p.footerLink("Atom feed of these results", Links.search(inbox, q, 0) + "&x=A", "alternate", AtomFeed.TYPE);
        Element form = p.main.appendElement("form").addClass("download").attr("method", "post")
                .attr("action", Links.search(inbox, q, 0));
        form.appendElement("button").attr("type", "submit").attr("name", "x").attr("value", "m")
                .text("download the matches as mbox.gz");
        form.appendElement("label").appendElement("input").attr("type", "checkbox").attr("name", "t").attr("value", "1")
                .parent().appendText(" whole threads");
    }

    private static void thread(Element li, ThreadHit t, Inboxes inboxes, String inbox, boolean withSnippet) {
        var best = t.best().message();
        String href = Page.messagePath(inbox, best.messageId());
        li.appendElement("a").addClass("subject").attr("href", href + "t/")
                .text(t.subject().isBlank() ? "(no subject)" : t.subject());
        li.appendElement("span").addClass("meta").text(" " + TextStyle.date(t.rootDate()) + " \u00b7 "
                + t.messages() + (t.messages() == 1 ? " message" : " messages")
                + (withSnippet ? " \u00b7 " + t.hits() + (t.hits() == 1 ? " hit" : " hits") : ""));
        Element hit = li.appendElement("div").addClass("hit");
        hit.appendElement("span").addClass("date").text(TextStyle.date(best.date()));
        hit.appendText(" ");
        hit.appendElement("span").addClass("from").text(best.from().displayName());
        hit.appendText(" ");
        Element link = hit.appendElement("a").attr("href", href);
        marked(link, withSnippet ? t.best().subject() : new Snippet(best.subject(), java.util.List.of()));
        if (withSnippet && !t.best().snippet().text().isEmpty()) {
            marked(li.appendElement("p").addClass("snippet"), t.best().snippet());
        }
    }

    /** Snippet text with the matched words in {@code <mark>}, built node by node (escaped). */
    static void marked(Element into, Snippet s) {
        String text = s.text();
        int at = 0;
        for (Snippet.Mark m : s.marks()) {
            into.appendText(text.substring(at, m.start()));
            into.appendElement("mark").text(text.substring(m.start(), m.end()));
            at = m.end();
        }
        into.appendText(text.substring(at));
        if (text.isEmpty()) into.appendText("(no subject)");
    }

    private static void pager(Element main, String inbox, String q, int offset, int size, long total,
                              SearchRequest.Sort sort, boolean index) {
        Element nav = main.appendElement("nav").addClass("pager");
        String sortParam = sort == (index ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE) ? ""
                : "&s=" + Links.form(sort == SearchRequest.Sort.DATE ? "date" : sort == SearchRequest.Sort.NEWEST ? "-date" : "relevance");
        if (offset > 0) {
            int prev = Math.max(0, offset - size);
            nav.appendElement("a").attr("rel", "prev").attr("href", pageLink(inbox, q, prev) + sortParam).text("\u2190 previous");
        }
        if (offset + size < total) {
            nav.appendElement("a").attr("rel", "next").attr("href", pageLink(inbox, q, offset + size) + sortParam)
                    .text("next \u2192");
        }
    }

    private static String pageLink(String inbox, String q, int offset) {
        if (q != null) return Links.search(inbox, q, offset);
        return Page.inboxPath(inbox) + "?o=" + offset;
    }
}
