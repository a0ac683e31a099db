package dev.parley.index;

import java.io.IOException;
import java.nio.file.Path;

/** There is no index where one was expected. */
public class NoIndexException extends IOException {
    public NoIndexException(Path dir) {
        super(message(dir));
    }

    private static String message(Path dir) {
        Path parked = Reindexer.oldDir(dir);
        if (java.nio.file.Files.isDirectory(parked)) {
            return "no index at " + dir + ", but an interrupted reindex left the old index in " + parked
                    + ": rename it back to " + dir.getFileName();
        }
        return "no index at " + dir + ": run 'parley import' first (or pass --index)";
    }
}
