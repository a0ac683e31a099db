package dev.parley.testing;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a piece of a test on a thread with a small stack, so that a walk that recurses once per level of a deep reply
 * chain overflows on a chain of a few thousand messages, as it would on a real thread tens of thousands deep.
 */
public final class SmallStack {

    /** Small enough that a recursion of a few thousand levels overflows it. */
    public static final long BYTES = 256 * 1024;

    private SmallStack() {
    }

    public interface Task<T> {
        T run() throws Exception;
    }

    /** The task's result; a StackOverflowError (or any other failure) of the task is rethrown here. */
    public static <T> T run(Task<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(task.run());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        Throwable e = failure.get();
        if (e instanceof Error err) throw err;
        if (e instanceof RuntimeException re) throw re;
        if (e != null) throw new AssertionError(e);
        return result.get();
    }
}
