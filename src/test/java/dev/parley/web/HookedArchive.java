package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real archive with a test's hook run before each read, to make reads slow, count them or fail them as a costly or
 * broken thread would: {@code "thread ID"} (with {@code " raw"} when the bytes are loaded), {@code "messages ID"},
 * {@code "search QUERY"}; and counts the messages it returns with their bytes.
 */
final class HookedArchive extends ForwardingArchive {

    interface Hook {
        void before(String read) throws IOException;
    }

    private final Hook hook;
    private final AtomicLong rawLoaded;

    HookedArchive(Archive archive, Hook hook) {
        this(archive, hook, new AtomicLong());
    }

    /** @param rawLoaded counts the messages returned with their raw bytes */
    HookedArchive(Archive archive, Hook hook, AtomicLong rawLoaded) {
        super(archive);
        this.hook = hook;
        this.rawLoaded = rawLoaded;
    }

    private <T> List<T> counted(List<T> messages, java.util.function.Predicate<T> withRaw) {
        rawLoaded.addAndGet(messages.stream().filter(withRaw).count());
        return messages;
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
        return counted(archive.thread(threadId, withRaw), m -> m.raw() != null);
    }

    @Override
    public List<StoredMessage> messages(String messageId, boolean withRaw) throws IOException {
        hook.before("messages " + messageId);
        return counted(archive.messages(messageId, withRaw), m -> m.raw() != null);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        hook.before("search " + request.query());
        SearchResult r = archive.search(request);
        counted(r.hits(), h -> h.message().raw() != null);
        return r;
    }
}
