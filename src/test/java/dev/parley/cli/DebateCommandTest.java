package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.mail.RawMessage;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DebateCommandTest {

    static final String ROOT = "20180604081233.21877-1-grant@kernel.example";
    static Path index;

    @BeforeAll
    static void importSamples(@TempDir Path tmp) throws IOException {
        index = tmp.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.SAMPLES);
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textReportShowsProposalTableEvidenceAndExchanges() {
        // any message of the thread will do, with or without angle brackets
        Run r = run("debate", "--index", index.toString(), "<87sh62wx1m.fsf@bramble.suse.example.com>");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Proposal   staging: wavefs: delete the filesystem from the tree."), r.out());
        assertTrue(r.out().matches("(?s).*\\nagainst\\s+\\d\\.\\d\\d\\s+2\\s+Neil Bramble\\n.*"), r.out());
        assertTrue(r.out().contains("Oskar Lindqvist (in the proposal's trailers; did not write)"));
        assertTrue(r.out().contains("set aside as robots: kbuild test robot (1)"));
        assertTrue(r.out().contains("Neil Bramble -> Helena Voss: disagree"));
        assertTrue(r.out().contains("Outcome    applied by Grant Kessler (4.19), 2018-06-05\n"), r.out());
        assertTrue(r.out().contains("Tone by day"));
    }

    @Test
    void theReadmeShowsWhatTheCommandPrints() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String command = "$ ./parley debate " + ROOT + "\n";
        int start = readme.indexOf(command);
        assertTrue(start >= 0, "README has a debate example");
        String shown = readme.substring(start + command.length(), readme.indexOf("```", start));
        Run r = run("debate", "--index", index.toString(), ROOT);
        assertEquals(shown, r.out(), "README.md's Debates example is out of date");
    }

    @Test
    void jsonHasTheKeysTheIssueNames() throws IOException {
        Run r = run("debate", "--index", index.toString(), "--json", ROOT);
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("thread_id").isTextual());
        for (String k : List.of("message_id", "author", "address", "summary")) assertTrue(j.get("proposal").has(k), k);
        assertEquals(ROOT, j.get("proposal").get("message_id").asText());
        JsonNode first = j.get("participants").get(0);
        for (String k : List.of("name", "addresses", "messages", "stance", "confidence", "evidence")) assertTrue(first.has(k), k);
        for (String k : List.of("message_id", "text")) assertTrue(first.get("evidence").get(0).has(k), k);
        JsonNode outcome = j.get("outcome");
        for (String k : List.of("status", "by", "date", "message_id", "text")) assertTrue(outcome.has(k), k);
        assertEquals("applied", outcome.get("status").asText());
        assertEquals("Grant Kessler", outcome.get("by").asText());
        assertEquals("20180605071255.GC18812@kernel.example", outcome.get("message_id").asText());
        assertEquals("4.19", outcome.get("tree").asText());
        JsonNode exchange = j.get("exchanges").get(0);
        for (String k : List.of("message_id", "from", "to", "relation", "text")) assertTrue(exchange.has(k), k);
        List<String> stances = new ArrayList<>();
        j.get("participants").forEach(p -> stances.add(p.get("name").asText() + "=" + p.get("stance").asText()));
        assertTrue(stances.contains("Neil Bramble=against"), stances.toString());
        assertTrue(stances.contains("Priya Raman=neutral"), stances.toString());
        JsonNode last = j.get("participants").get(j.get("participants").size() - 1);
        assertEquals("kbuild test robot", last.get("name").asText(), "the robot is listed last");
        assertTrue(last.get("bot").asBoolean());
        assertEquals("neutral", last.get("stance").asText());
        assertFalse(first.get("bot").asBoolean());
    }

    @Test
    void aQueryPicksTheBestMatchingThread() throws IOException {
        Run r = run("debate", "--index", index.toString(), "--json", "--query", "s:wavefs nq:\"rather keep\"");
        assertEquals(0, r.code(), r.err());
        assertEquals(ROOT, new ObjectMapper().readTree(r.out()).get("proposal").get("message_id").asText());
        Run none = run("debate", "--index", index.toString(), "--query", "s:nosuchwordanywhere");
        assertEquals(1, none.code());
        assertEquals("parley: no thread matches s:nosuchwordanywhere\n", none.err());
        assertEquals(2, run("debate", "--index", index.toString(), "--query", "s:(unbalanced").code());
        assertEquals(2, run("debate", "--index", index.toString(), "--query", "wavefs", ROOT).code(), "not both");
    }

    @Test
    void unknownMessageIsNotFound() {
        Run r = run("debate", "--index", index.toString(), "nope@example.org");
        assertEquals(1, r.code());
        assertEquals("parley: no message with Message-ID <nope@example.org>, and none that answers it\n", r.err());
    }

    @Test
    void aRootMissingFromTheArchiveIsReadFromTheMessagesThatAnswerIt(@TempDir Path tmp) throws IOException {
        StringBuilder mbox = new StringBuilder();
        for (RawMessage m : Samples.raw(Samples.WAVEFS)) {
            String text = new String(m.bytes(), StandardCharsets.UTF_8);
            if (text.contains("Message-Id: <" + ROOT + ">")) continue; // the mirror lost the root
            mbox.append("From mirror Mon Jun  4 08:12:33 2018\n").append(text).append('\n');
        }
        Path file = tmp.resolve("no-root.mbox");
        Files.writeString(file, mbox);
        Path idx = tmp.resolve("index");
        try (TestArchive a = new TestArchive(idx)) {
            a.importPaths(file);
        }
        Run r = run("debate", "--index", idx.toString(), "--json", ROOT);
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(ROOT, j.get("proposal").get("message_id").asText());
        assertEquals("Grant Kessler", j.get("proposal").get("author").asText(), "whom the answers quote");
        JsonNode first = j.get("participants").get(0);
        assertEquals("Grant Kessler", first.get("name").asText());
        assertEquals("for", first.get("stance").asText(), "he wrote in the thread too: the proposer");
        assertTrue(run("debate", "--index", idx.toString(), ROOT).out()
                .contains("(this message is not in the archive; its words are what the answers to it quote)"));
    }

    @Test
    void badUsageAndHelp() {
        assertEquals(2, run("debate", "--index", index.toString()).code(), "MSGID is required");
        assertEquals(2, run("debate", "--index", index.toString(), "--exchanges", "-1", ROOT).code());
        Run help = run("debate", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Examples:") && help.out().contains("--mailmap"), help.out());
    }

    @Test
    void aMailmapBesideTheIndexIsUsed(@TempDir Path tmp) throws IOException {
        Path idx = tmp.resolve("index");
        try (TestArchive a = new TestArchive(idx)) {
            a.importPaths(Samples.WAVEFS);
        }
        Files.writeString(tmp.resolve("mailmap"), "Priya R. Raman <praman@example.net>\n");
        Run r = run("debate", "--index", idx.toString(), ROOT);
        assertTrue(r.out().contains("Priya R. Raman"), r.out());
        Run missing = run("debate", "--index", idx.toString(), "--mailmap", tmp.resolve("none").toString(), ROOT);
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("none: no such file or directory"), missing.err());
        assertFalse(missing.err().contains("Exception"));
    }
}
