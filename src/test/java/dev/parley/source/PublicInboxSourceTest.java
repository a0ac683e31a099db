package dev.parley.source;

import dev.parley.ingest.ImportOptions;
import dev.parley.ingest.MessageEnrichment;
import dev.parley.mail.MailSource;
import dev.parley.mail.MailSources;
import dev.parley.mail.RawMessage;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import dev.parley.testing.Mail;
import dev.parley.testing.PublicInboxRepo;
import dev.parley.testing.TestArchive;
import dev.parley.testing.TestImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicInboxSourceTest {

    @TempDir
    Path tmp;

    static Mail msg(String id, String body) {
        return Mail.message(id).subject("wavefs: " + id.substring(0, id.indexOf('@'))).body(body + "\n");
    }

    static Mail reply(String id, String body, String... chain) {
        return msg(id, body).subject("Re: wavefs: " + chain[0].substring(0, chain[0].indexOf('@'))).replyTo(chain);
    }

    /** Reads a source as the importer would, collecting messages and removals in order. */
    static List<String> read(MailSource s, List<String> problems) throws IOException, InterruptedException {
        List<String> events = new ArrayList<>();
        s.read(new MailSource.Sink() {
            @Override
            public void message(RawMessage m) {
                events.add("+" + idAndSource(m));
            }

            @Override
            public void problem(String location, String reason) {
                problems.add(location + ": " + reason);
            }

            @Override
            public void removed(RawMessage m) {
                events.add("-" + idAndSource(m));
            }
        });
        return events;
    }

    private static String idAndSource(RawMessage m) {
        String header = new String(m.bytes()).lines().filter(l -> l.startsWith("Message-ID:")).findFirst().orElseThrow();
        return header.substring(13, header.length() - 1) + " " + m.source();
    }

    @Test
    void aBareEpochIsReadInArchiveOrderWithEachMessageNamingItsCommit() throws Exception {
        Path epoch = tmp.resolve("devel.git");
        List<String> commits = new ArrayList<>();
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            commits.add(r.add(msg("root@example.org", "The root of it.")));
            commits.add(r.add(reply("r1@example.org", "First reply.", "root@example.org")));
            commits.add(r.add(reply("r2@example.org", "Second reply.", "root@example.org", "r1@example.org")));
        }
        List<MailSource> sources = MailSources.resolve(List.of(epoch));
        assertEquals(1, sources.size(), "the repository is one source, not a tree of files");
        assertInstanceOf(PublicInboxSource.class, sources.get(0));
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("+root@example.org " + epoch + " at commit " + commits.get(0),
                "+r1@example.org " + epoch + " at commit " + commits.get(1),
                "+r2@example.org " + epoch + " at commit " + commits.get(2)), read(sources.get(0), problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void aV2InboxReadsItsEpochsInNumericOrder() throws Exception {
        Path inbox = tmp.resolve("devel");
        // 10.git sorts before 2.git as text: the order must be by number
        String[][] epochs = {{"0", "a@example.org"}, {"2", "b@example.org"}, {"10", "c@example.org"}};
        for (String[] e : epochs) {
            try (PublicInboxRepo r = PublicInboxRepo.create(inbox.resolve("git/" + e[0] + ".git"))) {
                r.add(msg(e[1], "In epoch " + e[0] + "."));
            }
        }
        Files.createDirectories(inbox.resolve("xap15")); // what public-inbox keeps beside git/ is not mail
        Files.writeString(inbox.resolve("msgmap.sqlite3"), "not mail");
        List<MailSource> sources = MailSources.resolve(List.of(inbox));
        assertEquals(1, sources.size());
        List<String> problems = new ArrayList<>();
        List<String> events = read(sources.get(0), problems);
        assertEquals(List.of("+a@example.org", "+b@example.org", "+c@example.org"),
                events.stream().map(e -> e.substring(0, e.indexOf(' '))).toList());
        assertTrue(events.get(2).contains(inbox.resolve("git/10.git") + " at commit "), events.get(2));
        assertEquals(List.of(), problems);
        List<MailSource> fromGitDir = MailSources.resolve(List.of(inbox.resolve("git")));
        assertEquals(1, fromGitDir.size(), "the inbox's git/ is the inbox too");
        assertEquals(events, read(fromGitDir.get(0), problems));
    }

    @Test
    void aPlainCloneOfAnEpochIsRecognisedByItsGitDirectory() throws Exception {
        Path clone = tmp.resolve("checkout");
        try (PublicInboxRepo r = PublicInboxRepo.create(clone.resolve(".git"))) {
            r.add(msg("only@example.org", "Checked out."));
        }
        Files.writeString(clone.resolve("m"), msg("only@example.org", "Checked out.").text());
        List<MailSource> sources = MailSources.resolve(List.of(clone));
        assertEquals(1, sources.size());
        assertInstanceOf(PublicInboxSource.class, sources.get(0), "the checked-out m is not read as a loose file");
    }

    @Test
    void aGitRepositoryThatIsNoPublicInboxIsReportedNotWalked() throws Exception {
        Path repo = tmp.resolve("project.git");
        try (PublicInboxRepo r = PublicInboxRepo.create(repo)) {
            r.removeWithoutD(); // a commit with an empty tree: no m, no d
        }
        List<MailSource> sources = MailSources.resolve(List.of(repo));
        assertEquals(1, sources.size());
        List<String> problems = new ArrayList<>();
        assertEquals(List.of(), read(sources.get(0), problems));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(repo + ": a git repository, but not a public-inbox v2 epoch"), problems.get(0));
    }

    @Test
    void importingAgainAfterAFetchReadsOnlyTheNewMail() throws IOException {
        Path epoch = tmp.resolve("devel.git");
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(msg("root@example.org", "The root."));
            r.add(reply("r1@example.org", "A reply.", "root@example.org"));
        }
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            ImportSummary first = a.importPaths(epoch);
            assertEquals(2, first.imported());
            ImportSummary nothingNew = a.importPaths(epoch);
            assertEquals(0, nothingNew.messagesRead(), "nothing was fetched: nothing is read");

            try (PublicInboxRepo r = PublicInboxRepo.open(epoch, Instant.parse("2018-06-05T08:00:00Z"))) {
                r.add(reply("r2@example.org", "A later reply.", "root@example.org", "r1@example.org"));
                r.add(msg("other@example.org", "Another topic."));
            }
            ImportSummary second = a.importPaths(epoch);
            assertEquals(2, second.messagesRead(), "only the two new commits are read");
            assertEquals(2, second.imported());
            assertEquals(0, second.duplicates());
            assertEquals(List.of(), a.problems);
            assertEquals(a.threadOf("root@example.org"), a.threadOf("r2@example.org"));
            assertEquals(4, a.archive.stats().messages());
        }
    }

    @Test
    void removalCommitsFlagTheMessageRemovedWhetherImportedEarlierOrInTheSameRun() throws IOException {
        Path epoch = tmp.resolve("devel.git");
        Mail spam = msg("spam@example.org", "Buy cheap watches.");
        Mail takedown = reply("takedown@example.org", "Something later taken down.", "root@example.org");
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(msg("root@example.org", "The root."));
            r.add(spam);
            r.add(reply("r1@example.org", "A reply.", "root@example.org"));
            r.remove(spam);      // public-inbox's way: the removed message as 'd'
        }
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            ImportSummary first = a.importPaths(epoch);
            assertEquals(3, first.imported());
            assertEquals(1, first.removed());
            assertTrue(a.one("spam@example.org").removed(), "removed in the same import that added it");
            assertFalse(a.one("root@example.org").removed());

            try (PublicInboxRepo r = PublicInboxRepo.open(epoch, Instant.parse("2018-06-05T08:00:00Z"))) {
                r.add(takedown);
            }
            a.importPaths(epoch);
            assertFalse(a.one("takedown@example.org").removed());
            try (PublicInboxRepo r = PublicInboxRepo.open(epoch, Instant.parse("2018-06-06T08:00:00Z"))) {
                r.removeWithoutD(); // a removal that names the message only as its parent's m
            }
            ImportSummary later = a.importPaths(epoch);
            assertEquals(0, later.messagesRead());
            assertEquals(1, later.removed());
            StoredMessage gone = a.one("takedown@example.org");
            assertTrue(gone.removed(), "removed by a later import");
            assertEquals(a.threadOf("root@example.org"), gone.threadId(), "kept in its thread, flagged");
            assertEquals(List.of(), a.problems);
            assertEquals(4, a.archive.stats().messages(), "removed messages are kept");
        }
    }

    @Test
    void reindexKeepsRemovedFlagsAndWhereEachMirrorWasReadTo() throws Exception {
        Path epoch = tmp.resolve("devel.git");
        Mail spam = msg("spam@example.org", "Buy cheap watches.");
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(msg("root@example.org", "The root."));
            r.add(spam);
            r.remove(spam);
        }
        Path index = tmp.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(epoch);
        }
        ImportSummary s;
        try (TestArchive a = new TestArchive(index)) {
            s = a.archive.reindex(TestImports.options(), (l, id, r, skipped) -> { });
        }
        assertEquals(2, s.imported());
        try (TestArchive a = new TestArchive(index)) {
            assertTrue(a.one("spam@example.org").removed());
            assertFalse(a.one("root@example.org").removed());
            assertEquals(0, a.importPaths(epoch).messagesRead(), "the mirror's position survived the reindex");
        }
    }

    @Test
    void aRemovedMessageKeepsItsFlagWhenAThreadMergeRewritesIt() throws IOException {
        Path epoch = tmp.resolve("devel.git");
        Mail orphan = reply("b1@example.org", "Reply to a message not seen yet.", "b@example.org");
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(msg("a@example.org", "Thread a."));
            r.add(reply("a1@example.org", "In thread a.", "a@example.org"));
            r.add(orphan);
            r.remove(orphan);
        }
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            a.importPaths(epoch);
            assertEquals(2, a.threads().size());
            try (PublicInboxRepo r = PublicInboxRepo.open(epoch, Instant.parse("2018-06-05T08:00:00Z"))) {
                // b turns out to be a reply to a1: the orphan's thread is merged into a's and its document rewritten
                r.add(reply("b@example.org", "Links the two.", "a@example.org", "a1@example.org"));
            }
            ImportSummary s = a.importPaths(epoch);
            assertEquals(1, s.merges());
            assertEquals(1, a.threads().size());
            assertTrue(a.one("b1@example.org").removed(), "the merge kept the removed flag");
        }
    }

    @Test
    void afterACrashTheNextImportRedoesExactlyWhatWasNotCommitted() throws IOException {
        Path epoch = tmp.resolve("devel.git");
        int total = 12;
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(msg("m0@example.org", "Root."));
            for (int i = 1; i < total; i++) r.add(reply("m" + i + "@example.org", "Reply " + i + ".", "m0@example.org"));
        }
        int crashAt = 7;
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            MailSource real = MailSources.resolve(List.of(epoch)).get(0);
            // commit after every message, then die while handing over the 7th: the index is left as a kill -9 leaves
            // it. Workers slowed down lag behind the reader, so a commit that did not wait for them would miss mail.
            ImportOptions d = TestImports.options();
            MessageEnrichment slow = message -> {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return d.enrichment().enrich(message);
            };
            ImportOptions everyMessage = d.withWorkers(2).withCommitSeconds(0).withEnrichment(slow);
            RuntimeException crash = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> a.archive.importMail(List.of(new CrashingSource(real, crashAt)), everyMessage, (l, id, r, s) -> { }));
            assertEquals("simulated crash", crash.getMessage());
            long committed = a.archive.stats().messages();
            assertEquals(crashAt - 1, committed, "every message handed over before the crash was committed");

            ImportSummary rerun = a.importPaths(epoch);
            assertEquals(total - committed, rerun.messagesRead(), "re-reads exactly the uncommitted part");
            assertEquals(0, rerun.duplicates());
            assertEquals(total, a.archive.stats().messages());
            assertEquals(1, a.threads().size());
        }
    }

    @Test
    void aRewrittenHistoryIsReadAgainAndWhatWasImportedIsRecognised() throws IOException {
        Path epoch = tmp.resolve("devel.git");
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(msg("root@example.org", "The root."));
            r.add(reply("r1@example.org", "A reply.", "root@example.org"));
        }
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            a.importPaths(epoch);
            // the mirror is made anew (as after a purge and a fresh clone): other commits, the old one gone
            deleteTree(epoch);
            try (PublicInboxRepo r = PublicInboxRepo.create(epoch, Instant.parse("2019-01-01T00:00:00Z"))) {
                r.add(msg("root@example.org", "The root."));
                r.add(reply("r1@example.org", "A reply.", "root@example.org"));
                r.add(reply("r2@example.org", "New.", "root@example.org"));
            }
            ImportSummary s = a.importPaths(epoch);
            assertEquals(3, s.messagesRead());
            assertEquals(1, s.imported());
            assertEquals(2, s.duplicates());
            assertEquals(1, a.problems.size(), a.problems.toString());
            assertTrue(a.problems.get(0).contains("is no longer in the repository: reading it all again"), a.problems.get(0));
        }
    }

    @Test
    void checkpointsOfOtherSourcesSurviveAnImportThatDoesNotReadThem() throws IOException {
        Path one = tmp.resolve("one.git"), two = tmp.resolve("two.git");
        try (PublicInboxRepo r = PublicInboxRepo.create(one)) {
            r.add(msg("one@example.org", "In one."));
        }
        try (PublicInboxRepo r = PublicInboxRepo.create(two)) {
            r.add(msg("two@example.org", "In two."));
        }
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            a.importPaths(one);
            a.importPaths(two);
            a.importMbox("x.mbox", Mail.mbox(msg("x@example.org", "From an mbox.")));
            assertEquals(0, a.importPaths(one).messagesRead());
            assertEquals(0, a.importPaths(two).messagesRead());
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    /** Passes a real source through, then fails while handing over message number {@code crashAt}. */
    private record CrashingSource(MailSource inner, int crashAt) implements MailSource {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public Map<String, String> checkpoint() {
            return inner.checkpoint();
        }

        @Override
        public void resume(Map<String, String> saved) {
            inner.resume(saved);
        }

        @Override
        public void read(Sink sink) throws IOException, InterruptedException {
            int[] n = {0};
            inner.read(new Sink() {
                @Override
                public void message(RawMessage m) throws InterruptedException {
                    if (++n[0] == crashAt) throw new RuntimeException("simulated crash");
                    sink.message(m);
                }

                @Override
                public void problem(String location, String reason) {
                    sink.problem(location, reason);
                }

                @Override
                public void removed(RawMessage m) throws InterruptedException {
                    sink.removed(m);
                }
            });
        }
    }
}
