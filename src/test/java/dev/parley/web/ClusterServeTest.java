package dev.parley.web;

import dev.parley.identity.Mailmap;
import dev.parley.opensearch.OpenSearchArchive;
import dev.parley.testing.Samples;
import dev.parley.testing.ServeFixture;
import dev.parley.testing.TestCluster;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The server on an OpenSearch archive (it reads only through {@code Archive}): the same samples give the same
 * mbox, pages and analyses as on the embedded index. SKIPPED where no OpenSearch node can run.
 */
class ClusterServeTest {

    private static TestCluster cluster;
    private static WebServer server;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ServeFixture local = ServeFixture.shared();

    @BeforeAll
    static void start() throws IOException {
        cluster = new TestCluster("serve", 2);
        cluster.importPaths(Samples.SAMPLES);
        server = WebServer.start(WebServer.Options.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> new OpenSearchArchive(cluster.settings), Mailmap.EMPTY));
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
        if (cluster != null) cluster.close();
    }

    @Test
    void theThreadMboxIsTheSame() throws Exception {
        String path = "/all/" + ServeFixture.WAVEFS_ROOT + "/t.mbox.gz";
        LoreUrlsTest.assertSameMessages(LoreUrlsTest.messagesOf(local.get(path).body()), LoreUrlsTest.messagesOf(get(path)));
    }

    @Test
    void theDebateAndItsPagesAreTheSame() throws Exception {
        String debate = "/all/" + ServeFixture.WAVEFS_ROOT + "/debate.json";
        assertEquals(new String(local.get(debate).body()), new String(get(debate)));
        Document mine = Jsoup.parse(new String(get("/driverdev-devel/?q=s:wavefs")));
        Document theirs = Jsoup.parse(local.page("/driverdev-devel/?q=s:wavefs"));
        assertEquals(theirs.select("main p.meta").text(), mine.select("main p.meta").text());
        assertEquals(theirs.select("ol.threads a.subject").eachText(), mine.select("ol.threads a.subject").eachText());
        String thread = "/all/" + ServeFixture.WAVEFS_ROOT + "/t/";
        assertEquals(Jsoup.parse(local.page(thread)).select("ol.tree").text(), Jsoup.parse(new String(get(thread))).select("ol.tree").text());
    }

    private static byte[] get(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
