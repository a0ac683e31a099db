package dev.parley.web;

import dev.parley.analysis.digest.ThreadReading;
import dev.parley.archive.Archive;
import dev.parley.identity.Mailmap;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Threads read as debates (with their quotes), kept for the next request: reading a thread parses every message and
 * is the costly part of the debate, quotes and digest pages. A reading is kept under its thread's id and the exact set
 * of its messages, so one that an import has since changed is read again. At most {@code slots} threads are read at
 * once, so a burst of analysis requests cannot take every core from the searches.
 */
final class Analyses {

    static final int KEPT = 32;
    private static final long WAIT_SECONDS = 20;

    private final Mailmap mailmap;
    private final Semaphore slots;
    private final Map<String, Reading> kept = new LruMap<>(KEPT);

    Analyses(Mailmap mailmap, int slots) {
        this.mailmap = mailmap;
        this.slots = new Semaphore(slots);
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
        String key = key(threadId, light);
        synchronized (kept) {
            Reading r = kept.get(key);
            if (r != null) return r;
        }
        return inSlot(() -> {
            synchronized (kept) { // read by another request while this one waited
                Reading r = kept.get(key);
                if (r != null) return r;
            }
            List<StoredMessage> analysed = new AnalysedArchive(a).thread(threadId, true);
            List<String> leftOut = new ArrayList<>();
            Set<String> in = new HashSet<>();
            for (StoredMessage m : analysed) in.add(m.uid());
            for (StoredMessage m : light) if (!in.contains(m.uid())) leftOut.add(m.messageId());
            if (analysed.isEmpty()) {
                throw new HttpError(413, "Every message of this thread is too large to analyse (over "
                        + AnalysedArchive.MAX_MESSAGE_BYTES / (1 << 20) + " MB).");
            }
            Reading r = new Reading(ThreadReading.read(analysed, mailmap).withLaterVersions(a), leftOut);
            synchronized (kept) {
                kept.put(key, r);
            }
            return r;
        });
    }

    interface Work<T> {
        T run() throws IOException;
    }

    /** Runs analysis work in one of the slots, waiting a while for one; 503 when none came free. */
    <T> T inSlot(Work<T> work) throws IOException {
        try {
            if (!slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new HttpError(503, "Too many threads are being analysed at once; try again in a moment.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "The server is stopping.");
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
