package dev.parley.index;

import dev.parley.analysis.tone.Tone;
import dev.parley.mail.MailParseException;
import dev.parley.mail.MailSource;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.thread.ThreadLinker;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Imports mail into the index. One reader thread streams raw messages from the sources into a queue bounded in
 * bytes; worker threads parse, score tone, dedupe, thread and index them in parallel (Lucene's writer takes
 * concurrent additions). Commits happen at a bounded interval and at the end; before each commit, documents of
 * threads that were merged away are rewritten to the surviving thread id, so every commit is consistent and a
 * crash loses at most one interval, which the same import run again redoes (duplicates are recognised).
 *
 * <p>Before an interval commit the reader waits until the workers have indexed everything handed to them, so a
 * commit holds every message read so far. That lets resumable sources (git mirrors) save their position in the
 * commit's user data ({@link MailSource#checkpoint()}, read back by {@link MailSource#resume}): after a crash the
 * next import re-reads exactly what the last commit did not hold. Removals a source reports are applied at the
 * next commit, when the removed message's own addition is certainly indexed.
 */
public final class Importer implements AutoCloseable {

    private static final RawMessage POISON = new RawMessage(new byte[0], "", -1, null);
    /** Commit user data keys under which sources' checkpoints are saved. */
    static final String CHECKPOINT_PREFIX = "parley.source.";

    private final Path indexDir;
    private final ImportOptions options;
    private final IndexLock lock;
    private final Directory directory;
    private final IndexWriter writer;
    private final ExistingIndex existing;
    private final ThreadLinker linker;
    private final LongHashSet seenUids = new LongHashSet();
    private final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final Map<String, String> checkpoints = new TreeMap<>(); // every source's, as of the last commit
    private final List<MailSource> started = new ArrayList<>();    // sources whose reading began in this import
    private final List<RawMessage> removals = new ArrayList<>();   // reported, not yet applied (reader thread only)

