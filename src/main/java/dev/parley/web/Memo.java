package dev.parley.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Results kept by key, each worked out once: a request that asks for one being worked out waits for it (and gives up
 * at its own checkpoints) instead of doing the same work again, as thirty readers of one new thread would. A failure
 * that would only fail again (a thread too deep or too large to read) is kept as well, so it is neither worked out
 * nor reported again; a failure that says nothing of the result (the server was busy, a request was given up, a read
 * failed) is dropped. The {@code capacity} most recently used results are kept, each for at most {@code maxAgeNanos}.
 */
final class Memo<V> {

    /** Works a result out. */
    interface Work<V> {
        V run() throws IOException;
    }

    private record Entry<V>(CompletableFuture<V> result, long made) {
    }

    private final Map<String, Entry<V>> kept;
    private final long maxAgeNanos;

    Memo(int capacity, long maxAgeNanos) {
        this.kept = new LruMap<>(capacity);
        this.maxAgeNanos = maxAgeNanos;
    }

    /** The result for {@code key}: kept, being worked out by another request (waited for), or worked out now. */
    V get(String key, Work<V> work) throws IOException {
        CompletableFuture<V> mine = new CompletableFuture<>();
        Entry<V> e;
        synchronized (kept) {
            e = fresh(key);
            if (e == null) kept.put(key, new Entry<>(mine, System.nanoTime()));
        }
        if (e != null) return await(e.result);
        try {
            V v = work.run();
            mine.complete(v);
            return v;
        } catch (IOException | RuntimeException | Error t) {
            mine.completeExceptionally(t);
            if (!kept(t)) {
                synchronized (kept) {
                    Entry<V> now = kept.get(key);
                    if (now != null && now.result == mine) kept.remove(key);
                }
            }
            throw t;
        }
    }

    /** The result for {@code key} if it is kept or being worked out (done or not), else null; never waits. */
    Future<V> peek(String key) {
        synchronized (kept) {
            Entry<V> e = fresh(key);
            return e == null ? null : e.result;
        }
    }

    private Entry<V> fresh(String key) {
        Entry<V> e = kept.get(key);
        if (e != null && e.result.isDone() && System.nanoTime() - e.made > maxAgeNanos) {
            kept.remove(key);
            return null;
        }
        return e;
    }

    /** Whether a failure is kept: what would fail again, not a busy server, a given-up request or a failed read. */
    private static boolean kept(Throwable t) {
        if (t instanceof HttpError h) return h.status != 503;
        if (t instanceof IOException || t instanceof UncheckedIOException) return false;
        return !(t instanceof VirtualMachineError) || t instanceof StackOverflowError; // out of memory may pass
    }

    /**
     * Waits for a result another request works out, checking this request's cancellation as it waits. Its failure
     * comes back as it was when it is an {@link HttpError}, else as a 500 (the request that failed reported it).
     */
    static <V> V await(Future<V> f) {
        while (true) {
            try {
                return f.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Cancellation.checkpoint();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpError(503, "The server is stopping.");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof HttpError h) throw h;
                throw new HttpError(500, "Working this out failed; the failure has been reported in the server's log.");
            }
        }
    }
}
