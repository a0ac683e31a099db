package dev.parley.cli;

/** The documented exit codes. */
final class ExitCode {
    static final int OK = 0;
    static final int NOT_FOUND = 1;
    static final int USAGE = 2;
    static final int LOCKED = 3;

    static final String HELP = "%nExit codes: 0 ok, 1 not found (or failed), 2 bad usage or query, 3 index locked.";

    private ExitCode() {
    }
}
