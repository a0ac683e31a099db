package dev.parley.index;

import java.io.IOException;
import java.nio.file.Path;

/** There is no index where one was expected. */
public class NoIndexException extends IOException {
    public NoIndexException(Path dir) {
        super("no index at " + dir + ": run 'parley import' first (or pass --index)");
    }
}
