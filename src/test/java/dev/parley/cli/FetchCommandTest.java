package dev.parley.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.parley.model.StoredMessage;
import dev.parley.testing.Mail;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code parley fetch} against a public-inbox-like server on the loopback address, serving fictional threads. */
class FetchCommandTest {

    /** A Message-ID with characters public-inbox escapes in URLs ('/') and keeps ('+'). */
    static final String ROOT = "20180604081233.1/2+wavefs@kernel.example";
    static final String ROOT_PATH = "/all/20180604081233.1%2F2+wavefs@kernel.example/t.mbox.gz";

    @TempDir
    Path tmp;

    HttpServer server;
    ExecutorService pool;
    String base;
    final List<String> requested = new CopyOnWriteArrayList<>();
    final Map<String, Answer> answers = new ConcurrentHashMap<>();

    record Answer(int status, String type, byte[] body, long delayMillis) {
    }

    static final String THREAD = Mail.mbox(
            Mail.message(ROOT).from("Grant Example <grant@kernel.example>").subject("[PATCH] staging: wavefs: remove")
                    .body("The driver has had no users for years.\n"),
            Mail.message("r1@kernel.example").from("Hilda Example <hilda@kernel.example>")
                    .subject("Re: [PATCH] staging: wavefs: remove").replyTo(ROOT).body("> remove\n\nPlease wait a release.\n"),
            Mail.message("r2@kernel.example").subject("Re: [PATCH] staging: wavefs: remove")
                    .replyTo(ROOT, "r1@kernel.example").body("From the users' side: nobody.\n"));

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        server.createContext("/", this::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/all/";
        answers.put(ROOT_PATH, new Answer(200, "application/gzip", gzip(THREAD.getBytes(StandardCharsets.UTF_8)), 0));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        requested.add(path);
        Answer a = answers.getOrDefault(path, new Answer(404, "text/html; charset=UTF-8",
                "<html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8), 0));
        try {
            Thread.sleep(a.delayMillis());
        } catch (InterruptedException e) {
            return;
        }
        ex.getResponseHeaders().set("Content-Type", a.type());
        ex.sendResponseHeaders(a.status(), a.body().length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(a.body());
        } catch (IOException gone) {
            // the client gave up (timeout test)
        }
    }

    record Run(int code, String err) {
    }

    Run fetch(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] full = new String[args.length + 1];
        full[0] = "fetch";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = Main.run(full, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    String index() {
        return tmp.resolve("index").toString();
    }

    @Test
    void fetchImportsTheWholeThreadNamingTheUrlItCameFrom() throws IOException {
        Run r = fetch("<" + ROOT + ">", "--base", base, "--index", index(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(ROOT_PATH), requested, "the Message-ID escaped as public-inbox does");
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            assertEquals(3, a.archive.stats().messages());
            assertEquals(1, a.threads().size());
            StoredMessage reply = a.one("r1@kernel.example");
            assertTrue(reply.source().startsWith(base + "20180604081233.1%2F2+wavefs@kernel.example/t.mbox.gz at byte "),
                    reply.source());
            assertEquals(a.threadOf(ROOT), reply.threadId());
        }
        assertEquals(0, fetch(ROOT, "--base", base, "--index", index(), "-q").code(), "fetching again is harmless");
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            assertEquals(3, a.archive.stats().messages(), "the second fetch found only duplicates");
        }
    }

    @Test
    void aMessageUrlNamesTheServerAndTheId() {
        Run r = fetch(base + "20180604081233.1%2F2+wavefs@kernel.example/T/#u", "--index", index(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(ROOT_PATH), requested);
    }

    @Test
    void dryRunSavesTheMboxAndImportsNothing() throws IOException {
        Path out = tmp.resolve("thread.mbx");
        Run r = fetch(ROOT, "--base", base, "--dry-run", "-o", out.toString(), "--index", index());
        assertEquals(0, r.code(), r.err());
        assertEquals(THREAD, Files.readString(out), "saved uncompressed, byte for byte");
        assertFalse(Files.exists(tmp.resolve("index")), "nothing imported");
    }

    @Test
    void anUnknownIdIsNotFound() {
        Run r = fetch("nobody@example.org", "--base", base, "--index", index());
        assertEquals(1, r.code());
        assertEquals("parley: no thread with Message-ID <nobody@example.org> at " + base + " (HTTP 404)\n", r.err());
        assertFalse(Files.exists(tmp.resolve("index")));
    }

    @Test
    void answersThatAreNoMboxAreClearErrors() throws IOException {
        String html = "<!DOCTYPE html><html><body>Service temporarily unavailable</body></html>";
        Map<String, Answer> cases = Map.of(
                "answered with an HTML page, not an mbox",
                new Answer(200, "text/html", html.getBytes(StandardCharsets.UTF_8), 0),
                "answered with content type application/json, not a gzip-compressed mbox",
                new Answer(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8), 0),
                "answered with data that is not gzip-compressed",
                new Answer(200, "application/gzip", THREAD.getBytes(StandardCharsets.UTF_8), 0),
                "answered with a gzip file that holds no mbox",
                new Answer(200, "application/gzip", gzip(html.getBytes(StandardCharsets.UTF_8)), 0),
                "answered with a damaged or incomplete gzip file",
                new Answer(200, "application/gzip", Arrays.copyOf(gzip(THREAD.getBytes(StandardCharsets.UTF_8)), 60), 0),
                "answered HTTP 503, not the thread's mbox",
                new Answer(503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8), 0));
        for (Map.Entry<String, Answer> c : cases.entrySet()) {
            answers.put(ROOT_PATH, c.getValue());
            Run r = fetch(ROOT, "--base", base, "--index", index());
            assertEquals(1, r.code(), c.getKey());
            assertTrue(r.err().startsWith("parley: " + base + "20180604081233.1%2F2+wavefs@kernel.example/t.mbox.gz "
                    + c.getKey()), r.err());
            assertEquals(1, r.err().lines().count(), "one sentence: " + r.err());
            assertFalse(Files.exists(tmp.resolve("index")), c.getKey());
        }
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeout() {
        answers.put(ROOT_PATH, new Answer(200, "application/gzip", new byte[0], 5_000));
        long start = System.nanoTime();
        Run r = fetch(ROOT, "--base", base, "--timeout", "1", "--index", index());
        assertEquals(1, r.code());
        assertEquals("parley: timed out after 1 s waiting for " + base + "20180604081233.1%2F2+wavefs@kernel.example/t.mbox.gz\n",
                r.err());
        assertTrue(System.nanoTime() - start < 4_000_000_000L, "gave up after about a second");
    }

    @Test
    void aServerThatIsNotThereCannotBeConnectedTo() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run r = fetch(ROOT, "--base", "http://127.0.0.1:" + port + "/all/", "--index", index());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("parley: cannot connect to 127.0.0.1:" + port), r.err());
    }

    @Test
    void badUsageIsExitTwo() {
        assertEquals(2, fetch(ROOT, "-o", "x.mbx", "--index", index()).code(), "-o without --dry-run");
        assertEquals(2, fetch("not an id", "--index", index()).code());
        assertEquals(2, fetch("https://lore.kernel.org/", "--index", index()).code());
    }
}
