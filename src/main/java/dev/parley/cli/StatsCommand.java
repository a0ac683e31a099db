package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.model.ArchiveStats;
import dev.parley.render.Json;
import dev.parley.render.StatsView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Messages, threads, participants, date span, lists and size of the archive.",
        footer = {"%nExample:%n  parley stats --json", ExitCode.HELP})
final class StatsCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArchiveStats s;
        try (Archive a = archive.open()) {
            s = a.stats();
        }
        Streams.out().print(json ? Json.write(StatsView.json(s)) + System.lineSeparator() : StatsView.text(s));
        return ExitCode.OK;
    }
}
