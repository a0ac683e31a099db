package dev.parley.index;

import dev.parley.mail.RawHeaders;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies an index: Lucene's CheckIndex for the storage, then Parley's own invariants on the last commit: every
 * message has a thread id and its raw bytes, the raw bytes carry the stored Message-ID, no two documents share a
 * content key, and thread ids agree with References (every Message-ID, present or referenced, belongs to one thread).
 */
public final class IndexCheck {

    private static final int MAX_LISTED = 50;

    private IndexCheck() {
    }

    public static CheckReport run(Path dir) throws IOException {
        if (!IndexSnapshot.exists(dir)) throw new NoIndexException(dir);
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
        Invariants inv = new Invariants();
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

    /** Parley's invariants over the messages of an archive, fed one at a time (with raw bytes), whatever stores them. */
    public static final class Invariants {
        private final Problems problems = new Problems();
        private final Map<String, String> threadOfId = new HashMap<>(); // every own or referenced id -> thread
        private final Set<String> uids = new HashSet<>();
        private long messages;

        public void add(StoredMessage m) {
            messages++;
            String who = "message <" + m.messageId() + ">";
            if (m.threadId() == null || m.threadId().isEmpty()) problems.add(who + " has no thread id");
            if (!uids.add(m.uid())) problems.add(who + " is stored twice with the same content key " + m.uid());
            if (m.raw() == null || m.raw().length == 0) {
                problems.add(who + " has no raw bytes");
            } else if (!m.syntheticId()) {
                String header = RawHeaders.parse(m.raw()).get("message-id");
                if (header == null || !header.contains(m.messageId())) {
                    problems.add(who + ": its raw bytes carry Message-ID " + header);
                }
            }
            List<String> links = new ArrayList<>(m.references());
            if (!m.inReplyTo().isEmpty()) links.add(m.inReplyTo());
            links.add(m.messageId());
            for (String id : links) {
                String before = threadOfId.putIfAbsent(id, m.threadId());
                if (before != null && !before.equals(m.threadId())) {
                    problems.add(who + " is in thread " + m.threadId() + " but <" + id + "> it links to is in thread " + before);
                }
            }
        }

        /** A problem the backend found itself (storage, placement). */
        public void problem(String sentence) {
            problems.add(sentence);
        }

        public CheckReport report(boolean storageOk, String storageSummary) {
            long threads = threadOfId.values().stream().distinct().count();
            return new CheckReport(storageOk, storageSummary, messages, threads, problems.listed, problems.count);
        }
    }

    private static final class Problems {
        final List<String> listed = new ArrayList<>();
        long count;

        void add(String p) {
            count++;
            if (listed.size() < MAX_LISTED) listed.add(p);
        }
    }
}
