package dev.parley.lucene;

import dev.parley.archive.SearchRequest;
import dev.parley.query.LoreQuery;

import dev.parley.ingest.MessageFields;
import dev.parley.model.ArchiveStats;
import dev.parley.model.CheckReport;
import dev.parley.model.Field;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.IndexLockedException;
import dev.parley.model.StoredMessage;
import dev.parley.testing.Mail;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import dev.parley.testing.TestImports;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {

    @TempDir
    Path tmp;

    TestArchive archive() {
        return new TestArchive(tmp.resolve("index"));
    }

    @Test
    void samplesImportWithDuplicatesRecognised() throws IOException {
        try (TestArchive a = archive()) {
            ImportSummary s = a.importPaths(Samples.SAMPLES);
            assertEquals(3, s.files());
            assertEquals(33, s.messagesRead());
            assertEquals(32, s.imported());
            assertEquals(1, s.duplicates(), "the byte-identical Tested-by copy in netdev-series");
            assertEquals(0, s.errors(), a.problems.toString());
            assertEquals(3, s.threads());
            ArchiveStats st = a.archive.stats();
            assertEquals(32, st.messages());
            assertEquals(3, st.threads());
            assertEquals(Map.of("driverdev-devel.driverdev.example.org", 17L, "netdev.vger.example.org", 8L,
                    "users.lists.tinkerbox.example.org", 7L), st.lists());
        }
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws IOException {
        try (TestArchive a = archive()) {
            a.importPaths(Samples.WAVEFS);
            Map<String, List<String>> before = a.threads();
            ImportSummary again = a.importPaths(Samples.WAVEFS);
            assertEquals(0, again.imported());
            assertEquals(17, again.duplicates());
            assertEquals(before, a.threads());
            assertEquals(17, a.archive.stats().messages());
        }
    }

    @Test
    void sameIdWithDifferentContentIsKeptTwice() throws IOException {
        try (TestArchive a = archive()) {
            a.importMbox("one.mbox", Mail.mbox(Mail.message("same@example.org").body("first version\n")));
            ImportSummary s = a.importMbox("two.mbox", Mail.mbox(Mail.message("same@example.org").body("edited version\n")));
            assertEquals(1, s.imported());
            List<StoredMessage> both = a.archive.messages("<same@example.org>", true);
            assertEquals(2, both.size());
            assertNotEquals(both.get(0).uid(), both.get(1).uid());
            assertEquals(both.get(0).threadId(), both.get(1).threadId());
        }
    }

    @Test
    void aReplyThatArrivesBeforeItsParentJoinsTheParentsThread() throws IOException {
        try (TestArchive a = archive()) {
            a.importMbox("reply.mbox", Mail.mbox(Mail.message("child@example.org").replyTo("parent@example.org")));
            a.importMbox("parent.mbox", Mail.mbox(Mail.message("parent@example.org")));
            assertEquals(a.threadOf("child@example.org"), a.threadOf("parent@example.org"));
            assertEquals(1, a.threads().size());
        }
    }

    @Test
    void aLaterMessageThatLinksTwoThreadsMergesThem() throws IOException {
        try (TestArchive a = archive()) {
            // two threads whose replies do not know about each other
            a.importMbox("a.mbox", Mail.mbox(Mail.message("a@example.org"), Mail.message("a1@example.org").replyTo("a@example.org"),
                    Mail.message("a2@example.org").replyTo("a@example.org", "a1@example.org")));
            a.importMbox("b.mbox", Mail.mbox(Mail.message("b1@example.org").replyTo("b@example.org")));
            assertEquals(2, a.threads().size());
            String big = a.threadOf("a@example.org");
            // b turns out to be a reply to a1
            ImportSummary s = a.importMbox("b-root.mbox", Mail.mbox(Mail.message("b@example.org").replyTo("a@example.org", "a1@example.org")));
            assertEquals(1, s.merges());
            Map<String, List<String>> threads = a.threads();
            assertEquals(1, threads.size(), threads.toString());
            assertEquals(big, a.threadOf("b1@example.org"), "the larger thread survives");
            assertEquals(5, threads.get(big).size());
        }
    }

    @Test
    void mergesInsideOneImportAreConsistentAtCommit() throws IOException {
        try (TestArchive a = archive()) {
            a.importMbox("mixed.mbox", Mail.mbox(
                    Mail.message("x@example.org"),
                    Mail.message("y1@example.org").replyTo("y@example.org"),
                    Mail.message("y2@example.org").replyTo("y@example.org", "y1@example.org"),
                    Mail.message("y@example.org").replyTo("x@example.org")));
            assertEquals(1, a.threads().size(), a.threads().toString());
        }
    }

    @Test
    void loopsAndSelfReferencesDoNotBreakThreading() throws IOException {
        try (TestArchive a = archive()) {
            ImportSummary s = a.importMbox("loop.mbox", Mail.mbox(
                    Mail.message("l1@example.org").replyTo("l2@example.org"),
                    Mail.message("l2@example.org").replyTo("l1@example.org"),
                    Mail.message("self@example.org").replyTo("self@example.org")));
            assertEquals(3, s.imported());
            assertEquals(2, a.threads().size());
            assertEquals(a.threadOf("l1@example.org"), a.threadOf("l2@example.org"));
        }
    }

    @Test
    void everyTextFieldHasDenseNormsWithoutChangingItsStatistics() throws IOException {
        try (TestArchive a = archive()) {
            a.importPaths(Samples.SAMPLES);
        }
        try (IndexSnapshot snap = IndexSnapshot.open(tmp.resolve("index"))) {
            int withDiff = 0, withDiffTerms = 0;
            for (LeafReaderContext leaf : snap.reader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (String field : Field.normed().stream().map(Field::id).toList()) {
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    assertNotNull(norms, field);
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) assertTrue(norms.advanceExact(doc), field + " " + doc);
                }
                // the empty values index no term: the documents holding a term of a field (BM25's document count)
                // are exactly those that have text in it
                FixedBitSet hasTerm = new FixedBitSet(leaf.reader().maxDoc());
                Terms terms = leaf.reader().terms(Field.DIFF_ADDED.id());
                if (terms != null) {
                    TermsEnum te = terms.iterator();
                    PostingsEnum pe = null;
                    while (te.next() != null) {
                        pe = te.postings(pe, PostingsEnum.NONE);
                        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) hasTerm.set(d);
                    }
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    boolean diff = !IndexSnapshot.load(leaf.reader().storedFields(), doc, true).parsed().body().diff().added().isEmpty();
                    if (diff) withDiff++;
                    if (hasTerm.get(doc)) withDiffTerms++;
                    assertEquals(diff, hasTerm.get(doc), "document " + doc);
                }
            }
            assertTrue(withDiff > 0 && withDiff < snap.messageCount(), withDiff + " of " + snap.messageCount());
            assertEquals(withDiff, withDiffTerms);
        }
    }

    @Test
    void anIndexOfTheFirstSchemaIsReadRefusedForImportAndRebuiltByReindex() throws Exception {
        // written by Parley before schema 2: Lucene's own codec, DEFLATE'd raw messages, SHA-256 keys (see its README)
        Path dir = tmp.resolve("index");
        copyFixture("schema1-index", dir);
        String root = "20180604081233.21877-1-grant@kernel.example";
        StoredMessage before;
        try (TestArchive a = archive()) {
            before = a.one(root);
            assertTrue(new String(before.raw(), StandardCharsets.UTF_8).contains("Subject: [PATCH] staging: wavefs: delete"));
        }
        assertEquals(List.of("Lucene104"), codecs(dir).stream().distinct().toList());
        CheckReport check = IndexCheck.run(dir);
        assertTrue(check.healthy(), check.toString());
        assertTrue(check.storageSummary().endsWith("; written with schema version 1, so 'parley reindex' must rebuild it"
                + " before the next import"), check.storageSummary());

        IOException e = assertThrows(IOException.class, () -> Importer.open(dir, TestImports.options()));
        assertEquals("the index was written with schema version 1 but this Parley writes version " + Field.SCHEMA_VERSION
                + ": run 'parley reindex' first", e.getMessage());

        ImportSummary re = Reindexer.reindex(dir, TestImports.options(), ImportListener.SILENT);
        assertEquals(17, re.imported());
        assertEquals(List.of(ParleyCodec.NAME), codecs(dir).stream().distinct().toList());
        assertTrue(IndexCheck.run(dir).storageSummary().endsWith("no corruption"), IndexCheck.run(dir).storageSummary());
        try (TestArchive a = archive()) {
            StoredMessage after = a.one(root);
            assertArrayEquals(before.raw(), after.raw(), "the message itself is unchanged");
            assertNotEquals(before.uid(), after.uid(), "keyed anew");
            assertEquals(MessageFields.uid(after.parsed()), after.uid());
            assertEquals(before.threadId(), after.threadId());
            ImportSummary again = a.importPaths(Samples.WAVEFS);
            assertEquals(0, again.imported());
            assertEquals(17, again.duplicates());
        }
    }

    @Test
    void anIndexOfTheSecondSchemaIsSearchedRefusedForImportAndRebuiltByReindex() throws Exception {
        // written by Parley before lore's analysis: StandardTokenizer's words, no stems (see its README)
        Path dir = tmp.resolve("index");
        copyFixture("schema2-index", dir);
        try (TestArchive a = archive()) {
            // searches keep working: words as written, phrases, names, whole Message-IDs, dates
            assertEquals(17, count(a, "s:wavefs"), "a stemmed word finds the word as written too");
            assertEquals(count(a, "s:Wavefs"), count(a, "s:wavefs"));
            assertEquals(17, count(a, "s:\"delete the filesystem\""));
            assertEquals(1, count(a, "m:20180604081233.21877-1-grant@kernel.example"));
            assertTrue(count(a, "f:Grant d:2018-06-01..2018-06-30") > 0);
            assertEquals(0, count(a, "m:kernel.example"), "an index made before lore's analysis has no words of Message-IDs");
        }
        CheckReport check = IndexCheck.run(dir);
        assertTrue(check.storageSummary().endsWith("; written with schema version 2, so 'parley reindex' must rebuild it"
                + " before the next import"), check.storageSummary());
        IOException e = assertThrows(IOException.class, () -> Importer.open(dir, TestImports.options()));
        assertEquals("the index was written with schema version 2 but this Parley writes version " + Field.SCHEMA_VERSION
                + ": run 'parley reindex' first", e.getMessage());

        assertEquals(17, Reindexer.reindex(dir, TestImports.options(), ImportListener.SILENT).imported());
        try (TestArchive a = archive()) {
            assertEquals(17, count(a, "s:wavefs"));
            assertTrue(count(a, "m:kernel.example") > 0, "the Message-IDs' words, after reindex");
            assertTrue(count(a, "s:deleting") > count(a, "s:Deleting"), "and lore's stems: delete, deletion");
        }
    }

    private static long count(TestArchive a, String query) throws IOException {
        return a.archive.search(new SearchRequest(LoreQuery.parse(query), SearchRequest.Sort.RELEVANCE, 0, 0, false, false,
                false, false)).total();
    }

    private static void copyFixture(String name, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path fixture = Path.of(ImporterTest.class.getResource(name).toURI());
        try (var files = Files.list(fixture)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    private static List<String> codecs(Path dir) throws IOException {
        try (var d = FSDirectory.open(dir)) {
            return ParleyCodecTest.codecs(d);
        }
    }

    @Test
    void aSecondWriterIsToldTheIndexIsLocked() throws IOException {
        Path dir = tmp.resolve("locked");
        try (Importer first = Importer.open(dir, TestImports.options())) {
            IndexLockedException e = assertThrows(IndexLockedException.class, () -> Importer.open(dir, TestImports.options()));
            assertTrue(e.getMessage().contains("locked by another import (pid " + ProcessHandle.current().pid() + ")"), e.getMessage());
        }
        try (Importer again = Importer.open(dir, TestImports.options())) {
            assertEquals(-1, again.stalePid());
        }
    }
}
