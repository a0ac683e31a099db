package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.model.CheckReport;
import dev.parley.model.StoredMessage;
import dev.parley.testing.Mail;
import dev.parley.testing.Rest;
import dev.parley.testing.TestArchive;
import dev.parley.testing.TestCluster;
import dev.parley.testing.TestImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A message that links two threads merges them; on a 2-shard index the smaller thread's messages move to the
 * surviving thread's routing (so to its shard), and no copy stays behind. Checked by asking each shard directly.
 */
class ClusterMergeTest {

    @TempDir
    Path tmp;
    TestCluster cluster;

    @BeforeEach
    void create() {
        cluster = new TestCluster("merge", 2);
    }

    @AfterEach
    void delete() throws IOException {
        cluster.close();
    }

    static Mail msg(String id, String subject, String date, String... replyTo) {
        Mail m = Mail.message(id).subject(subject).date(date);
        return replyTo.length == 0 ? m : m.replyTo(replyTo);
    }

    /** A three-message thread, and candidate two-message threads (at least one lands on the other shard). */
    static List<Mail> threads() {
        List<Mail> out = new ArrayList<>(List.of(
                msg("big-1@merge.example", "big thread", "Mon, 4 Jun 2018 10:00:00 +0000"),
                msg("big-2@merge.example", "Re: big thread", "Mon, 4 Jun 2018 11:00:00 +0000", "big-1@merge.example"),
                msg("big-3@merge.example", "Re: big thread", "Mon, 4 Jun 2018 12:00:00 +0000", "big-1@merge.example", "big-2@merge.example")));
        for (int i = 1; i <= 6; i++) {
            out.add(msg("small" + i + "-1@merge.example", "small thread " + i, "Tue, 5 Jun 2018 10:00:00 +0000"));
            out.add(msg("small" + i + "-2@merge.example", "Re: small thread " + i, "Tue, 5 Jun 2018 11:00:00 +0000", "small" + i + "-1@merge.example"));
        }
        return out;
    }

    /** Messages of a thread on each shard, asked of each shard. */
    int[] perShard(String threadId) {
        int[] out = new int[2];
        for (int shard = 0; shard < 2; shard++) {
            JsonNode r = Rest.ok("POST", "/" + cluster.settings.name() + "/_search?preference=_shards:" + shard,
                    "{\"size\":0,\"track_total_hits\":true,\"query\":{\"term\":{\"thread\":\"" + threadId + "\"}}}");
            out[shard] = r.path("hits").path("total").path("value").asInt();
        }
        return out;
    }

    int shardOf(String threadId) {
        int[] n = perShard(threadId);
        assertTrue(n[0] == 0 || n[1] == 0, "thread " + threadId + " lives on one shard: " + n[0] + " + " + n[1]);
        return n[0] > 0 ? 0 : 1;
    }

    Path mbox(String name, List<Mail> mails) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, Mail.mbox(mails.toArray(Mail[]::new)));
        return f;
    }

    String threadOf(String messageId) throws IOException {
        List<StoredMessage> found = cluster.archive.messages(messageId, false);
        assertEquals(1, found.size(), messageId);
        return found.get(0).threadId();
    }

    /** Every message of the merged thread on one shard, routed by the surviving id, nothing left elsewhere. */
    void assertMoved(String survivor, String loser, int size) throws IOException {
        int[] n = perShard(survivor);
        assertEquals(size, n[0] + n[1], "every message carries the surviving thread id");
        assertTrue(n[0] == 0 || n[1] == 0, "the merged thread lives on one shard: " + n[0] + " + " + n[1]);
        assertEquals(0, perShard(loser)[0] + perShard(loser)[1], "no message keeps the merged-away thread id");
        JsonNode hits = Rest.ok("POST", "/" + cluster.settings.name() + "/_search",
                "{\"size\":100,\"query\":{\"term\":{\"thread\":\"" + survivor + "\"}}}").path("hits").path("hits");
        for (JsonNode h : hits) assertEquals(survivor, h.path("_routing").asText(), "routing of " + h.path("_id"));
        assertEquals(size, cluster.archive.thread(survivor, false).size());
        CheckReport check = cluster.archive.check();
        assertTrue(check.healthy(), check.problems().toString());
    }

    @Test
    void aLaterImportMovesTheSmallerThreadToTheOtherShard() throws IOException {
        cluster.importPaths(mbox("first.mbox", threads()));
        String big = threadOf("big-1@merge.example");
        String small = null;
        for (int i = 1; i <= 6 && small == null; i++) {
            String t = threadOf("small" + i + "-1@merge.example");
            if (shardOf(t) != shardOf(big)) small = "small" + i;
        }
        assertTrue(small != null, "one of six threads lands on the other shard (the ids are fixed, so this holds or never)");
        String smallThread = threadOf(small + "-1@merge.example");
        int smallShard = shardOf(smallThread);
        assertEquals(2, perShard(smallThread)[smallShard]);

        var s = cluster.importPaths(mbox("link.mbox", List.of(msg("link@merge.example", "Re: both", "Wed, 6 Jun 2018 10:00:00 +0000",
                "big-1@merge.example", small + "-1@merge.example"))));
        assertEquals(1, s.imported());
        assertEquals(1, s.merges(), "the link merged two threads");
        assertEquals(big, threadOf(small + "-1@merge.example"), "the larger thread survives");
        assertEquals(big, threadOf("link@merge.example"));
        assertMoved(big, smallThread, 6);
        assertEquals(0, perShard(big)[smallShard], "the small thread left its shard");
        assertEquals(16, ClusterImport.count(cluster.archive.client(), cluster.settings.name()), "no message lost or doubled");

        try (TestArchive local = new TestArchive(tmp.resolve("local"))) {
            local.importPaths(tmp.resolve("first.mbox"));
            local.importPaths(tmp.resolve("link.mbox"));
            Parity.assertSameArchive(local.archive, cluster.archive);
        }
    }

    @Test
    void aMergeWithinOneImportIsMovedAtItsCheckpoint() throws IOException {
        List<Mail> all = threads();
        // the link comes last, after both threads' messages have been sent under their own routing
        for (int i = 1; i <= 6; i++) {
            all.add(msg("link" + i + "@merge.example", "Re: both", "Wed, 6 Jun 2018 10:00:00 +0000",
                    "big-1@merge.example", "small" + i + "-1@merge.example"));
        }
        // one worker, so the messages are admitted in file order and the links do merge
        var s = cluster.importPaths(TestImports.options().withWorkers(1), mbox("all.mbox", all));
        assertEquals(21, s.imported());
        String big = threadOf("big-1@merge.example");
        for (int i = 1; i <= 6; i++) assertEquals(big, threadOf("small" + i + "-2@merge.example"));
        assertMoved(big, "none", 21);
        assertNotEquals(0, s.merges());
        assertEquals(21, ClusterImport.count(cluster.archive.client(), cluster.settings.name()), "no message lost or doubled");
    }
}
