package dev.parley.cli;

import java.io.PrintStream;

/**
 * The standard streams a command writes to: those given to {@link Main#run}, so tests (and the warm-up run) can run
 * commands in-process and read what they print. Commands use {@code Streams.out()} instead of {@code System.out}.
 */
final class Streams {

    private static PrintStream out = System.out;
    private static PrintStream err = System.err;
    private static Boolean colour; // null: decided by the process's own terminal and environment

    private Streams() {
    }

    static PrintStream out() {
        return out;
    }

    static PrintStream err() {
        return err;
    }

    /** Sets the streams for one run; returns the previous ones for {@link #restore}. */
    static PrintStream[] use(PrintStream newOut, PrintStream newErr) {
        PrintStream[] previous = {out, err};
        out = newOut;
        err = newErr;
        return previous;
    }

    static void restore(PrintStream[] previous) {
        out = previous[0];
        err = previous[1];
    }

    /** Whether the runs from now on print in colour, when something other than this process knows (null: it knows). */
    static Boolean colour() {
        return colour;
    }

    /** Sets {@link #colour()}; returns the previous value. */
    static Boolean colour(Boolean given) {
        Boolean previous = colour;
        colour = given;
        return previous;
    }
}
