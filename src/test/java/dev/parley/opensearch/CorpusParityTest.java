package dev.parley.opensearch;

import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchRequest;
import dev.parley.model.ArchiveStats;
import dev.parley.model.ImportSummary;
import dev.parley.query.LoreQuery;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import dev.parley.testing.TestCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parity on real mail from ../shared/corpus: its LKML threads, and the 25,000-message linux-xfs slice. Each is
 * imported into both backends (the cluster on two shards); stats, threads, reply trees and a query mix (the search
 * benchmark's, plus queries made from the mail itself: busiest senders, thread: of large threads) must agree.
 * Skipped, saying so, without the corpus. Timings go to stderr.
 */
class CorpusParityTest {

    @TempDir
    Path tmp;

    static Path corpus(String part) {
        Path corpus = Samples.corpus();
        Path p = corpus == null ? null : corpus.resolve(part);
        if (p == null || !Files.exists(p)) {
            System.err.println("SKIPPED: ../shared/corpus/" + part + " not found; corpus parity does not run on it");
            Assumptions.abort("../shared/corpus/" + part + " is absent");
        }
        return p;
    }

    @Test
    void corpusThreads() throws IOException {
        compare(corpus("lkml/threads"), 1);
    }

    @Test
    void slice25k() throws IOException {
        compare(corpus("lkml/linux-xfs_2019-04-29_to_2021-04-25_first-25000.mbox.gz"), 20);
    }

    private void compare(Path mail, int treeStride) throws IOException {
        try (TestArchive local = new TestArchive(tmp.resolve("local"));
             TestCluster cluster = new TestCluster("corpus", 2)) {
            long t0 = System.nanoTime();
            ImportSummary l = local.importPaths(mail);
            long t1 = System.nanoTime();
            ImportSummary c = cluster.importPaths(mail);
            long t2 = System.nanoTime();
            assertEquals(l.imported(), c.imported(), "imported");
            assertEquals(l.duplicates(), c.duplicates(), "duplicates");
            assertEquals(l.errors(), c.errors(), "errors");
            Parity.assertSameArchive(local.archive, cluster.archive, treeStride);
            long t3 = System.nanoTime();
            List<String> queries = queries(local);
            for (String q : queries) Parity.assertSameSearch(local.archive, cluster.archive, q);
            long t4 = System.nanoTime();
            System.err.printf("corpus parity on %s: %,d messages; import embedded %.1f s, cluster %.1f s; archive and trees compared in %.1f s; %d queries compared in %.1f s%n",
                    mail.getFileName(), l.imported(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, queries.size(), (t4 - t3) / 1e9);
        }
    }

    /** The benchmark's query mix, and queries made from the mail: its busiest senders, its largest threads. */
    private static List<String> queries(TestArchive local) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of("bench/queries.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(line.substring(line.indexOf('\t') + 1));
        }
        out.addAll(List.of("s:staging", "rust OR maintainer*", "nq:nack -q:nack", "tone:heated", "d:2020-01-01..2020-12-31",
                "b:\"signed-off-by\" d:2021", "l:linux-xfs", "rb:kernel.org", "s:(re patch) -f:kernel.org", "dfn:Makefile"));
        Map<String, Integer> senders = new TreeMap<>();
        Map<String, Integer> threads = new TreeMap<>();
        Map<String, String> someMessage = new TreeMap<>();
        local.archive.forEach(false, m -> {
            senders.merge(m.fromAddress(), 1, Integer::sum);
            threads.merge(m.threadId(), 1, Integer::sum);
            someMessage.putIfAbsent(m.threadId(), m.messageId());
        });
        senders.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3).forEach(e -> out.add("f:" + e.getKey()));
        threads.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
                .forEach(e -> out.add("thread:" + someMessage.get(e.getKey())));
        return new ArrayList<>(out);
    }
}
