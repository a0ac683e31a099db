package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.testing.CliRun;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code parley person} end to end on the samples, run in-process. */
class PersonCommandTest {

    private static final String ROOT = "20180604081233.21877-1-grant@kernel.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void importSamples() throws Exception {
        index = tmp.resolve("idx");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.SAMPLES);
        }
    }

    static CliRun run(String... args) {
        return CliRun.run(index, args);
    }

    @Test
    void jsonHasTheShapeTheIssueNames() throws Exception {
        CliRun r = run("person", "--json", "neilb@suse.example.com");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("Neil Bramble", j.get("person").get("name").asText());
        assertEquals("neilb@suse.example.com", j.get("person").get("addresses").get(0).asText());
        JsonNode d = j.get("debates").get(0);
        for (String k : List.of("thread_id", "subject", "date", "stance", "confidence", "messages", "quote")) assertTrue(d.has(k), k);
        assertEquals("staging: wavefs: delete the filesystem from the tree.", d.get("subject").asText());
        assertEquals("against", d.get("stance").asText());
        assertEquals(2, d.get("messages").asInt());
        assertEquals("Neil Bramble", d.get("quote").get("author").asText());
        assertEquals("applied", d.get("outcome").get("status").asText());
        assertEquals(ROOT, d.get("proposal_id").asText());
    }

    @Test
    void textAndMarkdownNameThePersonTheirSideAndTheirWords() {
        CliRun text = run("person", "Bramble, Neil");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Neil Bramble <neilb@suse.example.com>\n"), text.out());
        assertTrue(text.out().matches("(?s).*\\n2018-06-05  against  (0\\.[5-9]\\d|1\\.00)     2  staging: wavefs: delete the filesystem from the tree\\.\\n.*"), text.out());
        CliRun md = run("person", "--format", "md", "--link-base", "https://mail.example.org/r", "grant@kernel.example");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Grant Kessler\n"), md.out());
        assertTrue(md.out().contains("**for** (1.00, 6 messages): [staging: wavefs: delete the filesystem from the tree.]"
                + "(https://mail.example.org/r/" + ROOT + "), proposed it; applied by Grant Kessler"), md.out());
    }

    @Test
    void sinceUnknownPeopleAndBadUsage() {
        assertTrue(run("person", "--since", "2019-01-01", "grant@kernel.example").out().contains("0 threads"));
        CliRun unknown = run("person", "nobody@example.org");
        assertEquals(1, unknown.code());
        assertEquals("parley: no message from 'nobody@example.org' in the archive\n", unknown.err());
        assertEquals(2, run("person", "--format", "html", "grant").code());
        assertEquals(2, run("person", "--since", "someday", "grant").code());
        assertEquals(2, run("person", "--limit", "0", "grant").code());
    }
}
