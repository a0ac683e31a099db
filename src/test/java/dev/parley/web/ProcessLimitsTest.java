package dev.parley.web;

import dev.parley.identity.Mailmap;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.lucene.LocalArchive;
import dev.parley.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits the JDK server reads once per process: a client that asks for a large answer and stops reading is cut
 * off once the response time limit has passed (it cannot hold a thread and a view of the archive for ever), and
 * connections beyond the cap are closed at once. The server runs in a process of its own, with small limits.
 */
class ProcessLimitsTest {

    private static final int RESPONSE_SECONDS = 2;
    private static final int CONNECTIONS = 4;
    private static Process process;
    private static URI base;

    /** The server of the test: serves the index given, with small limits, until it is killed. */
    public static void main(String[] args) throws Exception {
        WebServer.Options o = WebServer.Options.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> new LocalArchive(Path.of(args[0]), IndexSnapshot.FileAccess.MAPPED), Mailmap.EMPTY);
        WebServer server = WebServer.start(new WebServer.Options(o.listen(), o.opener(), o.mailmap(), null,
                o.requestTimeout(), Duration.ofSeconds(RESPONSE_SECONDS), o.workers(), o.queued(), CONNECTIONS,
                o.reopen(), o.errors()));
        System.out.println(server.url());
        Thread.sleep(Long.MAX_VALUE);
    }

    @BeforeAll
    static void start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), ProcessLimitsTest.class.getName(),
                ServeFixture.shared().index.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String url = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertNotNull(url, "the server said nothing");
        base = URI.create(url);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }

    private static Socket connect() throws IOException {
        Socket s = new Socket(base.getHost(), base.getPort());
        s.setSoTimeout(20_000);
        return s;
    }

    private static void send(Socket s, String path) throws IOException {
        s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Bytes until the server closes the connection (a reset counts as a close). */
    private static long readToEnd(Socket s) throws IOException {
        long read = 0;
        InputStream in = s.getInputStream();
        byte[] buf = new byte[1 << 16];
        try {
            for (int n; (n = in.read(buf)) > 0; ) read += n;
        } catch (SocketException e) {
            // reset: closed with data unread
        }
        return read;
    }

    @Test
    void aClientThatStopsReadingIsCutOffAtTheLimit() throws Exception {
        try (Socket s = connect()) {
            send(s, "/hostile/" + ServeFixture.HUGE + "/raw");
            Thread.sleep((RESPONSE_SECONDS + 3) * 1000L); // read nothing while the limit passes
            long read = readToEnd(s);
            assertTrue(read < ServeFixture.HUGE_BYTES, "the whole answer (" + read + " bytes) waited for a client that did "
                    + "not read; it should have been cut off after " + RESPONSE_SECONDS + " s");
        }
    }

    @Test
    void connectionsBeyondTheCapAreClosedAtOnce() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < CONNECTIONS; i++) idle.add(connect());
            Thread.sleep(500); // accepted
            try (Socket beyond = connect()) {
                send(beyond, "/_/parley.css");
                assertEquals(0, readToEnd(beyond), "no answer past the cap");
            }
        } finally {
            for (Socket s : idle) s.close();
        }
        Thread.sleep(500);
        try (Socket again = connect()) {
            send(again, "/_/parley.css");
            assertTrue(new String(again.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200"));
        }
    }
}
