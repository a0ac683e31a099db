package dev.parley.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.analysis.digest.Digest;
import dev.parley.analysis.digest.DigestBuilder;
import dev.parley.analysis.digest.ThreadReading;
import dev.parley.identity.Mailmap;
import dev.parley.testing.DebateFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three digest formats say the same things, in their own structure, correctly escaped. */
class DigestRenderTest {

    private static final String TITLE = "frob: remove the <legacy> & \"old\" frob interface";
    private static final String BASE = "https://lore.kernel.org/r/";
    private static final Digest DIGEST = DigestBuilder.build(ThreadReading.read("t", DebateFixture.parsed(), Mailmap.EMPTY));

    @Test
    void htmlIsOneSelfContainedEscapedPageWithTheDigestSections() {
        String html = DigestHtml.render(DIGEST, BASE);
        assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
        assertTrue(html.contains("remove the &lt;legacy&gt; &amp; \"old\" frob"), "escaped title in text");
        assertFalse(html.contains("<legacy>"));
        Document doc = Jsoup.parse(html);
        assertEquals(TITLE, doc.title());
        assertEquals(TITLE, doc.selectFirst("h1").text());
        assertNotNull(doc.selectFirst("meta[name=viewport]"));
        assertNotNull(doc.selectFirst("head > style"));
        assertTrue(doc.select("script, link, img, iframe, [src]").isEmpty(), "no scripts or outside resources");
        assertEquals(List.of("proposal", "positions", "turning-points", "open-questions", "timeline"),
                doc.select("main > section").eachAttr("id"));
        assertTrue(doc.selectFirst("#proposal blockquote").text().startsWith("The legacy frob interface has been broken"));

        List<String> sides = doc.select("#positions .side h3").eachText();
        assertEquals(List.of("For (2)", "Against (1)"), sides);
        int quotes = DIGEST.sides().stream().mapToInt(s -> s.quotes().size()).sum();
        assertEquals(quotes, doc.select("#positions blockquote.quote").size());
        Element strongest = doc.selectFirst("#positions .against blockquote.quote");
        assertEquals("\u201c" + DIGEST.sides().get(1).strongest().text() + "\u201d", strongest.selectFirst("p").text());
        assertEquals(BASE + DIGEST.sides().get(1).strongest().messageId(), strongest.selectFirst("a").attr("href"));

        assertEquals(DIGEST.turningPoints().size(), doc.select("#turning-points li").size());
        assertTrue(doc.selectFirst("#open-questions li").text().contains(DebateFixture.QUESTION));
        assertEquals(DIGEST.timeline().size(), doc.select("#timeline tbody tr").size());
        for (Element a : doc.select("a[href]")) assertTrue(a.attr("href").startsWith(BASE), a.attr("href"));
        assertTrue(doc.selectFirst("#timeline .bar").attr("style").matches("width:\\d+%"));
    }

    @Test
    void markdownHasTheSectionsLinksAndEscapesMarkup() {
        String md = DigestMarkdown.render(DIGEST, BASE);
        assertTrue(md.startsWith("# frob: remove the \\<legacy\\> \\& \"old\" frob interface\n"), md.lines().findFirst().orElse(""));
        List<String> headings = md.lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## The proposal", "## Positions", "## Turning points", "## Open questions", "## Timeline"), headings);
        assertTrue(md.contains("**Outcome:** " + DigestMarkdown.escape(OutcomeText.summary(DIGEST.outcome()))), md);
        assertTrue(md.contains("### For (2): Ann Author, Carol Reviewer"), md);
        assertTrue(md.contains("](" + BASE + DebateFixture.ROOT + ")"), "links to the proposal");
        assertTrue(md.contains("**NAK**: Bob Keeper"), md);
        assertTrue(md.contains("Dave Asker, 2018-06-06: \"" + DebateFixture.QUESTION + "\""), md);
        assertTrue(md.contains("| 2018-06-05 | `██` 2 |"), md);
        assertEquals("a\\_b \\*c\\* \\[d\\](e) \\<f\\> g \\& h \\` \\\\", DigestMarkdown.escape("a_b *c* [d](e) <f> g & h ` \\"));
    }

