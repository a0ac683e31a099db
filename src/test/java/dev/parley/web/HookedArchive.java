package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.List;

/**
 * A real archive with a test's hook run before each read, to make reads slow, count them or fail them as a costly or
 * broken thread would: {@code "thread ID"} (with {@code " raw"} when the bytes are loaded), {@code "messages ID"},
 * {@code "search QUERY"}.
 */
final class HookedArchive extends ForwardingArchive {

    interface Hook {
        void before(String read) throws IOException;
    }

    private final Hook hook;

    HookedArchive(Archive archive, Hook hook) {
        super(archive);
        this.hook = hook;
    }

    /** A hook that runs {@code then} before every read of a thread with its bytes (what an analysis reads). */
    static Hook onAnalysedThread(Runnable then) {
        return read -> {
            if (read.startsWith("thread ") && read.endsWith(" raw")) then.run();
        };
    }

    @Override
    public List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException {
        hook.before("thread " + threadId + (withRaw ? " raw" : ""));
        return archive.thread(threadId, withRaw);
    }

    @Override
    public List<StoredMessage> messages(String messageId, boolean withRaw) throws IOException {
        hook.before("messages " + messageId);
        return archive.messages(messageId, withRaw);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        hook.before("search " + request.query());
        return archive.search(request);
    }
}
