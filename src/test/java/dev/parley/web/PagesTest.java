package dev.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.testing.CliRun;
import dev.parley.testing.ServeFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages for people and their JSON and Markdown alternates, against what the commands print. */
class PagesTest {

    private final ServeFixture f = ServeFixture.shared();
    private final String thread = "/all/" + ServeFixture.WAVEFS_ROOT + "/";

    @Test
    void aPersonsPageListsTheirDebatesAndItsAlternatesAreWhatTheCommandPrints() throws Exception {
        String who = "/_/person/neilb@suse.example.com";
        Document doc = Jsoup.parse(f.page(who + "/"));
        assertEquals("Neil Bramble", doc.selectFirst("main h1").text());
        Element row = doc.selectFirst("table.debates tbody tr.against");
        assertNotNull(row, doc.html());
        assertEquals(thread + "debate/", row.selectFirst("a").attr("href"), "the debate's page here");
        assertNotNull(row.selectFirst("p.outcome.applied"));
        assertEquals("\u201cSo my NAK stands.\u201d", row.selectFirst("blockquote p").text());
        assertNotNull(doc.selectFirst("footer a[href='" + who + ".json'][type=application/json]"));
        assertNotNull(doc.selectFirst("footer a[href='" + who + ".md'][type=text/markdown]"));
        ObjectMapper json = new ObjectMapper();
        String links = f.base + "/r/";
        assertEquals(json.readTree(CliRun.run(f.index, "person", "--json", "--limit", "10", "--link-base", links,
                "neilb@suse.example.com").out()), json.readTree(f.page(who + ".json")), "the same record as parley person --json");
        assertEquals(CliRun.run(f.index, "person", "--format", "md", "--limit", "10", "--link-base", links,
                "neilb@suse.example.com").out(), f.page(who + ".md"));
        // a name, as people type it, finds the same person; nobody is a 404; no slash is a redirect
        assertEquals("Neil Bramble", Jsoup.parse(f.page("/_/person/Bramble,%20Neil/")).selectFirst("main h1").text());
        assertEquals(404, f.get("/_/person/nobody@example.org/").statusCode());
        assertEquals(301, f.get(who).statusCode());
        assertEquals(400, f.get(who + "/?since=someday").statusCode());
    }

    @Test
    void eachAnalysisIsTheCommandsJsonAndHasItsAlternates() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(f.page(thread + "debate.json"));
        JsonNode printed = json.readTree(CliRun.run(f.index, "debate", "--json", ServeFixture.WAVEFS_ROOT).out());
        assertEquals(printed, served, "the same analysis as parley debate --json");
        JsonNode quotes = json.readTree(f.page(thread + "quotes.json?from=grant&n=3"));
        assertEquals(3, quotes.size());
        JsonNode cli = json.readTree(CliRun.run(f.index, "quotes", "--json", "--from", "grant", "--limit", "3",
                "--link-base", f.base + "/r/", ServeFixture.WAVEFS_ROOT).out());
        assertEquals(cli, quotes, "the same quotes, linked to this server");
        assertEquals(f.base + "/r/" + quotes.get(0).path("message_id").asText(), quotes.get(0).path("url").asText());
        assertEquals(301, f.get(quotes.get(0).path("url").asText().substring(f.base.length())).statusCode(), "/r/ redirects");
        JsonNode digest = json.readTree(f.page(thread + "digest.json"));
        assertEquals("staging: wavefs: delete the filesystem from the tree.", digest.path("title").asText());

        String md = f.page(thread + "debate.md");
        assertTrue(md.startsWith("# staging: wavefs: delete the filesystem from the tree.\n"), md);
        assertTrue(md.matches("(?s).*\\| against \\| \\d\\.\\d\\d \\| 2 \\| Neil Bramble \\|.*"), md);
        assertTrue(f.page(thread + "quotes.md").contains("As Grant Kessler put it in the thread on 2018-06-04"));
        assertEquals(CliRun.run(f.index, "digest", "--link-base", f.base + "/r/", ServeFixture.WAVEFS_ROOT).out(),
                f.page(thread + "digest.md"), "the digest as parley digest writes it");
        Document debatePage = Jsoup.parse(f.page(thread + "debate/"));
        Element outcome = debatePage.selectFirst("p.outcome.applied");
        assertNotNull(outcome, "the debate page says what became of the proposal");
        assertTrue(outcome.text().startsWith("Outcome: applied by Grant Kessler (4.19)"), outcome.text());
        assertEquals("/all/20180605071255.GC18812@kernel.example/", outcome.selectFirst("a").attr("href"));
        HttpResponse<byte[]> r = f.get(thread + "debate.md");
        assertEquals("text/markdown; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());

        for (String page : List.of("debate/", "quotes/", "digest/")) {
            Document doc = Jsoup.parse(f.page(thread + page));
            String base = page.substring(0, page.length() - 1);
            assertNotNull(doc.selectFirst("footer a[href='" + thread + base + ".json'][type=application/json]"), page);
            assertNotNull(doc.selectFirst("footer a[href='" + thread + base + ".md'][type=text/markdown]"), page);
            assertNotNull(doc.selectFirst("footer a:contains(permalink)"), page);
            assertNotNull(doc.selectFirst("head link[rel=alternate][type=application/json]"), page);
        }
    }

    @Test
    void theDigestPageIsTheDigestUnderThePolicy() {
        Document doc = Jsoup.parse(f.page(thread + "digest/"));
        assertEquals("staging: wavefs: delete the filesystem from the tree.", doc.selectFirst("main h1").text());
        assertFalse(doc.select("#positions .side.for blockquote.quote").isEmpty());
        List<Element> bars = doc.select("#timeline .bar");
        assertEquals(4, bars.size());
        for (Element bar : bars) assertTrue(bar.className().matches("bar tone-\\w+ w-\\d+"), bar.outerHtml());
        assertTrue(doc.select("[style]").isEmpty());
    }

    @Test
    void theBusiestDebatesLinkToTheirPages() throws Exception {
        Document doc = Jsoup.parse(f.page("/_/digest/?since=2018-06-01&q=" + LoreUrlsTest.form("l:driverdev-devel")));
        Element first = doc.selectFirst("section.debate");
        assertNotNull(first, doc.outerHtml());
        assertTrue(first.selectFirst("h2").text().contains("wavefs"));
        assertNotNull(first.selectFirst("nav.actions a[href='" + thread + "debate/']"));
        // the front page works its ranking out in the background and shows it once it is ready
        String front = null;
        for (int i = 0; i < 120; i++) {
            front = f.page("/");
            if (!front.contains("Being worked out")) break;
            Thread.sleep(500);
        }
        Document home = Jsoup.parse(front);
        assertFalse(home.select("#busiest section.debate").isEmpty(), front);
        assertEquals(List.of("all lists", "driverdev-devel", "hostile", "netdev", "odd", "users"), home.select("#lists a").eachText());
    }

    @Test
    void theFullThreadAndTheListsArePaged() throws Exception {
        Document full = Jsoup.parse(f.page(thread + "T/"));
        assertEquals(17, full.select("article.message").size());
        assertTrue(full.select("nav.pager a").isEmpty());
        Document index = Jsoup.parse(f.page("/all/"));
        int threads = new ObjectMapper().readTree(CliRun.run(f.index, "stats", "--json").out()).path("threads").asInt();
        assertEquals(threads, index.select("ol.threads > li").size(), "every thread of the fixture");
        assertEquals("[PATCH] staging: wavefs: delete the filesystem from the tree.",
                Jsoup.parse(f.page("/driverdev-devel/")).selectFirst("ol.threads a.subject").text());
    }
}
