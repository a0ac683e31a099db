package dev.parley.web;

import dev.parley.analysis.digest.ThreadReading;
import dev.parley.archive.Archive;
import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads read as debates (with their quotes), kept for the next request: reading a thread parses every message and
 * is the costly part of the debate, quotes and digest pages. A reading is kept under its thread's id and the exact set
 * of its messages, so one that an import has since changed is read again; a thread that cannot be read is remembered
 * as such, so it is not read (and reported) again on every visit. At most {@code slots} analyses run at once and as
 * many wait; the next one is answered 503 at once, so a burst of analysis requests cannot take every worker from the
 * searches.
 */
final class Analyses {

    static final int KEPT = 32;

    private final Mailmap mailmap;
    private final int slotCount;
    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Memo<Reading> kept = new Memo<>(KEPT, Long.MAX_VALUE);

    Analyses(Mailmap mailmap, int slots) {
        this.mailmap = mailmap;
        this.slotCount = slots;
        this.slots = new Semaphore(slots, true);
    }

    /**
     * A thread read, and the Message-IDs of its messages left out as too large to analyse
     * ({@link AnalysedArchive#MAX_MESSAGE_BYTES}).
     */
    record Reading(ThreadReading reading, List<String> leftOut) {
    }

    /**
     * The thread of this message, read.
     *
     * @param light the thread's messages without their bytes, as the archive has them now
     */
    Reading reading(List<StoredMessage> light, Archive a, String threadId) throws IOException {
        if (light.isEmpty()) throw HttpError.notFound("The thread " + threadId + " has no messages.");
        return kept.get(key(threadId, light), () -> inSlot(() -> read(light, a, threadId)));
    }

    private Reading read(List<StoredMessage> light, Archive a, String threadId) throws IOException {
        List<StoredMessage> analysed = new AnalysedArchive(a).thread(threadId, true);
        List<String> leftOut = new ArrayList<>();
        Set<String> in = new HashSet<>();
        for (StoredMessage m : analysed) in.add(m.uid());
        for (StoredMessage m : light) if (!in.contains(m.uid())) leftOut.add(m.messageId());
        if (analysed.isEmpty()) {
            throw new HttpError(413, "Every message of this thread is too large to analyse (over "
                    + AnalysedArchive.MAX_MESSAGE_BYTES / (1 << 20) + " MB).");
        }
        // parsed here rather than by ThreadReading.read(List<StoredMessage>): parsing is most of the time, and a
        // request given up stops between two messages
        List<ParsedMessage> parsed = new ArrayList<>(analysed.size());
        for (StoredMessage m : analysed) {
            Cancellation.checkpoint();
            parsed.add(m.parsed());
        }
        return new Reading(ThreadReading.read(threadId, parsed, mailmap).withLaterVersions(a), leftOut);
    }

    /**
     * Runs analysis work in one of the slots: waits for one while no more requests wait than there are slots (giving
     * up at the request's checkpoints), else answers 503 at once.
     */
    <T> T inSlot(Memo.Work<T> work) throws IOException {
        if (!slots.tryAcquire()) {
            if (waiting.incrementAndGet() > slotCount) {
                waiting.decrementAndGet();
                throw new HttpError(503, "Too many threads are being analysed at once; try again in a moment.");
            }
            try {
                while (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) Cancellation.checkpoint();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpError(503, "The server is stopping.");
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }

    /** The thread id, its size and a 64-bit hash of its messages' uids and removed flags. */
    private static String key(String threadId, List<StoredMessage> messages) {
        long h = 1125899906842597L;
        for (StoredMessage m : messages) {
            h = 31 * h + m.uid().hashCode();
            h = 31 * h + (m.removed() ? 1 : 0);
        }
        return threadId + " " + messages.size() + " " + Long.toHexString(h);
    }
}
