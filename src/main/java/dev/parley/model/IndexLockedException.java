package dev.parley.model;

import java.io.IOException;

/** Another process is writing to the index. */
public class IndexLockedException extends IOException {
    private final long pid;

    public IndexLockedException(String message, long pid) {
        super(message);
        this.pid = pid;
    }

    /** The pid of the holder, or -1 when unknown. */
    public long pid() {
        return pid;
    }
}
