package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.mail.MboxReader;
import dev.parley.mail.RawMessage;
import dev.parley.testing.Mail;
import dev.parley.testing.PublicInboxRepo;
import dev.parley.testing.SearchFixture;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** search, show and thread as people and scripts run them: output, JSON shapes, mbox, exit codes. */
class SearchCommandsTest {

    @TempDir
    static Path tmp;
    static Path index;
    static TestArchive archive;

    @BeforeAll
    static void importFixture() {
        index = tmp.resolve("index");
        archive = new TestArchive(index);
        archive.importMbox("fixture.mbox", SearchFixture.mbox());
        archive.importPaths(Samples.WAVEFS);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    record Run(int code, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    static Run run(String... args) {
        return runWith(new String[]{"--index", index.toString()}, args);
    }

    static JsonNode json(Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void searchJsonHasTheDocumentedShape() throws IOException {
        JsonNode j = json(run("search", "--json", "--limit", "1", "--sort", "date", "l:devel.lists"));
        assertEquals(5, j.get("total").asInt());
        assertEquals(1, j.get("hits").size());
        JsonNode hit = j.get("hits").get(0);
        List<String> keys = new ArrayList<>();
        hit.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("message_id", "thread_id", "subject", "from", "address", "date", "score", "snippet", "tone",
                "tone_evidence"), keys);
        assertEquals(SearchFixture.PATCH, hit.get("message_id").asText());
        assertEquals("Alice Example", hit.get("from").asText());
        assertEquals("alice@example.org", hit.get("address").asText());
        assertEquals("2020-01-15T10:00:00Z", hit.get("date").asText());
        assertEquals(archive.threadOf(SearchFixture.PATCH), hit.get("thread_id").asText());
    }

    @Test
    void searchJsonSnippetsUseStarsAndOffsetPages() throws IOException {
        JsonNode j = json(run("search", "--json", "Quarantine", "Path")); // capitalised: as written, not stemmed
        assertEquals(1, j.get("total").asInt());
        assertTrue(j.get("hits").get(0).get("snippet").asText().startsWith("Right, and the **quarantine** **path** has"), j.toString());
        JsonNode page = json(run("search", "--json", "--offset", "4", "--sort", "-date", "lid:devel.lists.example.org"));
        assertEquals(5, page.get("total").asInt());
        assertEquals(1, page.get("hits").size());
        assertEquals(SearchFixture.PATCH, page.get("hits").get(0).get("message_id").asText());
    }

    @Test
    void searchTextForPeople() {
        Run r = run("search", "nak:carol");
        assertEquals(0, r.code(), r.err());
        String t = r.text();
        assertTrue(t.startsWith("1 matching message.\n"), t);
        assertTrue(t.contains("2020-01-20 12:00  Carol Danvers <carol@kernel.example>  (thread of 5)"), t);
        assertTrue(t.contains("<" + SearchFixture.NAK + ">"), t);
        assertFalse(t.contains("\033["), "no colour when stdout is not a terminal");
        Run none = run("search", "zyzzyva");
        assertEquals(0, none.code());
        assertEquals("No matching messages.\n", none.text());
    }

    @Test
    void searchThreadsJson() throws IOException {
        JsonNode j = json(run("search", "--json", "--threads", "l:devel.lists OR f:gina"));
        assertEquals(7, j.get("total").asInt());
        assertEquals(3, j.get("threads").asInt());
        JsonNode first = j.get("hits").get(0);
        assertTrue(first.has("thread_id") && first.has("root_date") && first.has("best"), first.toString());
    }

    @Test
    void searchMboxWritesTheOriginalBytes() throws IOException {
        Run r = run("search", "--mbox", "--sort", "date", "l:devel.lists");
        assertEquals(0, r.code(), r.err());
        Path f = tmp.resolve("out.mbox");
        Files.write(f, r.out());
        List<RawMessage> back = Samples.raw(f);
        assertEquals(5, back.size());
        assertArrayEquals(archive.one(SearchFixture.PATCH).raw(), back.get(0).bytes());
        Run limited = run("search", "--mbox", "--limit", "2", "l:devel.lists");
        assertEquals(2, countFromLines(limited.out()));
    }

    static int countFromLines(byte[] mbox) throws IOException {
        int n = 0;
        try (MboxReader reader = new MboxReader(new ByteArrayInputStream(mbox), "test")) {
            while (reader.next() != null) n++;
        }
        return n;
    }

    /** Main builds only the named command (start-up time); help still lists them all. */
    @Test
    void helpListsEveryCommandAndEachCommandHasItsOwnHelp() {
        Run help = runWith(new String[0], "--help");
        assertEquals(0, help.code(), help.err());
        for (Class<?> c : ParleyCommand.SUBCOMMANDS) {
            picocli.CommandLine.Command cmd = c.getAnnotation(picocli.CommandLine.Command.class);
            assertEquals(!cmd.hidden(), help.text().contains("\n  " + cmd.name() + " "), cmd.name() + " in " + help.text());
        }
        for (String name : List.of("search", "show", "thread")) {
            Run r = runWith(new String[0], name, "--help");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.text().startsWith("Usage: parley " + name), r.text());
            assertTrue(r.text().contains("Exit codes: 0 ok, 1 not found"), r.text());
        }
        assertEquals(2, runWith(new String[0], "nosuchcommand").code());
    }

    @Test
    void aQueryMayStartWithAMinus() throws IOException {
        JsonNode all = json(run("search", "--json", "--limit", "0", "lid:devel.lists.example.org"));
        JsonNode with = json(run("search", "--json", "--limit", "0", "nq:quarantine", "lid:devel.lists.example.org"));
        JsonNode without = json(run("search", "--json", "--limit", "0", "-nq:quarantine", "lid:devel.lists.example.org"));
        assertTrue(with.get("total").asInt() > 0, with.toString());
        assertEquals(all.get("total").asInt() - with.get("total").asInt(), without.get("total").asInt());
        assertEquals(without.get("total").asInt(), json(runWith(new String[0], "search", "--index", index.toString(), "--json",
                "--limit", "0", "--", "-nq:quarantine", "lid:devel.lists.example.org")).get("total").asInt(), "and '--' still works");
        Run typo = run("search", "--jsno", "x");
        assertEquals(2, typo.code(), "a mistyped option is no query");
        assertTrue(typo.err().startsWith("parley: unknown option --jsno"), typo.err());
    }

    @Test
    void badQueriesAndOptionsAreUsageErrors() {
        Run bad = run("search", "s:(foo");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("parley: bad query: '(' without a matching ')' at position 3"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), "one sentence, no stack trace");
        assertEquals(2, run("search", "--sort", "size", "x").code());
        assertEquals(2, run("search", "--mbox", "--json", "x").code());
        assertEquals(2, run("search", "--limit", "-1", "x").code());
    }

