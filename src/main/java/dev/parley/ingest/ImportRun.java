package dev.parley.ingest;

import dev.parley.mail.MailParseException;
import dev.parley.mail.MailSource;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.model.FieldValue;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The part of an import that every backend shares. One reader thread streams raw messages from the sources into a
 * queue bounded in bytes; worker threads parse and enrich them ({@link MessageEnrichment}), then hand them to the backend's
 * {@link Store}, which admits them ({@link Admission}: dedupe and threading) and writes them. Every commit interval
 * the reader waits until the workers have stored everything handed to them, then asks the store for a
 * {@link Store#checkpoint() checkpoint}, so a checkpoint holds every message read so far (resumable sources save
 * their position with it). A failure of the store itself stops the import; a bad message is reported and skipped.
 */
public final class ImportRun {

    private static final RawMessage POISON = new RawMessage(new byte[0], "", -1, null);

    /** A parsed message ready to store, with the values its enrichment computed. */
    public record Prepared(RawMessage raw, ParsedMessage message, String uid, List<FieldValue> enriched) {
    }

    /** What a backend does with the messages of an import. */
    public interface Store {
        /** Before a source is read (reading thread): a resumable source learns where the last checkpoint left it. */
        default void beforeSource(MailSource source) {
        }

        /** Admits and writes one message; runs on a worker thread, several at once. */
        void store(Prepared m) throws IOException;

        /** A source reports that a message was removed from it (reading thread); apply it at the next checkpoint. */
        default void removed(RawMessage m) {
        }

        /** Runs on each worker thread after its last message. */
        default void workerDone() throws IOException {
        }

        /** Before a checkpoint, while the workers still store what is queued (reading thread). */
        default void beforeDrain() throws IOException {
        }

        /** Makes what was stored so far durable and consistent; runs on the reading thread every commit interval. */
        void checkpoint() throws IOException;
    }

    private final ImportOptions options;
    private final ImportListener listener;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong imported = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong warnings = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong merges = new AtomicLong();
    private final AtomicLong removed = new AtomicLong();

    public ImportRun(ImportOptions options, ImportListener listener) {
        this.options = options;
        this.listener = listener;
    }

    public ImportListener listener() {
        return listener;
    }

    /** Counts a message the store added. */
    public void imported() {
        imported.incrementAndGet();
    }

    /** Counts a message the store found already stored. */
    public void duplicate() {
        duplicates.incrementAndGet();
    }

    /** Counts threads merged into others. */
    public void merged(int threads) {
        merges.addAndGet(threads);
    }

    /** Counts messages flagged removed because their source recorded a removal. */
    public void removed(long messages) {
        removed.addAndGet(messages);
    }

    /** Reports a message the store could not write; the import goes on. */
    public void failed(String location, String messageId, String reason) {
        errors.incrementAndGet();
        listener.problem(location, messageId, reason, true);
    }

    /** Reports the problems noted while parsing a message that was imported anyway. */
    public void warnProblems(Prepared m) {
        ParsedMessage p = m.message();
        if (!p.problems().isEmpty()) {
            warnings.incrementAndGet();
            listener.problem(m.raw().location(), p.messageId(), String.join("; ", p.problems()), false);
        }
    }

    /** The summary so far: call after the last checkpoint. */
    public ImportSummary summary(int threads, long startNanos) {
        return new ImportSummary(files.intValue(), read.get(), imported.get(), duplicates.get(), errors.get(),
                warnings.get(), threads, merges.intValue(), bytes.get(), (System.nanoTime() - startNanos) / 1e9, removed.get());
    }

    /** Reads every source through the workers into the store; checkpoints on the way but not at the end. */
    public void run(List<MailSource> sources, Store store) throws IOException, InterruptedException {
        long totalBytes = 0;
        for (MailSource s : sources) totalBytes += s.size();
        BlockingQueue<RawMessage> queue = new ArrayBlockingQueue<>(1024);
        Semaphore budget = new Semaphore(permits(options.queueBytes()));
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        Thread[] workers = new Thread[options.workers()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = Thread.ofPlatform().name("parley-import-" + i).start(() -> work(queue, budget, store, fatal));
        }
        long[] lastCheckpoint = {System.nanoTime()};
        long sourceBytesBefore = 0;
        try {
            for (MailSource source : sources) {
                if (fatal.get() != null) break;
                files.incrementAndGet();
                final long before = sourceBytesBefore;
                final long total = totalBytes;
                store.beforeSource(source);
                try {
                    source.read(new MailSource.Sink() {
                        @Override
                        public void message(RawMessage m) throws InterruptedException {
                            if (fatal.get() != null) throw new InterruptedException("import stopped");
                            budget.acquire(Math.min(permits(m.bytes().length), permits(options.queueBytes())));
                            queue.put(m);
                            read.incrementAndGet();
                            bytes.addAndGet(m.bytes().length);
                            if (System.nanoTime() - lastCheckpoint[0] > options.commitSeconds() * 1_000_000_000L) {
                                try {
                                    store.beforeDrain();
                                    drain(budget);
                                    store.checkpoint();
                                } catch (IOException | RuntimeException e) {
                                    fatal.compareAndSet(null, e);
                                    throw new InterruptedException("commit failed");
                                }
                                lastCheckpoint[0] = System.nanoTime();
                            }
                        }

                        @Override
                        public void problem(String location, String reason) {
                            errors.incrementAndGet();
                            listener.problem(location, null, reason, true);
                        }

                        @Override
                        public void progress(long sourceBytes) {
                            listener.progress(read.get(), before + sourceBytes, total);
                        }

                        @Override
                        public void removed(RawMessage m) {
                            store.removed(m);
                        }
                    });
                } catch (IOException e) {
                    errors.incrementAndGet();
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
    }

    /** Waits until the workers have stored every message handed to them (each holds budget until it is done). */
    private void drain(Semaphore budget) throws InterruptedException {
        int all = permits(options.queueBytes());
        budget.acquire(all);
        budget.release(all);
    }

    private static int permits(long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024));
    }

    private void work(BlockingQueue<RawMessage> queue, Semaphore budget, Store store, AtomicReference<Throwable> fatal) {
        while (true) {
            RawMessage raw;
            try {
                raw = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (raw == POISON) {
                try {
                    if (fatal.get() == null) store.workerDone();
                } catch (IOException | RuntimeException e) {
                    fatal.compareAndSet(null, e);
                }
                return;
            }
            try {
                if (fatal.get() == null) {
                    Prepared m = prepare(raw);
                    if (m != null) store.store(m);
                }
            } catch (IOException | Error e) {
                fatal.compareAndSet(null, e); // the store itself failed: stop, the last checkpoint stays intact
            } catch (RuntimeException e) {
                // a bug or a limit hit on one message must not stop the import: report it and go on
                failed(raw.location(), null, "could not index this message: " + e);
            } finally {
                budget.release(Math.min(permits(raw.bytes().length), permits(options.queueBytes())));
            }
        }
    }

    /** Parses and enriches a message; null (reported) when it does not parse. */
    private Prepared prepare(RawMessage raw) {
        ParsedMessage p;
        try {
            p = MessageParser.parse(raw);
        } catch (MailParseException e) {
            failed(raw.location(), null, e.getMessage());
            return null;
        }
        return new Prepared(raw, p, MessageFields.uid(p), options.enrichment().enrich(p));
    }
}
