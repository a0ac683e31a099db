package dev.parley.lucene;

import dev.parley.ingest.Admission;
import dev.parley.ingest.ImportOptions;
import dev.parley.ingest.ImportRun;
import dev.parley.ingest.Removals;
import dev.parley.ingest.SourceCheckpoints;
import dev.parley.mail.MailSource;
import dev.parley.mail.RawMessage;
import dev.parley.model.Field;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import dev.parley.model.TextAnalysis;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Imports mail into the index. The shared {@link ImportRun} streams the sources through parallel workers that parse
 * and enrich; here each message is admitted ({@link Admission}: dedupe, threading) and indexed (Lucene's writer
 * takes concurrent additions). Commits happen at a bounded interval and at the end; before each commit, documents of
 * threads that were merged away are rewritten to the surviving thread id, so every commit is consistent and a
 * crash loses at most one interval, which the same import run again redoes (duplicates are recognised).
 *
 * <p>Before an interval commit the reader waits until the workers have indexed everything handed to them, so a
 * commit holds every message read so far. That lets resumable sources (git mirrors) save their position in the
 * commit's user data ({@link MailSource#checkpoint()}, read back by {@link MailSource#resume}): after a crash the
 * next import re-reads exactly what the last commit did not hold. Removals a source reports are applied at the
 * next commit, when the removed message's own addition is certainly indexed.
 */
final class Importer implements AutoCloseable {

    /** Commit user data keys under which sources' checkpoints are saved. */
    static final String CHECKPOINT_PREFIX = "parley.source.";

    private final Path indexDir;
    private final ImportOptions options;
    private final IndexLock lock;
    private final Directory directory;
    private final IndexWriter writer;
    private final ExistingIndex existing;
    private final Admission admission;
    private final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final SourceCheckpoints checkpoints;
    private final List<RawMessage> removals = new ArrayList<>();   // reported, not yet applied (reader thread only)

    private Importer(Path indexDir, ImportOptions options, IndexLock lock, Directory directory, IndexWriter writer,
                     ExistingIndex existing) throws IOException {
        this.indexDir = indexDir;
        this.options = options;
        this.lock = lock;
        this.directory = directory;
        this.writer = writer;
        this.existing = existing;
        this.admission = new Admission(existing);
        Map<String, String> saved = new HashMap<>();
        existing.commitData().forEach((k, v) -> {
            if (k.startsWith(CHECKPOINT_PREFIX)) saved.put(k.substring(CHECKPOINT_PREFIX.length()), v);
        });
        this.checkpoints = new SourceCheckpoints(saved);
    }

    /** Opens the index for writing, creating it when absent; fails at once when another import holds it. */
    public static Importer open(Path indexDir, ImportOptions options) throws IOException {
        IndexLock lock = IndexLock.acquire(indexDir);
        Directory dir = null;
        IndexWriter writer = null;
        try {
            dir = FSDirectory.open(indexDir);
            ExistingIndex existing = ExistingIndex.open(dir);
            writer = new IndexWriter(dir, writerConfig(options));
            return new Importer(indexDir, options, lock, dir, writer, existing);
        } catch (IOException | RuntimeException e) {
            if (writer != null) writer.rollback();
            if (dir != null) dir.close();
            lock.close();
            throw e;
        }
    }

    static IndexWriterConfig writerConfig(ImportOptions options) {
        IndexWriterConfig cfg = new IndexWriterConfig(TextAnalysis.analyzer());
        cfg.setCodec(new ParleyCodec());
        cfg.setRAMBufferSizeMB(options.ramBufferMb());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setCommitOnClose(false);
        return cfg;
    }

    /** The pid of a dead import whose stale lock this import took over, or -1. */
    public long stalePid() {
        return lock.stalePid();
    }

    public Path indexDir() {
        return indexDir;
    }

