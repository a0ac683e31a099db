package dev.parley.web;

import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The messages of a thread without their bytes (what the thread and message pages draw the reply tree from), kept per
 * view of the archive. Loading a message's small fields decompresses the stored-fields chunk that holds it (with
 * other messages' raw bytes), which was most of the CPU of these pages under load (bench/README.md); a thread read
 * once is kept until the server opens a newer view.
 */
final class Threads {

    static final int KEPT = 4096;

    private final Map<String, List<StoredMessage>> kept = new LruMap<>(KEPT);

    /** The thread's messages, oldest first, without raw bytes. */
    List<StoredMessage> light(SharedArchive.Lease lease, String threadId) throws IOException {
        String key = lease.generation() + " " + threadId;
        synchronized (kept) {
            List<StoredMessage> t = kept.get(key);
            if (t != null) return t;
        }
        List<StoredMessage> t = List.copyOf(lease.archive().thread(threadId, false));
        synchronized (kept) {
            kept.put(key, t);
        }
        return t;
    }
}
