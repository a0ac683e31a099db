package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** The launcher's read daemon ({@link ReadDaemon}). Hidden: the launcher starts it; PARLEY_DAEMON=0 keeps it off. */
@Command(name = "__serve", hidden = true)
final class DaemonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INFO", description = "The file to write \"PORT CLIENT_TOKEN DAEMON_TOKEN\" to.")
    Path info;

    @Option(names = "--jar", paramLabel = "JAR", description = "Stop when this jar changes.")
    Path jar;

    @Option(names = "--idle-seconds", paramLabel = "S", description = "Stop after S seconds without a request.")
    long idleSeconds = ReadDaemon.IDLE.toSeconds();

    @Parameters(index = "1..*", paramLabel = "COMMAND", description = "A command to run a few times before serving (after --).")
    List<String> warmUp = List.of();

    @Override
    public Integer call() throws Exception {
        new ReadDaemon(info, jar, Duration.ofSeconds(idleSeconds)).serve(warmUp);
        return ExitCode.OK;
    }
}
