package dev.parley.lucene;

import dev.parley.model.ArchiveInvariants;
import dev.parley.model.CheckReport;
import dev.parley.model.IndexLockedException;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Verifies an index: Lucene's CheckIndex for the storage, then Parley's own invariants on the last commit: every
 * message has a thread id and its raw bytes, the raw bytes carry the stored Message-ID, no two documents share a
 * content key, and thread ids agree with References (every Message-ID, present or referenced, belongs to one thread).
 */
public final class IndexCheck {

    private IndexCheck() {
    }

    public static CheckReport run(Path dir) throws IOException {
        if (!IndexSnapshot.exists(dir)) throw IndexSnapshot.missing(dir);
        boolean storageOk;
        String summary;
        try (Directory d = FSDirectory.open(dir); CheckIndex ci = new CheckIndex(d)) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            ci.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = ci.checkIndex();
            storageOk = status.clean;
            summary = status.clean ? status.segmentInfos.size() + " segment(s), no corruption"
                    : "Lucene's CheckIndex found " + status.numBadSegments + " damaged segment(s)";
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException("index " + dir + " is being written by an import; run check when it has finished", -1);
        }
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            String schema = ExistingIndex.otherSchema(r.getIndexCommit().getUserData());
            if (schema != null) {
                summary += "; written with schema version " + schema
                        + ", so 'parley reindex' must rebuild it before the next import";
            }
            CheckReport inv = invariants(r);
            return new CheckReport(storageOk, summary, inv.messages(), inv.threads(), inv.problems(), inv.problemCount());
        }
    }

    /** Parley's invariants on one point-in-time view; safe while an import writes (no lock taken). */
    public static CheckReport invariants(DirectoryReader r) throws IOException {
        ArchiveInvariants inv = new ArchiveInvariants();
        for (LeafReaderContext ctx : r.leaves()) {
            Bits live = ctx.reader().getLiveDocs();
            StoredFields stored = ctx.reader().storedFields();
            for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) continue;
                inv.add(IndexSnapshot.load(stored, doc, true));
            }
        }
        return inv.report(true, "");
    }
}
