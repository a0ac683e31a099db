package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.model.StoredMessage;
import dev.parley.query.QueryNode;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Atom feeds as public-inbox writes them ({@code WwwAtomStream.pm}): the feed's title, its HTML page as the
 * alternate link, a self link, an id and the newest entry's time; per message the author's name and address, the
 * subject, the date, a link to its page, an id that is a {@code urn:uuid} made from the SHA-1 of the Message-ID,
 * {@code thr:in-reply-to} for a reply, and the body text as XHTML. Written with the JDK's StAX writer, which
 * escapes; characters XML cannot hold (control characters in mail) are dropped first.
 */
final class AtomFeed {

    static final String TYPE = "application/atom+xml";
    static final int ENTRIES = 25;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String THREAD = "http://purl.org/syndication/thread/1.0";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** An entry's text is cut here: a feed is for noticing a message, its page is for reading it. */
    private static final int ENTRY_CHARS = 20_000;

    private AtomFeed() {
    }

    /** {@code /INBOX/new.atom}: the newest messages. */
    static Response newest(Site site, Archive a, Inboxes inboxes, String inbox, Request req) throws IOException {
        QueryNode q = inboxes.scope(inbox, null);
        List<StoredMessage> messages = newest(a, q == null ? InboxIndex.everything() : q);
        String html = req.base() + Page.inboxPath(inbox);
        return feed(inbox + " \u2014 newest messages", html, html + "new.atom", uuid("inbox\n" + inbox), messages, req, inbox);
    }

    /** {@code /INBOX/?q=QUERY&x=A}: the newest matches. */
    static Response search(Archive a, QueryNode query, String q, String inbox, Request req) throws IOException {
        String html = req.base() + Page.inboxPath(inbox) + "?q=" + Links.form(q);
        return feed(q + " - search results", html, html + "&x=A", uuid("q\n" + q), newest(a, query), req, inbox);
    }

    /**
     * {@code /INBOX/MSGID/t.atom}: the thread's newest messages; chosen from the thread read without bytes, so only
     * the entries shown are loaded whole.
     */
    static Response thread(Site site, SharedArchive.Lease lease, String inbox, StoredMessage given, Request req)
            throws IOException {
        List<StoredMessage> newest = new ArrayList<>(site.threads.light(lease, given.threadId()));
        newest.removeIf(StoredMessage::removed);
        newest.sort(Comparator.comparing(StoredMessage::date, Comparator.nullsLast(Comparator.reverseOrder())));
        List<StoredMessage> messages = MessageLookup.withRaw(lease.archive(), newest.subList(0, Math.min(ENTRIES, newest.size())));
        String html = req.base() + Page.messagePath(inbox, given.messageId()) + "t/";
        String title = messages.isEmpty() ? given.subject() : messages.get(messages.size() - 1).subject();
        return feed(title, html, req.base() + Page.messagePath(inbox, given.messageId()) + "t.atom",
                uuid("t\n" + given.messageId()), messages, req, inbox);
    }

    private static List<StoredMessage> newest(Archive a, QueryNode query) throws IOException {
        SearchResult r = a.search(new SearchRequest(query, SearchRequest.Sort.NEWEST, ENTRIES, 0, false, true, false, false));
        List<StoredMessage> out = new ArrayList<>();
        for (SearchHit h : r.hits()) out.add(h.message());
        return out;
    }

    private static Response feed(String title, String htmlUrl, String selfUrl, String id, List<StoredMessage> messages,
                                 Request req, String inbox) {
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(sw);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeNamespace("thr", THREAD);
            element(x, "title", title);
            link(x, "alternate", "text/html", htmlUrl);
            link(x, "self", TYPE, selfUrl);
            element(x, "id", id);
            Instant updated = messages.stream().map(StoredMessage::date).filter(d -> d != null)
                    .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            element(x, "updated", time(updated));
            for (StoredMessage m : messages) entry(x, m, req.base(), inbox);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing an Atom feed failed: " + e.getMessage(), e);
        }
        return Response.bytes(200, TYPE, sw.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(XMLStreamWriter x, StoredMessage m, String base, String inbox) throws XMLStreamException {
        x.writeStartElement("entry");
        x.writeStartElement("author");
        element(x, "name", m.fromName().isBlank() ? m.fromAddress() : m.fromName());
        element(x, "email", m.fromAddress());
        x.writeEndElement();
        element(x, "title", m.subject().isBlank() ? "(no subject)" : m.subject());
        element(x, "updated", time(m.date() == null ? Instant.EPOCH : m.date()));
        x.writeEmptyElement("link");
        x.writeAttribute("href", base + Page.messagePath(inbox, m.messageId()));
        element(x, "id", uuid(m.messageId()));
        if (m.inReplyTo() != null && !m.inReplyTo().isEmpty()) {
            x.writeEmptyElement("thr", "in-reply-to", THREAD);
            x.writeAttribute("ref", uuid(m.inReplyTo()));
            x.writeAttribute("href", base + Page.messagePath(inbox, m.inReplyTo()));
        }
        x.writeStartElement("content");
        x.writeAttribute("type", "xhtml");
        x.writeStartElement("div");
        x.writeDefaultNamespace(XHTML);
        x.writeStartElement("pre");
        x.writeCharacters(clean(body(m)));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static String body(StoredMessage m) {
        String text;
        try {
            text = m.body().text();
        } catch (IllegalStateException e) {
            return "(the message's body could not be read)";
        }
        return text.length() <= ENTRY_CHARS ? text : text.substring(0, ENTRY_CHARS) + "\n[\u2026]";
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** public-inbox's ids: {@code urn:uuid:} and the first 32 hex digits of the SHA-1, grouped 8-4-4-4-12. */
    static String uuid(String s) {
        try {
            String h = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
            return "urn:uuid:" + h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                    + h.substring(16, 20) + "-" + h.substring(20, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops what XML 1.0 cannot hold: control characters other than tab and line ends, lone surrogates, U+FFFE/F. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) sb.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE;
            }
            if (!ok && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            else if (ok && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }
}
