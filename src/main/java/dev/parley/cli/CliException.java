package dev.parley.cli;

/** An error the user should read as one sentence, with the exit code it means. */
final class CliException extends RuntimeException {
    final int exitCode;

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException notFound(String message) {
        return new CliException(message, ExitCode.NOT_FOUND);
    }

    static CliException usage(String message) {
        return new CliException(message, ExitCode.USAGE);
    }
}
