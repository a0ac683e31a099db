package dev.parley.web;

import dev.parley.model.StoredMessage;
import dev.parley.mail.Address;
import dev.parley.mail.Attachment;
import dev.parley.mail.ParsedMessage;
import dev.parley.render.TextStyle;
import dev.parley.render.ThreadView;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;

/** {@code /INBOX/MSGID/}: one message (every stored copy of its Message-ID), and where it sits in its thread. */
final class MessagePage {

    /** A thread larger than this is not drawn under each of its messages; its own page has it. */
    static final int OVERVIEW_MAX = 300;
    /** Messages sharing one Message-ID shown on its page at most; the raw link has every one. */
    static final int COPIES_SHOWN = 10;

    private MessagePage() {
    }

    static Response render(Site site, SharedArchive.Lease lease, Inboxes inboxes, String inbox, MessageLookup.Copies found)
            throws IOException {
        List<StoredMessage> copies = found.shown();
        StoredMessage first = found.first();
        String base = Page.messagePath(inbox, first.messageId());
        Page p = new Page(first.subject().isBlank() ? "(no subject)" : first.subject(), inbox, null);
        p.footerLink("permalink", Page.messagePath(inboxes.home(first.lists()), first.messageId()))
                .footerLink("raw", base + "raw")
                .footerLink("thread mbox.gz", base + "t.mbox.gz")
                .footerLink("thread Atom feed", base + "t.atom", "alternate", AtomFeed.TYPE);
        for (int i = 0; i < copies.size(); i++) {
            Element article = p.main.appendElement("article").addClass("message");
            if (i > 0) article.appendElement("p").addClass("note").text("Another message with the same Message-ID:");
            StoredMessage m = copies.get(i);
            message(article, site, inbox, m, parse(m));
        }
        if (found.total() > copies.size()) {
            long more = found.total() - copies.size();
            p.main.appendElement("p").addClass("note").appendText(TextStyle.count(more) + " more message"
                    + (more == 1 ? " has" : "s have") + " this Message-ID; ").appendElement("a").attr("href", base + "raw")
                    .text("the raw form has them all");
        }
        Element nav = p.main.appendElement("nav").addClass("actions");
        nav.appendElement("a").attr("href", base + "t/").text("thread");
        nav.appendElement("a").attr("href", base + "T/").text("thread, every message in full");
        nav.appendElement("a").attr("href", base + "debate/").text("debate");
        nav.appendElement("a").attr("href", base + "quotes/").text("quotes");
        nav.appendElement("a").attr("href", base + "digest/").text("digest");
        nav.appendElement("a").attr("href", base + "raw").text("raw");
        List<StoredMessage> thread = site.threads.light(lease, first.threadId());
        Element overview = p.main.appendElement("section").addClass("overview");
        overview.appendElement("h2").text("Thread (" + thread.size() + (thread.size() == 1 ? " message)" : " messages)"));
        if (thread.size() <= OVERVIEW_MAX) ThreadPage.tree(overview, ThreadView.tree(thread), inbox, first.messageId());
        else overview.appendElement("p").appendElement("a").attr("href", base + "t/").text("The whole thread");
        return p.response();
    }

    private static ParsedMessage parse(StoredMessage m) {
        try {
            return m.parsed();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static void message(Element article, Site site, String inbox, StoredMessage stored, ParsedMessage m) {
        String base = Page.messagePath(inbox, stored.messageId());
        article.appendElement("h1").text(stored.subject().isBlank() ? "(no subject)" : stored.subject());
        if (stored.removed()) article.appendElement("p").addClass("removed").text("Its archive has since removed this message.");
        Element dl = article.appendElement("dl").addClass("headers");
        if (m == null) {
            header(dl, "From", stored.from().toString());
            header(dl, "Date", TextStyle.date(stored.date()) + " UTC");
            header(dl, "Message-ID", "<" + stored.messageId() + ">");
            article.appendElement("p").addClass("note").text("This message no longer parses; its original bytes are behind the raw link.");
            return;
        }
        header(dl, "From", m.from().toString());
        if (!m.to().isEmpty()) header(dl, "To", addresses(m.to()));
        if (!m.cc().isEmpty()) header(dl, "Cc", addresses(m.cc()));
        if (m.date() != null) {
            header(dl, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(m.date().atWriterOffset()) + "  ("
                    + TextStyle.date(m.date().instant()) + " UTC)");
        }
        header(dl, "Message-ID", m.syntheticId() ? m.messageId() + " (made up by Parley: the message had none)"
                : "<" + m.messageId() + ">");
        if (!m.inReplyTo().isEmpty()) {
            dl.appendElement("dt").text("In-Reply-To");
            dl.appendElement("dd").appendElement("a").attr("href", Page.messagePath(inbox, m.inReplyTo()))
                    .text("<" + m.inReplyTo() + ">");
        }
        if (!m.listIds().isEmpty()) header(dl, "List-Id", String.join(", ", m.listIds()));
        for (Attachment x : m.attachments()) {
            header(dl, "Attachment", (x.filename().isEmpty() ? "(unnamed)" : x.filename()) + " (" + x.contentType()
                    + ", " + x.size() + " bytes)");
        }
        BodyHtml.append(article, m.body().text(), site.limits.bodyChars(), base + "raw");
    }

    private static void header(Element dl, String name, String value) {
        dl.appendElement("dt").text(name);
        dl.appendElement("dd").text(value);
    }

    private static String addresses(List<Address> list) {
        StringJoiner j = new StringJoiner(", ");
        for (Address x : list) j.add(x.toString());
        return j.toString();
    }
}
