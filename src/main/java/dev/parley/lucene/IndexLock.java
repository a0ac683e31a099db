package dev.parley.lucene;

import dev.parley.ingest.StaleLock;
import dev.parley.model.IndexLockedException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The single-writer lock of an index: an OS file lock on {@code parley.lock}, which holds the writer's pid so a
 * second writer can say who holds it. The OS drops the lock when the holder dies, so a lock file left by a killed
 * import is recognised as stale (its pid no longer runs), reported, and taken over.
 */
public final class IndexLock implements AutoCloseable {

    public static final String FILE = "parley.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final long stalePid;

    private IndexLock(FileChannel channel, FileLock lock, long stalePid) {
        this.channel = channel;
        this.lock = lock;
        this.stalePid = stalePid;
    }

    public static IndexLock acquire(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        Path file = indexDir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        long recorded = readPid(ch);
        if (lock == null) {
            ch.close();
            String who = recorded > 0 ? " (pid " + recorded + ")" : "";
            throw new IndexLockedException("index " + indexDir + " is locked by another import" + who
                    + "; wait for it to finish or stop it", recorded);
        }
        long self = ProcessHandle.current().pid();
        long stale = StaleLock.isStale(recorded) ? recorded : -1;
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((self + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        ch.force(false);
        return new IndexLock(ch, lock, stale);
    }

    /** The pid of a dead process whose lock file this lock replaced, or -1. */
    public long stalePid() {
        return stalePid;
    }

    private static long readPid(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        int n = ch.read(b, 0);
        if (n <= 0) return -1;
        String s = new String(b.array(), 0, n, StandardCharsets.US_ASCII).strip();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
