package dev.parley.web;

import dev.parley.identity.Mailmap;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.lucene.LocalArchive;
import dev.parley.testing.ServeFixture;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that asks for a large answer and stops reading cannot hold the server's thread (and its view of the archive)
 * for ever: the connection is closed once the response time limit has passed. The JDK server reads that limit once
 * per process, so the server runs in a process of its own, with a limit of two seconds.
 */
class ResponseTimeLimitTest {

    private static final int LIMIT_SECONDS = 2;

    /** The server of the test: serves the index given, with the short response time limit, until it is killed. */
    public static void main(String[] args) throws Exception {
        WebServer.Options o = WebServer.Options.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> new LocalArchive(Path.of(args[0]), IndexSnapshot.FileAccess.MAPPED), Mailmap.EMPTY);
        WebServer server = WebServer.start(new WebServer.Options(o.listen(), o.opener(), o.mailmap(), null,
                o.requestTimeout(), Duration.ofSeconds(LIMIT_SECONDS), o.workers(), o.queued(), o.maxConnections(),
                o.reopen(), o.errors()));
        System.out.println(server.url());
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void aClientThatStopsReadingIsCutOffAtTheLimit() throws Exception {
        ServeFixture f = ServeFixture.shared();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), ResponseTimeLimitTest.class.getName(), f.index.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertNotNull(url, "the server said nothing");
            URI base = URI.create(url);
            try (Socket s = new Socket(base.getHost(), base.getPort())) {
                s.getOutputStream().write(("GET /hostile/" + ServeFixture.HUGE + "/raw HTTP/1.1\r\nHost: " + base.getAuthority()
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                Thread.sleep((LIMIT_SECONDS + 3) * 1000L); // read nothing while the limit passes
                s.setSoTimeout(20_000);
                long read = 0;
                InputStream in = s.getInputStream();
                byte[] buf = new byte[1 << 16];
                try {
                    for (int n; (n = in.read(buf)) > 0; ) read += n;
                } catch (SocketException e) {
                    // reset: closed with data unread, as good as an end
                }
                assertTrue(read < ServeFixture.HUGE_BYTES, "the whole answer (" + read + " bytes) waited for a client that did "
                        + "not read; it should have been cut off after " + LIMIT_SECONDS + " s");
            }
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
