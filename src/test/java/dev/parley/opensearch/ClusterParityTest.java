package dev.parley.opensearch;

import dev.parley.model.ImportSummary;
import dev.parley.testing.Samples;
import dev.parley.testing.SearchFixture;
import dev.parley.testing.TestArchive;
import dev.parley.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same mail on both backends gives the same answers: the search fixture and samples/ here (always), the corpus
 * threads and the 25,000-message slice in {@link CorpusParityTest}. Compared: stats, the partition of messages into
 * threads, every thread's reply tree, and for each query the exact total, the set of matching messages, the order of
 * dates under date sorting, and the grouping into threads.
 */
class ClusterParityTest {

    @TempDir
    static Path tmp;
    static TestArchive local;
    static TestCluster cluster;

    @BeforeAll
    static void importBoth() throws IOException {
        Path fixture = tmp.resolve("fixture.mbox");
        Files.writeString(fixture, SearchFixture.mbox());
        local = new TestArchive(tmp.resolve("local"));
        cluster = new TestCluster("parity", 2);
        ImportSummary l = local.importPaths(fixture, Samples.SAMPLES);
        ImportSummary c = cluster.importPaths(fixture, Samples.SAMPLES);
        assertEquals(l.imported(), c.imported(), cluster.problems.toString());
        assertEquals(l.duplicates(), c.duplicates());
        assertEquals(l.errors(), c.errors());
        assertEquals(l.warnings(), c.warnings());
        assertEquals(local.problems.size(), cluster.problems.size(), local.problems + " vs " + cluster.problems);
    }

    @AfterAll
    static void close() throws IOException {
        if (local != null) local.close();
        if (cluster != null) cluster.close();
    }

    @Test
    void statsThreadsAndTreesAgree() throws IOException {
        Parity.assertSameArchive(local.archive, cluster.archive);
    }

    /**
     * Rankings, date orders and groupings agree on queries across the samples and the fixture. (What each backend must
     * find for the fixture's pinned queries, each checks on its own: {@code dev.parley.archive.ArchiveContract}.)
     */
    @Test
    void queriesAcrossTheMailAgree() throws Exception {
        List<String> queries = List.of("frob*", "d:2020-01-01..2020-02-01", "-s:frobnicator d:..2020-02-01", "wavefs OR netdev",
                "thread:" + SearchFixture.PATCH, "thread:20180604081233.21877-1-grant@kernel.example",
                "f:grant@kernel.example d:2018-06-01..2018-06-30", "nq:\"staging tree\" OR delet* -q:nack",
                "tone:heated OR tone:negative", "l:netdev", "lid:other.lists.example.org", "m:" + SearchFixture.BENCH,
                "quarantine OR lustre", "f:example.org", "l:lists.example.org", "dfn:frob_core.c", "rb:bob");
        for (String q : queries) Parity.assertSameSearch(local.archive, cluster.archive, q);
    }
}