    private Importer(Path indexDir, ImportOptions options, IndexLock lock, Directory directory, IndexWriter writer,
                     ExistingIndex existing) throws IOException {
        this.indexDir = indexDir;
        this.options = options;
        this.lock = lock;
        this.directory = directory;
        this.writer = writer;
        this.existing = existing;
        this.linker = new ThreadLinker(existing);
        existing.commitData().forEach((k, v) -> {
            if (k.startsWith(CHECKPOINT_PREFIX)) checkpoints.put(k.substring(CHECKPOINT_PREFIX.length()), v);
        });
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
        // LZ4 stored fields: every search hit loads its stored fields and raw message (for the snippet), and
        // decompressing them is 4-8x faster than DEFLATE's (bench/README.md: warm search 3x faster on the slice),
        // for about half as much disk again. Segments written in the other mode stay readable.
        cfg.setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_SPEED));
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
        Counters c = new Counters();
        long totalBytes = 0;
        for (MailSource s : sources) totalBytes += s.size();
        BlockingQueue<RawMessage> queue = new ArrayBlockingQueue<>(1024);
        Semaphore budget = new Semaphore(permits(options.queueBytes()));
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        Thread[] workers = new Thread[options.workers()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = Thread.ofPlatform().name("parley-import-" + i).start(() -> work(queue, budget, c, listener, fatal));
        }
        long[] lastCommit = {System.nanoTime()};
        long sourceBytesBefore = 0;
        try {
            for (MailSource source : sources) {
                if (fatal.get() != null) break;
                c.files.incrementAndGet();
                final long before = sourceBytesBefore;
                final long total = totalBytes;
                source.resume(Map.copyOf(checkpoints));
                started.add(source);
                try {
                    source.read(new MailSource.Sink() {
                        @Override
                        public void message(RawMessage m) throws InterruptedException {
                            if (fatal.get() != null) throw new InterruptedException("import stopped");
                            budget.acquire(Math.min(permits(m.bytes().length), permits(options.queueBytes())));
                            queue.put(m);
                            c.read.incrementAndGet();
                            c.bytes.addAndGet(m.bytes().length);
                            if (System.nanoTime() - lastCommit[0] > options.commitSeconds() * 1_000_000_000L) {
                                try {
                                    flushBuffers(); // while the workers index what is queued
                                    drain(budget);
                                    commit(c, listener);
                                } catch (IOException e) {
                                    fatal.compareAndSet(null, e);
                                    throw new InterruptedException("commit failed");
                                }
                                lastCommit[0] = System.nanoTime();
                            }
                        }

                        @Override
                        public void problem(String location, String reason) {
                            c.errors.incrementAndGet();
                            listener.problem(location, null, reason, true);
                        }

                        @Override
                        public void progress(long sourceBytes) {
                            listener.progress(c.read.get(), before + sourceBytes, total);
                        }

                        @Override
                        public void removed(RawMessage m) {
                            removals.add(m);
                        }
                    });
                } catch (IOException e) {
                    c.errors.incrementAndGet();
                    listener.problem(source.name(), null, e.getMessage() == null ? e.toString() : e.getMessage(), true);
                }
                sourceBytesBefore += source.size();
            }
        } finally {
            for (int i = 0; i < workers.length; i++) queue.put(POISON);
            for (Thread w : workers) w.join();
        }
        Throwable f = fatal.get();
        if (f != null) {
            if (f instanceof IOException io) throw io;
            throw new IOException("import failed: " + f, f);
        }
        commit(c, listener);
        return new ImportSummary(c.files.intValue(), c.read.get(), c.imported.get(), c.duplicates.get(), c.errors.get(),
                c.warnings.get(), linker.threadsTouched(), c.merges.intValue(), c.bytes.get(), (System.nanoTime() - start) / 1e9,
                c.removed.get());
    }

    /** Flushes the biggest buffers outside the commit lock, so the locked part of a commit is short. */
    private void flushBuffers() throws IOException {
        for (int i = 0; i < options.workers() && writer.flushNextBuffer(); i++) {
            // one buffer per worker at most
        }
    }

    /** Waits until the workers have indexed every message handed to them (each holds budget until it is done). */
    private void drain(Semaphore budget) throws InterruptedException {
        int all = permits(options.queueBytes());
        budget.acquire(all);
        budget.release(all);
    }

    private static int permits(long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024));
    }

    private void work(BlockingQueue<RawMessage> queue, Semaphore budget, Counters c, ImportListener listener,
                      AtomicReference<Throwable> fatal) {
        while (true) {
            RawMessage raw;
            try {
                raw = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (raw == POISON) {
                // flush what is buffered from every worker at once, rather than serially in the final commit
                try {
                    while (fatal.get() == null && writer.flushNextBuffer()) {
                        // keep flushing
                    }
                } catch (IOException | RuntimeException e) {
                    fatal.compareAndSet(null, e);
                }
                return;
            }
            try {
                if (fatal.get() == null) index(raw, c, listener);
            } catch (AlreadyClosedException | IOException | Error e) {
                fatal.compareAndSet(null, e); // the index itself failed: stop, the last commit stays intact
            } catch (RuntimeException e) {
                // a bug or a limit hit on one message must not stop the import: report it and go on
                c.errors.incrementAndGet();
                listener.problem(raw.location(), null, "could not index this message: " + e, true);
            } finally {
                budget.release(Math.min(permits(raw.bytes().length), permits(options.queueBytes())));
            }
        }
    }

    private void index(RawMessage raw, Counters c, ImportListener listener) throws IOException {
        ParsedMessage p;
        try {
            p = MessageParser.parse(raw);
        } catch (MailParseException e) {
            c.errors.incrementAndGet();
            listener.problem(raw.location(), null, e.getMessage(), true);
            return;
        }
        Tone tone = options.toneScorer().score(p.body().ownText());
        String uid = MessageDocuments.uid(p);
        commitLock.readLock().lock();
        try {
            String thread;
            synchronized (linker) {
                boolean fresh = seenUids.add(Long.parseUnsignedLong(uid.substring(0, 16), 16));
                if (!fresh || existing.containsUid(uid)) {
                    c.duplicates.incrementAndGet();
                    return;
                }
                thread = linker.assign(p.threadLinks());
            }
            writer.addDocument(MessageDocuments.build(p, thread, tone));
            c.imported.incrementAndGet();
        } finally {
            commitLock.readLock().unlock();
        }
        if (!p.problems().isEmpty()) {
            c.warnings.incrementAndGet();
            listener.problem(raw.location(), p.messageId(), String.join("; ", p.problems()), false);
        }
    }

    /**
     * Rewrites merged-away threads, flags removed messages, then commits with the sources' checkpoints. Holds the
     * commit lock so no addition is half done.
     */
    private void commit(Counters c, ImportListener listener) throws IOException {
        flushBuffers();
        commitLock.writeLock().lock();
        try {
            Map<String, String> merges;
            synchronized (linker) {
                merges = linker.takeMerges();
            }
            if (!merges.isEmpty()) rewriteMerged(merges);
            c.merges.addAndGet(merges.size());
            if (!removals.isEmpty()) c.removed.addAndGet(Removals.apply(writer, removals, listener));
            removals.clear();
            for (MailSource s : started) checkpoints.putAll(s.checkpoint());
            Map<String, String> data = new HashMap<>();
            data.put("parley.schema", Integer.toString(Fields.SCHEMA_VERSION));
            checkpoints.forEach((k, v) -> data.put(CHECKPOINT_PREFIX + k, v));
            writer.setLiveCommitData(data.entrySet());
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
                    StoredMessage m = IndexSnapshot.fromDocument(stored.document(sd.doc));
                    writer.updateDocument(new Term(Fields.UID, m.uid()), MessageDocuments.rebuild(m, e.getValue()));
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

    private static final class Counters {
        final AtomicLong read = new AtomicLong();
        final AtomicLong imported = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong warnings = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong files = new AtomicLong();
        final AtomicLong merges = new AtomicLong();
        final AtomicLong removed = new AtomicLong();
    }
}
