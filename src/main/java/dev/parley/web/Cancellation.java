package dev.parley.web;

import java.util.concurrent.Callable;

/**
 * The cancel flag of one request's route work. The router runs a route on a worker thread and, when the request
 * outlives its time limit, answers 503 and raises the flag; the route's long loops call {@link #checkpoint()} and stop
 * there, so no worker goes on with work nobody waits for. A flag, not an interrupt: an interrupt during a read can
 * close the index's file channels under every other request.
 */
final class Cancellation {

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    private volatile boolean cancelled;

    /** Runs {@code work} on this thread with this flag as the one its checkpoints read. */
    <T> T run(Callable<T> work) throws Exception {
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            CURRENT.remove();
        }
    }

    void cancel() {
        cancelled = true;
    }

    /** Stops the current route's work (a 503 nobody reads) once its request has been answered without it. */
    static void checkpoint() {
        Cancellation c = CURRENT.get();
        if (c != null && c.cancelled) throw new HttpError(503, "This request took too long and was given up.");
    }
}
