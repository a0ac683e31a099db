package dev.parley.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output for commands that print mail text: UTF-8 whatever the locale, colour only on a terminal. */
final class Console {

    private Console() {
    }

    /**
     * Whether stdout is a terminal (the launcher says so) and colour is not switched off (NO_COLOR); for a command the
     * read daemon runs, what its client said.
     */
    static boolean colour() {
        Boolean given = Streams.colour();
        if (given != null) return given;
        String noColour = System.getenv("NO_COLOR");
        return Boolean.getBoolean("parley.stdout.tty") && (noColour == null || noColour.isEmpty());
    }

    /** A buffered UTF-8 stream over the command's standard output ({@link Streams#out()}); flush it when done. */
    static PrintStream stdout() {
        return new PrintStream(new BufferedOutputStream(Streams.out(), 1 << 16), false, StandardCharsets.UTF_8);
    }
}
