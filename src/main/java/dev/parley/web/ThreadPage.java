package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.model.StoredMessage;
import dev.parley.mail.SubjectInfo;
import dev.parley.render.TextStyle;
import dev.parley.render.ThreadView;
import dev.parley.thread.ThreadTree;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.List;

/**
 * {@code /INBOX/MSGID/t/}: the thread as a reply tree (as {@code parley thread}, lore's thread overview), one line per
 * message with date, author and the subject when it changes; and {@code T/}: the thread's messages in full, oldest
 * first, a page at a time.
 */
final class ThreadPage {

    /** Deeper replies are drawn at this depth (one CSS class per depth), so lines stay readable. */
    static final int MAX_DEPTH = 20;
    /** Messages in full on one page of {@code T/}. */
    static final int FULL_PAGE = 25;

    private ThreadPage() {
    }

    static Response render(Site site, SharedArchive.Lease lease, String inbox, StoredMessage given, boolean full,
                           Request req) throws IOException {
        Archive a = lease.archive();
        List<StoredMessage> messages = site.threads.light(lease, given.threadId());
        String subject = messages.isEmpty() ? given.subject() : messages.get(0).subject();
        Page p = new Page(subject.isBlank() ? "(no subject)" : subject, inbox, null);
        String base = Page.messagePath(inbox, given.messageId());
        p.footerLink("thread mbox.gz", base + "t.mbox.gz").footerLink("thread Atom feed", base + "t.atom", "alternate", AtomFeed.TYPE);
        p.main.appendElement("h1").text(subject.isBlank() ? "(no subject)" : subject);
        p.main.appendElement("p").addClass("meta").text(messages.size() + (messages.size() == 1 ? " message" : " messages")
                + ", dates in UTC");
        Element nav = p.main.appendElement("nav").addClass("actions");
        nav.appendElement("a").attr("href", full ? base + "t/" : base + "T/").text(full ? "reply tree" : "every message in full");
        nav.appendElement("a").attr("href", base + "debate/").text("debate");
        nav.appendElement("a").attr("href", base + "quotes/").text("quotes");
        nav.appendElement("a").attr("href", base + "digest/").text("digest");
        if (!full) {
            tree(p.main, ThreadView.tree(messages), inbox, given.messageId());
            return p.response();
        }
        int offset = req.intParam("o", 0, 0, Math.max(0, messages.size() - 1));
        List<StoredMessage> page = messages.subList(offset, Math.min(messages.size(), offset + FULL_PAGE));
        for (StoredMessage m : MessageLookup.withRaw(a, page)) {
            Element article = p.main.appendElement("article").addClass("message").id("m-" + m.uid());
            Element h = article.appendElement("h2");
            h.appendElement("a").attr("href", Page.messagePath(inbox, m.messageId()))
                    .text(m.subject().isBlank() ? "(no subject)" : m.subject());
            article.appendElement("p").addClass("meta").text(m.from() + " \u00b7 " + TextStyle.date(m.date()));
            String text;
            try {
                text = m.body().text();
            } catch (IllegalStateException e) {
                text = "(this message no longer parses; see its raw form)";
            }
            BodyHtml.append(article, text, site.limits.bodyChars(), Page.messagePath(inbox, m.messageId()) + "raw");
        }
        Element pager = p.main.appendElement("nav").addClass("pager");
        if (offset > 0) pager.appendElement("a").attr("rel", "prev").attr("href", base + "T/?o=" + Math.max(0, offset - FULL_PAGE)).text("\u2190 previous");
        if (offset + FULL_PAGE < messages.size()) pager.appendElement("a").attr("rel", "next").attr("href", base + "T/?o=" + (offset + FULL_PAGE)).text("next \u2192");
        return p.response();
    }

    /** The reply tree as a list, one line per message, indented by depth; {@code currentId}'s line is marked. */
    static void tree(Element parent, ThreadTree<StoredMessage> tree, String inbox, String currentId) {
        Element ol = parent.appendElement("ol").addClass("tree");
        for (ThreadTree.Node<StoredMessage> top : ThreadView.tops(tree)) {
            ThreadTree.<StoredMessage, String>walk(top, null, (n, depth, parentSubject) -> line(ol, n, depth, parentSubject, inbox, currentId));
        }
    }

    /** Appends one message's line; returns the normalized subject its replies compare theirs with. */
    private static String line(Element ol, ThreadTree.Node<StoredMessage> n, int depth, String parentSubject, String inbox,
                               String currentId) {
        Cancellation.checkpoint();
        StoredMessage m = n.message();
        Element li = ol.appendElement("li").addClass("d-" + Math.min(depth, MAX_DEPTH));
        if (m == null) {
            li.addClass("ghost").appendElement("span").addClass("date").text(TextStyle.date(null));
            li.appendText(" [not in the archive] <" + n.id() + ">");
            return parentSubject;
        }
        if (m.messageId().equals(currentId)) li.addClass("current").attr("aria-current", "true");
        li.appendElement("span").addClass("date").text(TextStyle.date(m.date()));
        li.appendText(" ");
        li.appendElement("a").attr("href", Page.messagePath(inbox, m.messageId())).text(m.from().displayName());
        if (m.removed()) li.appendElement("span").addClass("removed").text(" [removed from its archive]");
        String norm = SubjectInfo.parse(m.subject()).normalized();
        if (parentSubject == null || !norm.equals(parentSubject)) li.appendElement("span").addClass("subject").text(" " + m.subject());
        return norm;
    }
}
