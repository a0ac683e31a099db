package dev.parley.ingest;

import dev.parley.model.ImportListener;

/**
 * A writer's lock left by an import that died: every backend's lock records its holder's pid, so a lock whose pid no
 * longer runs on this host is recognised, taken over, and reported alike.
 */
public final class StaleLock {

    private StaleLock() {
    }

    /** Whether a lock holder's recorded pid is another process of this host that no longer runs. */
    public static boolean isStale(long pid) {
        return pid > 0 && pid != ProcessHandle.current().pid()
                && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Tells an import's listener that a dead holder's lock was taken over, when one was (stalePid > 0). */
    public static void report(long stalePid, String archive, ImportListener listener) {
        if (stalePid > 0) {
            listener.problem(archive, null, "a stale lock left by pid " + stalePid + " (no longer running) was found and cleared", false);
        }
    }
}
