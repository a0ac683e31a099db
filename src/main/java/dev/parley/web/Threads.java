package dev.parley.web;

import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.List;

/**
 * The messages of a thread without their bytes (what the thread and message pages draw the reply tree from), kept per
 * view of the archive. Loading a message's small fields decompresses the stored-fields chunk that holds it (with
 * other messages' raw bytes), which was most of the CPU of these pages under load (bench/README.md); a thread read
 * once is kept until the server opens a newer view, and read once however many requests ask for it at the same time.
 */
final class Threads {

    static final int KEPT = 4096;

    private final Memo<List<StoredMessage>> kept = new Memo<>(KEPT, Long.MAX_VALUE);

    /** The thread's messages, oldest first, without raw bytes. */
    List<StoredMessage> light(SharedArchive.Lease lease, String threadId) throws IOException {
        return kept.get(lease.generation() + " " + threadId, () -> List.copyOf(lease.archive().thread(threadId, false)));
    }
}
