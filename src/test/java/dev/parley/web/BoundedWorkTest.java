package dev.parley.web;

import dev.parley.identity.Mailmap;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.lucene.LocalArchive;
import dev.parley.testing.ServeFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server does when its work is slow or fails: it runs a bounded number of routes at once and answers 503 at
 * once beyond that, keeps its cheap answers fast, gives up a request past its time limit and stops its work, lets
 * ad-hoc rankings take the analysis slots, and remembers an analysis that failed instead of failing (and reporting)
 * again on every visit. Slow and failing reads are simulated on the real test archive ({@link HookedArchive}).
 */
class BoundedWorkTest {

    private final ServeFixture f = ServeFixture.shared();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private WebServer server;

    private record Answer(int status, String body, long millis) {
    }

    private void start(HookedArchive.Hook hook, int workers, int queued, Duration timeout) throws IOException {
        WebServer.Options o = WebServer.Options.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> new HookedArchive(new LocalArchive(f.index, IndexSnapshot.FileAccess.MAPPED), hook), Mailmap.EMPTY);
        server = WebServer.start(new WebServer.Options(o.listen(), o.opener(), o.mailmap(), null, timeout,
                o.responseTimeout(), workers, queued, o.maxConnections(), o.reopen(), errors::add));
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) server.close();
    }

    private Answer get(String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private CompletableFuture<Answer> getLater(String path) {
        return CompletableFuture.supplyAsync(() -> get(path));
    }

    /** Holds a core for that long, as a costly search does; no checkpoint, so nothing can stop it early. */
    private static void spin(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        double x = 1;
        while (System.nanoTime() < end) x += Math.sqrt(x);
        if (x < 0) throw new AssertionError();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Every analysis fails as a reply chain 30,000 deep did; {@code count} counts the attempts. */
    private static HookedArchive.Hook failingAnalyses(AtomicInteger count) {
        return HookedArchive.onAnalysedThread(() -> {
            count.incrementAndGet();
            throw new StackOverflowError();
        });
    }

    @Test
    void aFullServerAnswers503AtOnceAndItsStyleSheetStaysFast() throws Exception {
        AtomicInteger spinning = new AtomicInteger();
        start(read -> {
            if (read.startsWith("search") && read.contains("spinword")) {
                spinning.incrementAndGet();
                spin(4_000);
            }
        }, 2, 1, Duration.ofSeconds(30));
        List<CompletableFuture<Answer>> costly = new ArrayList<>();
        for (int i = 0; i < 4; i++) costly.add(getLater("/all/?q=spinword" + "&o=" + i));
        for (int i = 0; i < 100 && spinning.get() < 2; i++) sleep(50); // two run, one waits, one is turned away
        assertEquals(2, spinning.get());
        Answer css = get("/_/parley.css");
        assertEquals(200, css.status());
        assertTrue(css.millis() < 1_500, "the style sheet took " + css.millis() + " ms beside two CPU-bound searches");
        List<Answer> answers = new ArrayList<>();
        for (CompletableFuture<Answer> c : costly) answers.add(c.get());
        List<Answer> refused = answers.stream().filter(a -> a.status() == 503).toList();
        assertEquals(1, refused.size(), "one search beyond two running and one waiting: " + answers);
        assertTrue(refused.get(0).millis() < 1_500, "refused at once, not after " + refused.get(0).millis() + " ms");
        assertEquals(3, answers.stream().filter(a -> a.status() == 200).count(), answers.toString());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aRequestPastItsTimeLimitIsAnswered503AndItsWorkStops() throws IOException {
        AtomicInteger threadsRead = new AtomicInteger();
        start(HookedArchive.onAnalysedThread(() -> {
            threadsRead.incrementAndGet();
            sleep(400);
        }), 2, 4, Duration.ofSeconds(1));
        Answer ranking = get("/_/digest/?since=2000-01-01");
        assertEquals(503, ranking.status(), ranking.body());
        assertTrue(ranking.millis() < 3_000, "answered at the time limit, not after " + ranking.millis() + " ms");
        sleep(1_000); // the thread being read when the limit passed is read to its end; then the work stops
        int after = threadsRead.get();
        sleep(1_500);
        assertEquals(after, threadsRead.get(), "no thread is read for a request that has been answered");
        assertTrue(after <= 5, after + " threads read in about two seconds of 400 ms each");
        assertEquals(200, get("/all/").status(), "the worker is free again");
    }

    @Test
    void adHocRankingsTakeTheAnalysisSlotsAndOneQuestionIsWorkedOutOnce() throws Exception {
        AtomicInteger threadsRead = new AtomicInteger();
        start(HookedArchive.onAnalysedThread(() -> {
            threadsRead.incrementAndGet();
            sleep(200);
        }), 8, 8, Duration.ofSeconds(30));
        int slots = Site.Limits.defaults().analysisSlots();
        List<CompletableFuture<Answer>> asked = new ArrayList<>();
        for (int i = 0; i < 2 * slots + 1; i++) asked.add(getLater("/_/digest/?since=2000-01-0" + (i + 1)));
        List<Answer> answers = new ArrayList<>();
        for (CompletableFuture<Answer> a : asked) answers.add(a.get());
        List<Answer> refused = answers.stream().filter(a -> a.status() == 503).toList();
        assertFalse(refused.isEmpty(), "beyond the slots and as many waiting, a ranking is refused: " + answers);
        assertTrue(refused.stream().allMatch(a -> a.millis() < 1_500), "refused at once: " + refused);

        Answer first = get("/_/digest/?q=s:wavefs&since=2018-06-01");
        assertEquals(200, first.status(), first.body());
        int read = threadsRead.get();
        Answer again = get("/_/digest/?q=%20s:wavefs%20%20&since=20180601");
        assertEquals(200, again.status());
        assertEquals(read, threadsRead.get(), "the same question, spelled otherwise, is answered from the kept ranking");
        assertEquals(Jsoup.parse(first.body()).select("main").text(), Jsoup.parse(again.body()).select("main").text());
        assertEquals(400, get("/_/digest/?q=-").status(), "a query with no word to search for");
        assertEquals(400, get("/_/digest/?since=someday").status());
    }

    @Test
    void aRequestBodyCutOffIsNoFailureOfTheServer() throws Exception {
        start(read -> { }, 2, 4, Duration.ofSeconds(30));
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            s.getOutputStream().write(("POST /all/?x=m HTTP/1.1\r\nHost: " + server.url().substring("http://".length())
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nq=s%3Awav")
                    .getBytes(StandardCharsets.ISO_8859_1));
            s.shutdownOutput(); // the rest of the form never comes
            s.setSoTimeout(10_000);
            s.getInputStream().readAllBytes();
        }
        assertEquals(200, get("/all/").status(), "the server goes on");
        assertTrue(errors.isEmpty(), "a client that left is not an unexpected failure: " + errors);
    }

    @Test
    void anAnalysisThatFailsIsRememberedAndReportedOnce() throws IOException {
        AtomicInteger failed = new AtomicInteger();
        start(failingAnalyses(failed), 2, 4, Duration.ofSeconds(30));
        String thread = "/all/" + ServeFixture.WAVEFS_ROOT + "/";
        for (String page : List.of("debate/", "debate.json", "quotes/", "digest.md", "debate/")) {
            Answer a = get(thread + page);
            assertEquals(500, a.status(), page);
            assertFalse(a.body().contains("StackOverflow"), "no internals in the answer: " + a.body());
        }
        assertEquals(1, failed.get(), "read once");
        assertEquals(1, errors.size(), "reported once: " + errors);
        assertTrue(errors.get(0).contains("StackOverflowError"), errors.get(0));
    }

    @Test
    void theFrontPagesRankingThatFailsIsSaidAndReportedOnce() throws IOException {
        AtomicInteger failed = new AtomicInteger();
        start(failingAnalyses(failed), 2, 4, Duration.ofSeconds(30));
        String note = "";
        for (int i = 0; i < 50 && !note.contains("could not"); i++) {
            Answer front = get("/");
            assertEquals(200, front.status());
            note = Jsoup.parse(front.body()).select("#busiest p.note").text();
            sleep(100);
        }
        assertTrue(note.contains("could not be worked out"), note);
        for (int i = 0; i < 3; i++) assertEquals(200, get("/").status());
        sleep(300);
        assertEquals(1, failed.get(), "worked out once, not again on every visit");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("busiest") && errors.get(0).contains("StackOverflowError"), errors.get(0));
    }
}
