package dev.parley.web;

import dev.parley.identity.Mailmap;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.lucene.LocalArchive;
import dev.parley.testing.ServeFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thread-wide formats and a Message-ID on many messages load what they show, not every message whole: the thread's
 * Atom feed only its newest entries, its mbox a page at a time, a message's page a few of its copies, its raw form
 * streamed. Reads are counted on the real test archive ({@link HookedArchive}).
 */
class ThreadFormatsTest {

    private static final ServeFixture f = ServeFixture.shared();
    private static final AtomicLong rawLoaded = new AtomicLong();
    private static final List<String> reads = new CopyOnWriteArrayList<>();
    private static WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws IOException {
        server = WebServer.start(WebServer.Options.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> new HookedArchive(new LocalArchive(f.index, IndexSnapshot.FileAccess.MAPPED), reads::add, rawLoaded),
                Mailmap.EMPTY));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        rawLoaded.set(0);
        reads.clear();
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "chain" + i + "@odd.example").toList();
    }

    @Test
    void aThreadsAtomFeedLoadsOnlyTheEntriesItShows() throws Exception {
        HttpResponse<byte[]> r = get("/all/" + ServeFixture.CHAIN_ROOT + "/t.atom");
        assertEquals(200, r.statusCode());
        Document feed = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<String> links = feed.select("entry > link").eachAttr("href");
        assertEquals(AtomFeed.ENTRIES, links.size());
        List<String> newest = ids(ServeFixture.CHAIN_LENGTH - AtomFeed.ENTRIES, ServeFixture.CHAIN_LENGTH).reversed();
        assertEquals(newest.stream().map(id -> server.url() + "/all/" + id + "/").toList(), links, "newest first");
        assertTrue(feed.select("entry content pre").first().text().contains("Link 39 of the chain."));
        assertEquals(AtomFeed.ENTRIES, rawLoaded.get(), "messages loaded with their bytes: " + reads);
    }

    @Test
    void aThreadsMboxIsWrittenAPageAtATimeNotLoadedWhole() throws Exception {
        HttpResponse<byte[]> r = get("/all/chain7@odd.example/t.mbox.gz");
        assertEquals(200, r.statusCode());
        List<byte[]> messages = ServeFixture.messages(LoreUrlsTest.gunzip(r.body()));
        assertEquals(ServeFixture.CHAIN_LENGTH, messages.size());
        for (int i = 0; i < messages.size(); i++) {
            assertTrue(new String(messages.get(i), StandardCharsets.UTF_8).contains("Message-ID: <chain" + i + "@odd.example>"),
                    "oldest first: " + i);
        }
        assertTrue(reads.stream().noneMatch(read -> read.startsWith("thread ") && read.endsWith(" raw")),
                "no read of the whole thread with its bytes: " + reads);
        assertEquals(ServeFixture.CHAIN_LENGTH, rawLoaded.get());
    }

    @Test
    void aMessageIdOnManyMessagesShowsAFewOfThemAndStreamsTheRawForm() throws Exception {
        String page = "/all/" + ServeFixture.DUP_ID + "/";
        HttpResponse<byte[]> r = get(page);
        assertEquals(200, r.statusCode());
        Document doc = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(MessagePage.COPIES_SHOWN, doc.select("article.message").size());
        assertTrue(doc.select("article.message").first().text().contains("Copy 1 of a message"), "oldest first");
        int more = ServeFixture.DUP_COPIES - MessagePage.COPIES_SHOWN;
        assertTrue(doc.select("main > p.note").text().contains(more + " more messages have this Message-ID"), doc.select("main").text());
        assertEquals(page + "raw", doc.select("main > p.note a").attr("href"));
        assertEquals(MessagePage.COPIES_SHOWN, rawLoaded.get(), "copies loaded with their bytes: " + reads);

        HttpResponse<byte[]> raw = get(page + "raw");
        assertEquals(200, raw.statusCode());
        assertEquals(ServeFixture.DUP_COPIES, ServeFixture.messages(raw.body()).size());
        assertFalse(raw.headers().firstValue("Content-Length").isPresent(), "streamed, not held whole first");
    }
}