    @Test
    void jsonHoldsTheSameContentAsData() throws Exception {
        JsonNode j = new ObjectMapper().readTree(DigestFormat.JSON.render(DIGEST, BASE));
        assertEquals(TITLE, j.get("title").asText());
        assertEquals("devel.lists.example.org", j.get("lists").get(0).asText());
        assertEquals(5, j.get("messages").asInt());
        assertEquals(4, j.get("participants").asInt());
        assertEquals("2018-06-04T08:00:00Z", j.get("first_date").asText());
        assertEquals("Ann Author", j.get("proposal").get("author").asText());
        assertEquals(BASE + DebateFixture.ROOT, j.get("proposal").get("url").asText());
        JsonNode against = j.get("positions").get(1);
        assertEquals("against", against.get("stance").asText());
        assertEquals("Bob Keeper", against.get("strongest_quote").get("author").asText());
        for (String key : List.of("text", "author", "address", "date", "message_id", "url", "stance", "score")) {
            assertTrue(against.get("strongest_quote").has(key), key);
        }
        assertEquals(DIGEST.turningPoints().size(), j.get("turning_points").size());
        assertEquals(DIGEST.outcome().status().id(), j.get("outcome").get("status").asText());
        assertEquals(DIGEST.outcome().messageId(), j.get("outcome").get("message_id").asText());
        assertEquals(DebateFixture.QUESTION, j.get("open_questions").get(0).get("text").asText());
        int sum = 0;
        for (JsonNode t : j.get("timeline")) sum += t.get("messages").asInt();
        assertEquals(5, sum);
    }

    @Test
    void permalinksEncodeWhatAPathCannotHold() {
        assertEquals("https://lore.kernel.org/r/a.b-c@d.example", Permalinks.of(null, "a.b-c@d.example"));
        assertEquals("https://x.example/m/a%2Fb%20c%3F%23%C3%A9@d", Permalinks.of("https://x.example/m", "a/b c?#é@d"));
    }

    /** Issue 20: wherever a tone is shown, a heated one shows the words that decided it. */
    @Test
    void aHeatedPeriodShowsTheWordsThatMadeItHeated() throws Exception {
        List<Digest.Period> timeline = List.of(new Digest.Period(java.time.LocalDate.of(2018, 6, 5), java.time.LocalDate.of(2018, 6, 5),
                3, dev.parley.analysis.tone.Tone.Label.HEATED, 1, List.of("complete garbage", "Bullshit")));
        Digest d = new Digest(DIGEST.threadId(), DIGEST.title(), DIGEST.lists(), DIGEST.firstDate(), DIGEST.lastDate(),
                DIGEST.messages(), DIGEST.participants(), DIGEST.robots(), DIGEST.proposal(), DIGEST.sides(), DIGEST.neutral(),
                DIGEST.turningPoints(), DIGEST.openQuestions(), timeline, DIGEST.outcome(), DIGEST.sharpest());
        String line = "heated (1 heated: \u201ccomplete garbage\u201d, \u201cBullshit\u201d)";
        assertEquals(line, Jsoup.parse(DigestHtml.render(d, BASE)).selectFirst("#timeline tbody td:last-child").text());
        assertTrue(DigestMarkdown.render(d, BASE).contains("| heated " + line.substring("heated ".length()) + " |"),
                DigestMarkdown.render(d, BASE));
        JsonNode period = new ObjectMapper().readTree(DigestFormat.JSON.render(d, BASE)).get("timeline").get(0);
        assertEquals("[\"complete garbage\",\"Bullshit\"]", period.get("heated_evidence").toString());
        assertEquals("", DebateReport.heated(0, List.of()), "nothing after a tone with no heated message");
    }
}
