package dev.parley.opensearch;

import dev.parley.archive.SearchRequest;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import dev.parley.query.LoreQuery;
import dev.parley.testing.Mail;
import dev.parley.testing.PublicInboxRepo;
import dev.parley.testing.TestCluster;
import dev.parley.testing.TestImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A public-inbox mirror imported into the cluster behaves as in the embedded index: a second import reads only
 * what came since (the mirror's position is kept with the archive), removals flag messages (kept, left out of
 * searches), and a reindex keeps both.
 */
class ClusterMirrorTest {

    @TempDir
    Path tmp;

    static Mail msg(String id, String body) {
        return Mail.message(id).subject("wavefs: " + id.substring(0, id.indexOf('@'))).body(body + "\n");
    }

    static Mail reply(String id, String body, String... chain) {
        return msg(id, body).subject("Re: wavefs: " + chain[0].substring(0, chain[0].indexOf('@'))).replyTo(chain);
    }

    static StoredMessage one(TestCluster c, String id) throws IOException {
        List<StoredMessage> found = c.archive.messages(id, false);
        assertEquals(1, found.size(), id);
        return found.get(0);
    }

    @Test
    void positionsAndRemovalsAsOnTheEmbeddedIndex() throws Exception {
        Path epoch = tmp.resolve("devel.git");
        Mail spam = msg("spam@example.org", "Buy cheap watches.");
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(msg("root@example.org", "The root."));
            r.add(spam);
            r.add(reply("r1@example.org", "A reply.", "root@example.org"));
            r.remove(spam);
        }
        try (TestCluster c = new TestCluster("mirror", 2)) {
            ImportSummary first = c.importPaths(epoch);
            assertEquals(3, first.imported());
            assertEquals(1, first.removed(), c.problems.toString());
            assertTrue(one(c, "spam@example.org").removed(), "removed in the same import that added it");
            assertFalse(one(c, "root@example.org").removed());
            assertEquals(0, c.importPaths(epoch).messagesRead(), "nothing was fetched: nothing is read");

            try (PublicInboxRepo r = PublicInboxRepo.open(epoch, Instant.parse("2018-06-05T08:00:00Z"))) {
                r.add(reply("takedown@example.org", "Something later taken down.", "root@example.org"));
            }
            ImportSummary second = c.importPaths(epoch);
            assertEquals(1, second.messagesRead(), "only the new commit is read");
            try (PublicInboxRepo r = PublicInboxRepo.open(epoch, Instant.parse("2018-06-06T08:00:00Z"))) {
                r.removeWithoutD();
            }
            ImportSummary later = c.importPaths(epoch);
            assertEquals(0, later.messagesRead());
            assertEquals(1, later.removed());
            StoredMessage gone = one(c, "takedown@example.org");
            assertTrue(gone.removed(), "removed by a later import");
            assertEquals(one(c, "root@example.org").threadId(), gone.threadId(), "kept in its thread, flagged");
            assertEquals(List.of(), c.problems);
            assertEquals(4, c.archive.stats().messages(), "removed messages are kept");

            var query = LoreQuery.parse("s:wavefs");
            assertEquals(2, c.archive.search(SearchRequest.of(query)).total(), "searches leave removed messages out");
            assertEquals(4, c.archive.search(SearchRequest.of(query).withRemoved(true)).total());

            ImportSummary re = c.archive.reindex(TestImports.options(), ImportListener.SILENT);
            assertEquals(4, re.imported());
            assertTrue(one(c, "spam@example.org").removed() && one(c, "takedown@example.org").removed(), "flags survive a reindex");
            assertEquals(0, c.importPaths(epoch).messagesRead(), "the mirror's position survived the reindex");
        }
    }
}
