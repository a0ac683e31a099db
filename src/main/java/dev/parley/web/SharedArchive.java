package dev.parley.web;

import dev.parley.archive.Archive;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The archive every request reads, reopened when an import has committed since it was opened (asked at most once per
 * interval): reopening empties the caches kept per view, so a view that still shows the latest commit is kept. A request holds a {@link Lease} while it reads; an archive that has been replaced is closed when its
 * last lease ends, so no request ever reads a closed index. Works alike for every backend, through {@link Archive}.
 */
final class SharedArchive implements AutoCloseable {

    private final Callable<Archive> opener;
    private final long reopenNanos;
    private Held current;
    private int opened;
    private boolean closed;

    /**
     * @param opener opens the archive (the command's options decide which backend)
     * @param reopenMillis how often the next request asks whether the view is still current, and opens a fresh one
     *                     when it is not
     */
    SharedArchive(Callable<Archive> opener, long reopenMillis) {
        this.opener = opener;
        this.reopenNanos = reopenMillis * 1_000_000;
    }

    /** A view of the archive to read through until the lease is closed. */
    Lease lease() throws IOException {
        Held h;
        Held retired = null;
        synchronized (this) {
            if (closed) throw new HttpError(503, "The server is stopping.");
            if (current == null || outdated(current)) {
                retired = current;
                current = new Held(open(), System.nanoTime(), ++opened);
            }
            h = current;
            h.users.incrementAndGet();
        }
        if (retired != null) retired.release();
        return new Lease(h);
    }

    /** Asked once per interval: has a commit come since the view was opened? A view that cannot tell is reopened. */
    private boolean outdated(Held h) {
        long now = System.nanoTime();
        if (now - h.checked <= reopenNanos) return false;
        h.checked = now;
        try {
            return !h.archive.isCurrent();
        } catch (IOException e) {
            return true;
        }
    }

    private Archive open() throws IOException {
        try {
            return opener.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        Held h;
        synchronized (this) {
            closed = true;
            h = current;
            current = null;
        }
        if (h != null) h.release();
    }

    /** One opened archive and how many leases still read it (one more while it is the current one). */
    private static final class Held {
        final Archive archive;
        /** When it was last found current (or opened); only read and written under the SharedArchive's lock. */
        long checked;
        final int generation;
        final AtomicInteger users = new AtomicInteger(1);

        Held(Archive archive, long opened, int generation) {
            this.archive = archive;
            this.checked = opened;
            this.generation = generation;
        }

        void release() {
            if (users.decrementAndGet() == 0) {
                try {
                    archive.close();
                } catch (IOException e) {
                    // a view no one reads any more; nothing is lost
                }
            }
        }
    }

    /** A request's hold on one view of the archive. */
    static final class Lease implements AutoCloseable {
        private final Held held;
        private boolean done;

        private Lease(Held held) {
            this.held = held;
        }

        Archive archive() {
            return held.archive;
        }

        /** Which view this is (1, 2, ... as they are opened): what is read from one view holds for as long as it is used. */
        int generation() {
            return held.generation;
        }

        @Override
        public void close() {
            if (!done) {
                done = true;
                held.release();
            }
        }
    }
}
