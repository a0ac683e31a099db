package dev.parley.web;

import dev.parley.testing.CliRun;
import dev.parley.testing.ServeFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the server must never do, whatever the mail or the request: run mail as markup, leave its files, write, hang. */
class SafetyTest {

    private final ServeFixture f = ServeFixture.shared();

    @Test
    void everyAnswerCarriesTheStrictPolicy() {
        for (String path : List.of("/", "/all/", "/all/?q=wavefs", "/all/" + ServeFixture.HOSTILE_ROOT + "/",
                "/all/" + ServeFixture.WAVEFS_ROOT + "/debate/", "/no-such-list/", "/_/parley.css")) {
            HttpResponse<byte[]> r = f.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError(path));
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElseThrow());
        }
    }

    @Test
    void hostileMailIsTextOnEveryPage() {
        for (String path : List.of("/all/" + ServeFixture.HOSTILE_ROOT + "/", "/all/" + ServeFixture.HOSTILE_HTML + "/",
                "/all/" + ServeFixture.HOSTILE_ROOT + "/t/", "/all/" + ServeFixture.HOSTILE_ROOT + "/T/",
                "/all/?q=" + LoreUrlsTest.form("f:mallory"), "/hostile/", "/all/" + ServeFixture.HOSTILE_ROOT + "/debate/",
                "/all/" + ServeFixture.HOSTILE_ROOT + "/quotes/", "/all/" + ServeFixture.HOSTILE_ROOT + "/digest/")) {
            Document doc = Jsoup.parse(f.page(path));
            for (Element script : doc.select("script")) assertEquals("/_/parley.js", script.attr("src"), path);
            assertTrue(doc.select("iframe, object, embed, img, main style, [style]").isEmpty(), path);
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), path + ": " + e.tagName() + " has " + a);
                    boolean noIcon = e.is("link[rel=icon]") && a.getValue().equals("data:,"); // the page's own: no favicon request
                    if (!noIcon && (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action"))) {
                        String v = a.getValue().strip().toLowerCase();
                        assertTrue(v.startsWith("/") || v.startsWith("#") || v.startsWith("http://") || v.startsWith("https://")
                                || v.startsWith("?"), path + ": " + a);
                    }
                }
            }
        }
        Document message = Jsoup.parse(f.page("/all/" + ServeFixture.HOSTILE_ROOT + "/"));
        assertTrue(message.selectFirst("h1").text().startsWith("<script>window." + ServeFixture.PWNED + "=1</script>"));
        String body = message.selectFirst("pre.body").text();
        assertTrue(body.contains("<img src=x onerror="), body);
        assertTrue(body.contains("javascript:window." + ServeFixture.PWNED + "=4 is not a link"));
        assertEquals(List.of("https://example.org/a?b=1&c=2"), message.select("pre.body a").eachAttr("href"));
        Document html = Jsoup.parse(f.page("/all/" + ServeFixture.HOSTILE_HTML + "/"));
        assertTrue(html.selectFirst("pre.body").text().contains("click here"));
        assertTrue(html.select("pre.body a").isEmpty(), "the javascript: link is not a link");
    }

    @Test
    void brokenUtf8IsShownAsParleyDecodesItInWellFormedUtf8() throws Exception {
        byte[] bytes = f.get("/all/" + ServeFixture.BROKEN_UTF8 + "/").body();
        String page = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString(); // throws if not UTF-8
        CliRun show = CliRun.run(f.index, "show", ServeFixture.BROKEN_UTF8);
        String line = show.out().lines().filter(l -> l.startsWith("Broken: ")).findFirst().orElseThrow();
        assertTrue(line.length() > "Broken: ".length());
        assertTrue(Jsoup.parse(page).selectFirst("pre.body").wholeText().contains(line), page);
    }

    @Test
    void aFiftyMegabyteBodyIsCutOnItsPageAndWholeInRaw() {
        long start = System.nanoTime();
        HttpResponse<byte[]> page = f.get("/all/" + ServeFixture.HUGE + "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().length < 2_000_000, "page of " + page.body().length + " bytes");
        Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
        assertNotNull(doc.selectFirst("p.cut a[href$=/raw]"));
        assertTrue(doc.selectFirst("pre.body").text().startsWith("All work and no play makes a very long mail; <b>bold</b> & more."));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "answered in time");
        HttpResponse<byte[]> raw = f.get("/all/" + ServeFixture.HUGE + "/raw");
        assertTrue(raw.body().length > ServeFixture.HUGE_BYTES, "raw has it all: " + raw.body().length);
    }

    @Test
    void noPathLeadsOutsideTheSite() {
        for (String path : List.of("/_/../../../../etc/passwd", "/_/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/_/..%2F..%2Fetc%2Fpasswd",
                "/../../etc/passwd", "/_/parley.css/../../../etc/passwd", "/_/%2Fetc%2Fpasswd", "/all/..%2F..%2Fetc%2Fpasswd/raw",
                "/_/parley.css%00", "/_//etc/passwd")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"), path + ": " + firstLine(answer));
            assertFalse(answer.contains("root:"), path);
        }
    }

    @Test
    void itAnswersOnlyToItsOwnNames() {
        String answer = raw("GET /all/ HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 421"), firstLine(answer));
        assertTrue(raw("GET /all/ HTTP/1.1\r\nHost: localhost:" + f.server.address().getPort()
                + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
    }

    @Test
    void nothingWritesThroughIt() throws IOException {
        Map<String, Long> before = files(f.index);
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<byte[]> r = f.send(HttpRequest.newBuilder(URI.create(f.base + "/all/")).method(method,
                    HttpRequest.BodyPublishers.ofString("x")));
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD, POST", r.headers().firstValue("Allow").orElseThrow());
        }
        f.post("/all/?x=m&q=s:wavefs");
        f.post("/all/" + ServeFixture.WAVEFS_ROOT + "/");
        assertEquals(before, files(f.index), "the index's files are as they were");
    }

    @Test
    void badRequestsArePlainErrorsWithTheirStatus() {
        assertEquals(400, f.get("/all/?q=wavefs&o=-1").statusCode());
        assertEquals(400, f.get("/all/?q=wavefs&o=abc").statusCode());
        assertEquals(400, f.get("/all/?q=wavefs&o=99999999").statusCode());
        assertEquals(400, f.get("/all/?q=" + "a".repeat(3000)).statusCode());
        assertEquals(400, f.get("/all/?q=wavefs&s=sideways").statusCode());
        HttpResponse<byte[]> bad = f.get("/all/?q=" + LoreUrlsTest.form("s:(unclosed"));
        assertEquals(400, bad.statusCode());
        Document doc = Jsoup.parse(new String(bad.body(), StandardCharsets.UTF_8));
        assertFalse(doc.selectFirst(".query-error").text().isBlank());
        HttpResponse<byte[]> missing = f.get("/all/no-such-id@nowhere.example/");
        Document page = Jsoup.parse(new String(missing.body(), StandardCharsets.UTF_8));
        assertEquals("404 Not Found", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("main p").text().contains("<no-such-id@nowhere.example>"));
        assertTrue(raw("GET /all/%zz/ HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 400"));
    }

    @Test
    void aQueryWithNoWordToSearchForIsTheAskersMistakeInEveryFormat() {
        assertTrue(Jsoup.parse(new String(f.get("/all/?q=-").body(), StandardCharsets.UTF_8)).select(".query-error").text()
                .contains("no word"));
        for (String q : List.of("-", "%FF", "%22%22", "()")) {
            HttpResponse<byte[]> page = f.get("/all/?q=" + q);
            assertEquals(400, page.statusCode(), q);
            Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
            assertFalse(doc.selectFirst(".query-error").text().isBlank(), q + ": " + doc.text());
            assertEquals(400, f.get("/all/?q=" + q + "&x=A").statusCode(), q + " as Atom");
            assertEquals(400, f.post("/all/?q=" + q + "&x=m").statusCode(), q + " as mbox");
            assertEquals(400, f.post("/all/?q=" + q + "&x=m&t=1").statusCode(), q + " as whole threads");
        }
    }

    private String host() {
        return "127.0.0.1:" + f.server.address().getPort();
    }

    private String raw(String request) {
        return ServeFixture.raw(f.server.address(), request);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\r');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Map<String, Long> files(Path dir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) out.put(p.getFileName().toString(), Files.size(p));
        }
        return out;
    }
}