    @Test
    void showPrintsDecodedHeadersThenBodyOrTheRawBytes() {
        Run r = run("show", "<" + SearchFixture.REVIEW + ">");
        assertEquals(0, r.code(), r.err());
        String t = r.text();
        assertTrue(t.startsWith("From: Bob Builder <bob@build.example.net>\nTo: Alice Example <alice@example.org>\n"), t);
        assertTrue(t.contains("Date: Thu, 16 Jan 2020 09:00:00 +0100  (2020-01-16 08:00 UTC)\n"), t);
        assertTrue(t.contains("Message-ID: <" + SearchFixture.REVIEW + ">\n"), t);
        assertTrue(t.contains("\n\nOn Wed, Jan 15, 2020 at 10:00:00AM +0000, Alice Example wrote:\n> The frobnicator"), t);
        Run raw = run("show", "--raw", SearchFixture.REVIEW);
        assertArrayEquals(archive.one(SearchFixture.REVIEW).raw(), raw.out());
        Run tested = run("show", SearchFixture.TESTED);
        assertTrue(tested.text().contains("Attachment: frob-trace.log (text/plain"), tested.text());
    }

    @Test
    void unknownMessageIdsAreNotFound() {
        for (String cmd : List.of("show", "thread")) {
            Run r = run(cmd, "<nobody@nowhere.example>");
            assertEquals(1, r.code());
            assertEquals("parley: no message with Message-ID <nobody@nowhere.example>\n", r.err());
        }
    }

