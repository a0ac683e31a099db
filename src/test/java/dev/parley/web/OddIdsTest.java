package dev.parley.web;

import dev.parley.render.Permalinks;
import dev.parley.testing.ServeFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Message-IDs that are odd on the wire: kept with their angle brackets, holding parentheses, in a path's rest. */
class OddIdsTest {

    private final ServeFixture f = ServeFixture.shared();

    private static String path(String messageId) {
        return "/all/" + Permalinks.segment(messageId) + "/";
    }

    @Test
    void aMessageIdKeptWithItsAngleBracketsIsReachedThroughItsOwnLinks() {
        Document thread = Jsoup.parse(f.page(path(ServeFixture.PAREN_ID) + "t/"));
        List<String> links = thread.select("ol.tree a").eachAttr("href");
        assertEquals(List.of("/all/%3Cq%22uote%3C%3E@evil.example%3E/", "/all/par%29en%28x@evil.example/"), links);
        String bracketed = links.get(0);
        for (String end : List.of("", "raw", "t/", "T/", "t.mbox.gz", "t.atom", "debate/")) {
            assertEquals(200, f.get(bracketed + end).statusCode(), bracketed + end);
        }
        String raw = new String(f.get(bracketed + "raw").body(), StandardCharsets.UTF_8);
        assertTrue(raw.contains("Message-ID: " + ServeFixture.BRACKETED_ID), raw);
        assertEquals(2, ServeFixture.messages(LoreUrlsTest.gunzip(f.get(bracketed + "t.mbox.gz").body())).size());
        assertEquals(200, f.get("/all/%3C" + ServeFixture.WAVEFS_ROOT + "%3E/").statusCode(),
                "an id typed with its angle brackets is found as the commands find it");
    }

    @Test
    void theRestOfAnRPathIsSentOnEscaped() {
        String host = "127.0.0.1:" + f.server.address().getPort();
        String home = f.base + "/hostile/" + ServeFixture.HOSTILE_ROOT + "/";
        for (String rest : List.of("a%00b", "%C3%A9", "%0D%0ASet-Cookie:%20x=1", "%E2%80%AE", "t.mbox.gz", "T/")) {
            String answer = ServeFixture.raw(f.server.address(), "GET /r/" + ServeFixture.HOSTILE_ROOT + "/" + rest
                    + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 301"), rest + ": " + answer);
            assertTrue(answer.contains("\r\nLocation: " + home + rest + "\r\n"), rest + ": " + answer);
            assertFalse(answer.contains("\r\nSet-Cookie"), answer);
        }
    }

    @Test
    void everyMarkdownLinkToAMessageLeadsToIt() {
        assertEquals("http://x.example/r/par%29en%28x@evil.example", Permalinks.of("http://x.example/r/", ServeFixture.PAREN_ID));
        List<String> targets = new ArrayList<>();
        for (String page : List.of("debate.md", "quotes.md", "digest.md")) {
            Matcher m = Pattern.compile("\\]\\((http[^)\\s]*)\\)").matcher(f.page(path(ServeFixture.PAREN_ID) + page));
            while (m.find()) targets.add(m.group(1));
        }
        assertTrue(targets.stream().anyMatch(t -> t.endsWith("/r/par%29en%28x@evil.example")), targets.toString());
        for (String t : targets) {
            assertEquals(301, f.get(t.substring(f.base.length())).statusCode(), t);
        }
        Document quotes = Jsoup.parse(f.page(path(ServeFixture.PAREN_ID) + "quotes/"));
        assertTrue(quotes.select("blockquote[cite]").eachAttr("cite").contains(f.base + "/r/par%29en%28x@evil.example"));
    }
}
