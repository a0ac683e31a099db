package dev.parley.index;

import dev.parley.mail.MailSource;
import dev.parley.mail.ParsedMessage;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Imports mail into the index. The shared {@link ImportRun} streams the sources through parallel workers that parse
 * and score tone; here each message is admitted ({@link Admission}: dedupe, threading) and indexed (Lucene's writer
 * takes concurrent additions). Commits happen at a bounded interval and at the end; before each commit, documents of
 * threads that were merged away are rewritten to the surviving thread id, so every commit is consistent and a
 * crash loses at most one interval, which the same import run again redoes (duplicates are recognised).
 */
public final class Importer implements AutoCloseable {

    private final Path indexDir;
    private final ImportOptions options;
    private final IndexLock lock;
    private final Directory directory;
    private final IndexWriter writer;
    private final ExistingIndex existing;
    private final Admission admission;
    private final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();

    private Importer(Path indexDir, ImportOptions options, IndexLock lock, Directory directory, IndexWriter writer,
                     ExistingIndex existing) {
        this.indexDir = indexDir;
        this.options = options;
        this.lock = lock;
        this.directory = directory;
        this.writer = writer;
        this.existing = existing;
        this.admission = new Admission(existing);
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
        cfg.setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION));
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
            public void store(ImportRun.Prepared m) throws IOException {
                index(m, run);
            }

            @Override
            public void checkpoint() throws IOException {
                commit(run);
            }
        });
        commit(run);
        return run.summary(admission.threadsTouched(), start);
    }

    private void index(ImportRun.Prepared m, ImportRun run) throws IOException {
        commitLock.readLock().lock();
        try {
            String thread = admission.admit(m.uid(), m.message().threadLinks());
            if (thread == null) {
                run.duplicate();
                return;
            }
            writer.addDocument(MessageDocuments.build(m.message(), thread, m.tone()));
            run.imported();
        } finally {
            commitLock.readLock().unlock();
        }
        run.warnProblems(m);
    }

    /** Rewrites merged-away threads, then commits. Holds the commit lock so no addition is half done. */
    private void commit(ImportRun run) throws IOException {
        commitLock.writeLock().lock();
        try {
            Map<String, String> merges = admission.takeMerges();
            if (!merges.isEmpty()) rewriteMerged(merges);
            run.merged(merges.size());
            writer.setLiveCommitData(Map.of("parley.schema", Integer.toString(Fields.SCHEMA_VERSION)).entrySet());
            writer.commit();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    private void rewriteMerged(Map<String, String> merges) throws IOException {
        try (DirectoryReader nrt = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(nrt);
            var stored = nrt.storedFields();
            for (Map.Entry<String, String> e : merges.entrySet()) {
                TermQuery q = new TermQuery(new Term(Fields.THREAD, e.getKey()));
                int n = s.count(q);
                if (n == 0) continue;
                for (ScoreDoc sd : s.search(q, n).scoreDocs) {
                    Document old = stored.document(sd.doc);
                    StoredMessage m = IndexSnapshot.fromDocument(old);
                    ParsedMessage p = m.parsed();
                    writer.updateDocument(new Term(Fields.UID, m.uid()), MessageDocuments.build(p, e.getValue(), MessageFields.storedTone(m)));
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
