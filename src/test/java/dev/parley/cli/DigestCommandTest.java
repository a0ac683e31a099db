package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.testing.DebateFixture;
import dev.parley.testing.CliRun;
import dev.parley.testing.TestArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code parley digest} in-process on the fictional fixture debate. */
class DigestCommandTest {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void importFixture() {
        index = tmp.resolve("idx");
        try (TestArchive a = new TestArchive(index)) {
            a.importMbox("frob.mbox", DebateFixture.mbox());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CliRun run(String... args) {
        return CliRun.run(index, args);
    }

    @Test
    void markdownByDefaultFromAnyMessageOfTheThread() {
        CliRun r = run("digest", "frob-q@example.org");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# frob: remove the \\<legacy\\>"), r.out());
        assertTrue(r.out().contains("## Turning points"));
    }

    @Test
    void htmlToAFileAndJsonToStandardOutput() throws Exception {
        Path file = tmp.resolve("digest.html");
        CliRun r = run("digest", "--format", "html", "--out", file.toString(), DebateFixture.ROOT);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(DebateFixture.SUBJECT.replace("[PATCH] ", ""), Jsoup.parse(Files.readString(file)).title());
        CliRun j = run("digest", "--format", "json", "--link-base", "https://mail.example.org/r/", DebateFixture.ROOT);
        assertEquals("https://mail.example.org/r/" + DebateFixture.ROOT,
                new ObjectMapper().readTree(j.out()).get("proposal").get("url").asText());
    }

    @Test
    void badFormatMissingIdAndUnknownMessage() {
        assertEquals(2, run("digest", "--format", "pdf", DebateFixture.ROOT).code());
        assertEquals(2, run("digest").code());
        CliRun missing = run("digest", "nope@example.org");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope@example.org"), missing.err());
    }

    @Test
    void busiestDebatesByQueryAndPeriod() throws Exception {
        CliRun r = run("digest", "--query", "s:frob", "--since", "2018-06-01", "--format", "json");
        assertEquals(0, r.code(), r.err());
        var j = new ObjectMapper().readTree(r.out());
        assertEquals("Busiest debates: s:frob since 2018-06-01", j.get("title").asText());
        assertEquals(1, j.get("debates").size());
        assertEquals(DebateFixture.ROOT, j.get("debates").get(0).get("digest").get("proposal").get("message_id").asText());
        CliRun md = run("digest", "--since", "2018-06-01");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().contains("## 1. frob: remove the \\<legacy\\>"), md.out());
        assertTrue(md.out().contains("Outcome: "), "the list says what became of each proposal: " + md.out());
        assertTrue(j.get("debates").get(0).get("digest").get("outcome").has("status"));
        var html = Jsoup.parse(run("digest", "--since", "2018-06-01", "--format", "html").out());
        assertEquals(1, html.select("section.debate").size());
        assertEquals(2, run("digest", "--since", "not-a-date").code());
        assertEquals(2, run("digest", "--query", "s:(", "--since", "2018-06-01").code());
        assertEquals(2, run("digest", "--query", "s:frob", DebateFixture.ROOT).code());
        assertTrue(run("digest", "--since", "2030-01-01").out().contains("No thread matched."));
    }
}
