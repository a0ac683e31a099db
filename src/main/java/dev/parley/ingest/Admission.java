package dev.parley.ingest;

import com.carrotsearch.hppc.LongHashSet;
import dev.parley.thread.ThreadLinker;

import java.util.List;
import java.util.Map;

/**
 * Decides, during one import, whether a parsed message is new (dedupe by content key, against this import and the
 * archive as it was) and which thread it joins. Every backend's import admits its messages here, one at a time
 * (calls are serialised), so parsing, dedupe and threading are the same whatever stores the mail.
 */
public final class Admission {

    /** What the archive held when the import started. */
    public interface Existing extends ThreadLinker.ExistingThreads {
        /** Whether a message with this content key is stored. */
        boolean containsUid(String uid);
    }

    private final Existing existing;
    private final ThreadLinker linker;
    private final LongHashSet seenUids = new LongHashSet();

    public Admission(Existing existing) {
        this.existing = existing;
        this.linker = new ThreadLinker(existing);
    }

    /** The thread of a new message, or null when it is a duplicate (seen in this import or already stored). */
    public synchronized String admit(String uid, List<String> threadLinks) {
        boolean fresh = seenUids.add(Long.parseUnsignedLong(uid.substring(0, 16), 16));
        if (!fresh || existing.containsUid(uid)) return null;
        return linker.assign(threadLinks);
    }

    /** Threads merged away since the last call, each mapped to the live thread that now holds it. */
    public synchronized Map<String, String> takeMerges() {
        return linker.takeMerges();
    }

    /** The current thread of a Message-ID seen in this import or stored, or null. */
    public synchronized String threadOf(String messageId) {
        return linker.threadOf(messageId);
    }

    public synchronized int threadsTouched() {
        return linker.threadsTouched();
    }
}
