package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.testing.Samples;
import dev.parley.testing.CliRun;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code parley quotes} end to end on the sample debate, run in-process. */
class QuotesCommandTest {

    private static final String ROOT = "20180604081233.21877-1-grant@kernel.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void importSample() throws Exception {
        index = tmp.resolve("idx");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.WAVEFS);
        }
    }

    static CliRun run(String... args) {
        return CliRun.run(index, args);
    }

    @Test
    void jsonListsQuotesWithTheDocumentedKeys() throws Exception {
        CliRun r = run("quotes", "--json", "--limit", "5", "<" + ROOT + ">");
        assertEquals(0, r.code(), r.err());
        JsonNode list = JSON.readTree(r.out());
        assertEquals(5, list.size());
        for (JsonNode q : list) {
            for (String key : List.of("text", "author", "address", "date", "message_id", "url", "stance", "score")) {
                assertTrue(q.has(key), key + " in " + q);
            }
            assertEquals("https://lore.kernel.org/r/" + q.get("message_id").asText(), q.get("url").asText());
            assertTrue(q.get("date").asText().endsWith("Z"), "UTC date");
        }
    }

    @Test
    void filtersByStanceAndPersonAndLinksToAnotherBase() throws Exception {
        JsonNode against = JSON.readTree(run("quotes", "--json", "--stance", "against", "--limit", "50", ROOT).out());
        assertTrue(against.size() > 3);
        for (JsonNode q : against) assertEquals("against", q.get("stance").asText());
        JsonNode neil = JSON.readTree(run("quotes", "--json", "--from", "NEILB@", "--link-base", "https://mail.example.org/m", ROOT).out());
        assertTrue(neil.size() > 0);
        for (JsonNode q : neil) {
            assertEquals("Neil Bramble", q.get("author").asText());
            assertTrue(q.get("url").asText().startsWith("https://mail.example.org/m/"), q.get("url").asText());
        }
    }

    @Test
    void textOutputHasAReadyToPasteAttribution() {
        CliRun r = run("quotes", "--from", "grant", "--limit", "3", ROOT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("As Grant Kessler put it in the thread on 2018-06-04: \"Developing the same code"), r.out());
        assertTrue(r.out().contains("2018-06-04 08:12 UTC (2018-06-04 10:12 +02:00)"), r.out());
    }

    @Test
    void sharpestListsTheHeatedLinesOnTheirOwnSharpestFirst() throws Exception {
        JsonNode sharp = JSON.readTree(run("quotes", "--json", "--sharpest", ROOT).out());
        assertTrue(sharp.size() >= 2, sharp.toString());
        assertTrue(sharp.get(0).get("text").asText().contains("stop wasting everyone's time"), sharp.toString());
        for (int i = 0; i < sharp.size(); i++) {
            assertTrue(sharp.get(i).get("sharpness").asDouble() >= 0.4, sharp.get(i).toString());
            if (i > 0) assertTrue(sharp.get(i - 1).get("sharpness").asDouble() >= sharp.get(i).get("sharpness").asDouble());
        }
        // the proposer's calm key claim is no sharp line
        JsonNode all = JSON.readTree(run("quotes", "--json", ROOT).out());
        String keyClaim = all.get(0).get("text").asText();
        for (JsonNode q : sharp) assertTrue(!q.get("text").asText().equals(keyClaim));
        assertTrue(all.get(0).get("proposal").asBoolean());
        assertTrue(all.get(0).get("sentence").asText().contains(keyClaim));
    }

    @Test
    void badUsageAndUnknownMessagesExitWithTheirCodes() {
        CliRun bad = run("quotes", "--stance", "sideways", ROOT);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--stance"), bad.err());
        assertEquals(2, run("quotes", "--link-base", "ftp://x", ROOT).code());
        CliRun missing = run("quotes", "no-such-message@example.org");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no-such-message@example.org"), missing.err());
    }

    @Test
    void theReadmeShowsWhatQuotesAndDigestPrint() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        for (String[] args : List.of(new String[]{"quotes", "--from", "grant", "--limit", "3", ROOT}, new String[]{"digest", ROOT})) {
            String command = "$ ./parley " + String.join(" ", args) + "\n";
            int start = readme.indexOf(command);
            assertTrue(start >= 0, "README shows " + command);
            String shown = readme.substring(start + command.length(), readme.indexOf("```", start));
            assertEquals(shown, run(args).out(), "README.md's example of " + command.strip() + " is out of date");
        }
    }
}