    @Test
    void threadTreeMarksTheGivenMessageAndGhosts() {
        Run r = run("thread", SearchFixture.NAK);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.text().lines().toList();
        assertEquals("[PATCH] frobnicator: take the spinlock in probe", lines.get(0));
        assertTrue(lines.get(1).startsWith("5 messages, thread "), lines.get(1));
        assertEquals(List.of(
                "  2020-01-15 10:00  Alice Example  [PATCH] frobnicator: take the spinlock in probe",
                "  2020-01-16 08:00  ` Bob Builder",
                "* 2020-01-20 12:00    ` Carol Danvers",
                "  2020-01-31 23:30  ` Erin Maintainer",
                "  2020-02-03 08:00  ` Dave Tester"), lines.subList(3, 8));
        Run ghost = run("thread", SearchFixture.ORPHAN);
        List<String> g = ghost.text().lines().toList();
        assertEquals("  ----------------  [not in the archive] <" + SearchFixture.MISSING_PARENT + ">", g.get(3));
        assertEquals("* 2020-02-10 10:00  ` Gina Lustig  Re: an older discussion", g.get(4));
    }

    @Test
    void threadJsonHasTheDocumentedShape() throws IOException {
        JsonNode j = json(run("thread", "--json", "<" + SearchFixture.ORPHAN + ">"));
        assertEquals(archive.threadOf(SearchFixture.ORPHAN), j.get("thread_id").asText());
        assertEquals(1, j.get("messages").asInt());
        JsonNode root = j.get("root");
        assertEquals(SearchFixture.MISSING_PARENT, root.get("message_id").asText());
        assertTrue(root.get("ghost").asBoolean());
        assertTrue(root.get("from").isNull());
        JsonNode child = root.get("children").get(0);
        List<String> keys = new ArrayList<>();
        child.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("message_id", "from", "address", "date", "subject", "ghost", "removed", "children"), keys);
        assertEquals("Gina Lustig", child.get("from").asText());
        assertFalse(child.get("ghost").asBoolean());

        JsonNode wavefs = json(run("thread", "--json", "20180604081233.21877-1-grant@kernel.example"));
        assertEquals(17, wavefs.get("messages").asInt());
        assertEquals(17, count(wavefs.get("root")));
    }

    /** A message its archive removed: left out of searches unless asked, still shown and in its thread, marked. */
    @Test
    void removedMessagesAreLeftOutOfSearchesUnlessAsked() throws IOException {
        Path epoch = tmp.resolve("devel.git");
        Mail spam = Mail.message("spam@example.org").subject("cheap frobnicators").body("Buy cheap frobnicators.\n");
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(Mail.message("root@example.org").subject("frobnicator design").body("About the frobnicator.\n"));
            r.add(spam);
            r.remove(spam);
        }
        Path removedIndex = tmp.resolve("removed-index");
        try (TestArchive a = new TestArchive(removedIndex)) {
            a.importPaths(epoch);
        }
        String[] idx = {"--index", removedIndex.toString()};
        JsonNode plain = json(runWith(idx, "search", "--json", "frobnicator*"));
        assertEquals(1, plain.get("total").asInt());
        assertEquals("root@example.org", plain.get("hits").get(0).get("message_id").asText());
        JsonNode all = json(runWith(idx, "search", "--json", "--include-removed", "frobnicator*"));
        assertEquals(2, all.get("total").asInt());
        Run shown = runWith(idx, "show", "spam@example.org");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.text().startsWith("Removed: its archive has since removed this message\n"), shown.text());
    }

    static Run runWith(String[] index, String... args) {
        List<String> full = new ArrayList<>(List.of(args));
        full.addAll(List.of(index));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(full.toArray(String[]::new), new PrintStream(out, true), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    static int count(JsonNode node) {
        int n = node.get("ghost").asBoolean() ? 0 : 1;
        for (JsonNode c : node.get("children")) n += count(c);
        return n;
    }
}
