package dev.parley.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.testing.OpenSearchNode;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import dev.parley.testing.TestCluster;
import dev.parley.testing.TestImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Back-pressure: the test node has a write queue of {@value OpenSearchNode#WRITE_QUEUE}, so many small bulk
 * requests at once make it answer 429 ({@code rejected_execution_exception}); the writer sends the rejected
 * operations again until every one is in, and never has more bytes in flight than allowed.
 */
class ClusterBulkTest {

    @TempDir
    Path tmp;

    @Test
    void rejectedOperationsAreSentAgainAndNothingIsLost() throws IOException {
        try (TestCluster cluster = new TestCluster("bulk", 2)) {
            ClusterClient client = cluster.archive.client();
            String index = new ClusterSchema(client, cluster.settings).ensureWritable();
            // many tiny requests, several in flight at once
            ClusterSettings tiny = cluster.settings.withBulk(2, 1 << 20, 64L << 20);
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            BulkWriter w = new BulkWriter(client, index, tiny, (location, id, reason) -> failures.add(id + ": " + reason));
            int n = 120;
            try {
                for (int i = 0; i < n; i++) {
                    ObjectNode doc = ClusterClient.JSON.createObjectNode();
                    doc.put("uid", "u" + i).put("mid", i + "@bulk.example").put("thread", "t" + (i % 97)).put("subject", "message " + i);
                    w.index("u" + i, "t" + (i % 97), doc, "test:" + i, i + "@bulk.example");
                }
                w.flush();
            } finally {
                w.close();
            }
            assertEquals(List.of(), failures);
            assertTrue(w.rejected() > 0, "the cluster pushed back (429) at least once: " + w.requests() + " requests");
            client.send("POST", "/" + index + "/_refresh", null);
            assertEquals(n, ClusterImport.count(client, index), "every message arrived once, after " + w.rejected() + " rejections");
            System.err.printf("bulk back-pressure: %d operations in %d requests, %d rejected and sent again%n", n, w.requests(), w.rejected());
        }
    }

    @Test
    void inFlightBytesStayWithinTheLimit() throws IOException {
        try (TestCluster cluster = new TestCluster("inflight", 1)) {
            ClusterClient client = cluster.archive.client();
            String index = new ClusterSchema(client, cluster.settings).ensureWritable();
            ClusterSettings small = cluster.settings.withBulk(1000, 8 << 10, 24 << 10); // 8 KiB bulks, 24 KiB in flight
            BulkWriter w = new BulkWriter(client, index, small, (location, id, reason) -> {
                throw new AssertionError(id + ": " + reason);
            });
            String text = "x".repeat(1000);
            try {
                for (int i = 0; i < 400; i++) {
                    ObjectNode doc = ClusterClient.JSON.createObjectNode();
                    doc.put("uid", "u" + i).put("thread", "t" + i).put("subject", text);
                    w.index("u" + i, "t" + i, doc, "test:" + i, null);
                }
                w.flush();
            } finally {
                w.close();
            }
            assertTrue(w.requests() >= 40, "about 400 KB went in 8 KB requests: " + w.requests());
            assertTrue(w.peakInFlightKb() <= 24, "in flight at most 24 KiB, was " + w.peakInFlightKb());
            client.send("POST", "/" + index + "/_refresh", null);
            assertEquals(400, ClusterImport.count(client, index));
        }
    }

    /** An import in tiny bulks on two shards ends with the same archive as the embedded import. */
    @Test
    void anImportInTinyBulksLosesNothing() throws IOException, InterruptedException {
        try (TestCluster cluster = new TestCluster("tinybulk", 2);
             TestArchive local = new TestArchive(tmp.resolve("local"))) {
            OpenSearchArchive tiny = new OpenSearchArchive(cluster.settings.withBulk(3, 1 << 20, 64L << 20));
            try {
                var s = tiny.importMail(dev.parley.mail.MailSources.resolve(List.of(Samples.SAMPLES)),
                        TestImports.options(), cluster.listener());
                var l = local.importPaths(Samples.SAMPLES);
                assertEquals(l.imported(), s.imported(), cluster.problems.toString());
                Parity.assertSameArchive(local.archive, tiny);
            } finally {
                tiny.close();
            }
        }
    }
}
