package dev.parley.web;

import dev.parley.testing.CliRun;
import dev.parley.testing.ServeFixture;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** lore's URLs and formats as b4, lei and feed readers read them, over real HTTP against the fixture archive. */
class LoreUrlsTest {

    private static final String LORE_FROM_LINE = "From mboxrd@z Thu Jan  1 00:00:00 1970";
    private final ServeFixture f = ServeFixture.shared();

    @Test
    void threadMboxHoldsTheThreadAsParleyExportsIt() {
        HttpResponse<byte[]> r = f.get("/all/" + ServeFixture.WAVEFS_ROOT + "/t.mbox.gz");
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().matches("inline; filename=[A-Za-z0-9._-]+\\.mbox\\.gz"));
        byte[] mbox = gunzip(r.body());
        for (String line : new String(mbox, StandardCharsets.ISO_8859_1).split("\n")) {
            if (line.startsWith("From ")) assertEquals(LORE_FROM_LINE, line, "every separator is lore's");
        }
        assertSameMessages(exportThread(ServeFixture.WAVEFS_ROOT), ServeFixture.messages(mbox));
    }

    @Test
    void messageIdsAreReadAsB4QuotesThem() {
        // b4 quotes with Python's quote_plus: '/' %2F, '+' %2B, '%' %25, '@' %40
        String quoted = URLEncoder.encode(ServeFixture.ODD_ID, StandardCharsets.UTF_8);
        assertEquals("a%2Fb%2Bc%25d%40evil.example", quoted);
        HttpResponse<byte[]> raw = f.get("/all/" + quoted + "/raw");
        assertEquals(200, raw.statusCode());
        String text = new String(raw.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(LORE_FROM_LINE + "\n"), text);
        assertTrue(text.contains("Message-ID: <" + ServeFixture.ODD_ID + ">"));
        assertTrue(text.contains("\n>From here on, a line"), "a From line in the body is quoted, mboxrd");
        assertEquals("text/plain; charset=utf-8", raw.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(200, f.get("/all/" + quoted + "/t.mbox.gz").statusCode());
    }

    @Test
    void postedSearchIsTheMatchesAsAGzippedMbox() {
        HttpResponse<byte[]> r = f.post("/all/?x=m&q=" + form("f:neilb s:wavefs"));
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElseThrow());
        List<byte[]> matches = ServeFixture.messages(gunzip(r.body()));
        assertEquals(total("f:neilb s:wavefs"), matches.size());
        for (byte[] m : matches) assertTrue(new String(m, StandardCharsets.UTF_8).contains("neilb@suse.example.com"));

        List<byte[]> threads = ServeFixture.messages(gunzip(f.post("/all/?x=m&t=1&q=" + form("f:neilb s:wavefs")).body()));
        assertSameMessages(exportThread(ServeFixture.WAVEFS_ROOT), threads);
    }

    @Test
    void aListInboxSearchesOnlyItsList() {
        List<byte[]> netdev = ServeFixture.messages(gunzip(f.post("/netdev/?x=m&q=" + form("d:2000-01-01..")).body()));
        assertFalse(netdev.isEmpty());
        for (byte[] m : netdev) assertTrue(new String(m, StandardCharsets.UTF_8).contains("netdev"), "only netdev mail");
        assertEquals(404, f.post("/netdev/?x=m&q=s:wavefs").statusCode(), "the wavefs thread is on another list");
    }

    @Test
    void dtIsLeisNameForDatesToTheSecond() {
        List<byte[]> day = ServeFixture.messages(gunzip(f.post("/all/?x=m&q=" + form("s:wavefs d:20180605..20180605")).body()));
        List<byte[]> seconds = ServeFixture.messages(gunzip(f.post("/all/?x=m&q="
                + form("s:wavefs dt:20180605000000..20180606000000")).body()));
        assertFalse(day.isEmpty());
        assertSameMessages(day, seconds);
        assertEquals(404, f.post("/all/?x=m&q=" + form("s:wavefs dt:20180605000000..20180605000001")).statusCode());
    }

    @Test
    void nothingMatchingIs404AsLeiExpects() {
        HttpResponse<byte[]> r = f.post("/all/?x=m&q=nosuchwordanywhere");
        assertEquals(404, r.statusCode());
        assertEquals(400, f.post("/all/?x=m&q=" + form("s:(unclosed")).statusCode());
    }

    @Test
    void aFormsContentTypeIsReadWhateverItsCase() {
        HttpResponse<byte[]> r = f.send(HttpRequest.newBuilder(URI.create(f.base + "/all/"))
                .header("Content-Type", "Application/X-WWW-FORM-URLENCODED; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + form("s:wavefs") + "&x=m")));
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(17, ServeFixture.messages(gunzip(r.body())).size());
    }

    @Test
    void aGetWithXmIsThePageAsOnLore() {
        HttpResponse<byte[]> r = f.get("/all/?x=m&q=s:wavefs");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }

    @Test
    void redirectsAreAbsoluteAsB4Needs() {
        HttpResponse<byte[]> r = f.get("/r/" + ServeFixture.WAVEFS_ROOT);
        assertEquals(301, r.statusCode());
        assertEquals(f.base + "/driverdev-devel/" + ServeFixture.WAVEFS_ROOT + "/", r.headers().firstValue("Location").orElseThrow());
        // b4 with a list's URL asks HEAD LIST/MSGID and takes the inbox from where it is sent
        HttpResponse<byte[]> head = f.send(HttpRequest.newBuilder(URI.create(f.base + "/driverdev-devel/" + ServeFixture.WAVEFS_ROOT))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(301, head.statusCode());
        assertEquals(f.base + "/driverdev-devel/" + ServeFixture.WAVEFS_ROOT + "/", head.headers().firstValue("Location").orElseThrow());
        assertEquals(f.base + "/all/", f.get("/all").headers().firstValue("Location").orElseThrow());
        assertEquals(f.base + "/all/" + ServeFixture.WAVEFS_ROOT + "/t/",
                f.get("/all/" + ServeFixture.WAVEFS_ROOT + "/t").headers().firstValue("Location").orElseThrow());
        assertEquals(f.base + "/all/?q=x", f.get("/all?q=x").headers().firstValue("Location").orElseThrow(), "the query stays");
    }

    @Test
    void unknownThingsAre404() {
        assertEquals(404, f.get("/all/no-such-id@nowhere.example/t.mbox.gz").statusCode());
        assertEquals(404, f.get("/all/no-such-id@nowhere.example/raw").statusCode());
        assertEquals(404, f.get("/all/no-such-id@nowhere.example/").statusCode());
        assertEquals(404, f.get("/no-such-list/").statusCode());
        assertEquals(404, f.get("/all/" + ServeFixture.WAVEFS_ROOT + "/nothing-here").statusCode());
        assertEquals(404, f.get("/r/no-such-id@nowhere.example").statusCode());
    }

    @Test
    void searchFeedHasWhatFeedReadersNeed() throws Exception {
        Document feed = atom("/all/?q=s:wavefs&x=A");
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals("s:wavefs - search results", text(root, "title"));
        assertTrue(text(root, "id").matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        Instant.parse(text(root, "updated"));
        assertEquals(f.base + "/all/?q=s%3Awavefs&x=A", link(root, "self"));
        assertEquals(200, f.get(link(root, "alternate").substring(f.base.length())).statusCode());
        List<Element> entries = children(root, "entry");
        assertEquals(17, entries.size());
        Instant previous = Instant.MAX;
        int replies = 0;
        for (Element e : entries) {
            Instant updated = Instant.parse(text(e, "updated"));
            assertFalse(updated.isAfter(previous), "newest first");
            previous = updated;
            assertFalse(text(e, "title").isBlank());
            Element author = children(e, "author").get(0);
            assertFalse(text(author, "name").isBlank());
            assertTrue(text(author, "email").contains("@"));
            String href = children(e, "link").get(0).getAttribute("href");
            String id = URI.create(href).getRawPath().split("/")[2];
            assertEquals(uuid(java.net.URLDecoder.decode(id, StandardCharsets.UTF_8)), text(e, "id"), "public-inbox's id");
            assertEquals(200, f.get(href.substring(f.base.length())).statusCode());
            Element content = children(e, "content").get(0);
            assertEquals("xhtml", content.getAttribute("type"));
            assertEquals("http://www.w3.org/1999/xhtml", ((Element) content.getElementsByTagNameNS("*", "div").item(0)).getNamespaceURI());
            if (e.getElementsByTagNameNS("http://purl.org/syndication/thread/1.0", "in-reply-to").getLength() > 0) replies++;
        }
        assertEquals(16, replies, "every message but the root answers one");
    }

    @Test
    void hostileMailStaysTextInFeeds() throws Exception {
        Document feed = atom("/hostile/new.atom");
        List<Element> entries = children(feed.getDocumentElement(), "entry");
        assertEquals(5, entries.size());
        assertEquals(0, feed.getElementsByTagNameNS("*", "script").getLength(), "a script tag in mail is text");
        boolean sawScriptText = false;
        for (Element e : entries) sawScriptText |= text(e, "title").contains("<script>");
        assertTrue(sawScriptText);
        Document thread = atom("/all/" + ServeFixture.HOSTILE_ROOT + "/t.atom");
        assertEquals(5, children(thread.getDocumentElement(), "entry").size());
    }

    private Document atom(String path) throws Exception {
        HttpResponse<byte[]> r = f.get(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals("application/atom+xml", r.headers().firstValue("Content-Type").orElseThrow());
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())
                    && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI())) out.add(e);
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertFalse(found.isEmpty(), "no <" + name + ">");
        return found.get(0).getTextContent();
    }

    private static String link(Element feed, String rel) {
        for (Element l : children(feed, "link")) if (rel.equals(l.getAttribute("rel"))) return l.getAttribute("href");
        throw new AssertionError("no link rel=" + rel);
    }

    static String uuid(String s) throws Exception {
        String h = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        return "urn:uuid:" + h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20, 32);
    }

    private long total(String query) {
        CliRun r = CliRun.run(f.index, "search", "--json", query);
        assertEquals(0, r.code(), r.err());
        return Long.parseLong(r.out().replaceAll("(?s)^\\{\"total\":(\\d+).*", "$1"));
    }

    /** The thread as {@code parley export --thread} writes it, split into messages. */
    List<byte[]> exportThread(String messageId) {
        CliRun r = CliRun.run(f.index, "export", "--thread", messageId);
        assertEquals(0, r.code(), r.err());
        return ServeFixture.messages(r.out().getBytes(StandardCharsets.UTF_8));
    }

    static void assertSameMessages(List<byte[]> expected, List<byte[]> actual) {
        assertEquals(expected.size(), actual.size(), "messages");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "message " + i + " byte for byte");
        }
    }

    /** The messages of a gzipped mbox. */
    static List<byte[]> messagesOf(byte[] gz) {
        return ServeFixture.messages(gunzip(gz));
    }

    static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String form(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
