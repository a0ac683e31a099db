package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The archive as the analyses read it from the server: a thread's messages larger than {@value #MAX_MESSAGE_BYTES}
 * bytes are left out (a 50 MB log or patch is no one's argument, and reading it as prose would hold a core for
 * minutes), and nothing can be written. Reading a thread is a checkpoint of the request's {@link Cancellation}.
 * Everything else is the archive's own answer.
 */
final class AnalysedArchive extends ForwardingArchive {

    static final int MAX_MESSAGE_BYTES = 2 << 20;

    AnalysedArchive(Archive archive) {
        super(archive);
    }

    /** The thread's messages with their raw bytes, those too large to analyse left out. */
    @Override
    public List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException {
        Cancellation.checkpoint(); // a ranking reads thirty threads: a request given up stops between two
        List<StoredMessage> all = archive.thread(threadId, withRaw);
        if (!withRaw) return all;
        List<StoredMessage> kept = new ArrayList<>(all.size());
        for (StoredMessage m : all) if (m.raw().length <= MAX_MESSAGE_BYTES) kept.add(m);
        return kept;
    }

    /** The archive is the server's, and closed by it. */
    @Override
    public void close() {
    }
}