    public ImportSummary importSources(List<MailSource> sources, ImportListener listener)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ImportRun run = new ImportRun(options, listener);
        run.run(sources, new ImportRun.Store() {
            @Override
            public void beforeSource(MailSource source) {
                checkpoints.start(source);
            }

            @Override
            public void store(ImportRun.Prepared m) throws IOException {
                try {
                    index(m, run);
                } catch (AlreadyClosedException e) { // the writer failed: the import stops, as on any failure of the store
                    throw new IOException("import failed: " + e, e);
                }
            }

            @Override
            public void removed(RawMessage m) {
                removals.add(m);
            }

            @Override
            public void workerDone() throws IOException {
                // flush what is buffered from every worker at once, rather than serially in the final commit
                while (writer.flushNextBuffer()) {
                    // keep flushing
                }
            }

            @Override
            public void beforeDrain() throws IOException {
                flushBuffers(); // while the workers index what is queued
            }

            @Override
            public void checkpoint() throws IOException {
                commit(run, listener);
            }
        });
        commit(run, listener);
        return run.summary(admission.threadsTouched(), start);
    }

    /** Flushes the biggest buffers outside the commit lock, so the locked part of a commit is short. */
    private void flushBuffers() throws IOException {
        for (int i = 0; i < options.workers() && writer.flushNextBuffer(); i++) {
            // one buffer per worker at most
        }
    }

    private void index(ImportRun.Prepared m, ImportRun run) throws IOException {
        commitLock.readLock().lock();
        try {
            String thread = admission.admit(m.uid(), m.message().threadLinks());
            if (thread == null) {
                run.duplicate();
                return;
            }
            writer.addDocument(MessageDocuments.build(m.message(), thread, m.enriched()));
            run.imported();
        } finally {
            commitLock.readLock().unlock();
        }
        run.warnProblems(m);
    }

    /**
     * Rewrites merged-away threads, flags removed messages, then commits with the sources' checkpoints. Holds the
     * commit lock so no addition is half done.
     */
    private void commit(ImportRun run, ImportListener listener) throws IOException {
        flushBuffers();
        commitLock.writeLock().lock();
        try {
            Map<String, String> merges = admission.takeMerges();
            if (!merges.isEmpty()) rewriteMerged(merges);
            run.merged(merges.size());
            if (!removals.isEmpty()) run.removed(applyRemovals(listener));
            removals.clear();
            Map<String, String> data = new HashMap<>();
            data.put(ExistingIndex.SCHEMA_KEY, Integer.toString(Field.SCHEMA_VERSION));
            checkpoints.current().forEach((k, v) -> data.put(CHECKPOINT_PREFIX + k, v));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** Flags removed messages in the writer's current state (uncommitted additions included); returns how many. */
    private int applyRemovals(ImportListener listener) throws IOException {
        try (DirectoryReader nrt = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(nrt);
            return Removals.apply(removals, listener, (uid, raw) -> {
                TopDocs hit = searcher.search(new TermQuery(new Term(Field.UID.id(), uid)), 1);
                if (hit.scoreDocs.length == 0) return Removals.Outcome.NOT_HELD;
                StoredMessage m = IndexSnapshot.fromDocument(nrt.storedFields().document(hit.scoreDocs[0].doc));
                if (m.removed()) return Removals.Outcome.ALREADY_FLAGGED;
                var doc = MessageDocuments.rebuild(m, m.threadId());
                MessageDocuments.markRemoved(doc);
                writer.updateDocument(new Term(Field.UID.id(), uid), doc);
                return Removals.Outcome.FLAGGED;
            });
        }
    }

    private void rewriteMerged(Map<String, String> merges) throws IOException {
        try (DirectoryReader nrt = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(nrt);
            var stored = nrt.storedFields();
            for (Map.Entry<String, String> e : merges.entrySet()) {
                TermQuery q = new TermQuery(new Term(Field.THREAD.id(), e.getKey()));
                int n = s.count(q);
                if (n == 0) continue;
                for (ScoreDoc sd : s.search(q, n).scoreDocs) {
                    StoredMessage m = IndexSnapshot.fromDocument(stored.document(sd.doc));
                    writer.updateDocument(new Term(Field.UID.id(), m.uid()), MessageDocuments.rebuild(m, e.getValue()));
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            try {
                existing.close();
                directory.close();
            } finally {
                lock.close();
            }
        }
    }
}
