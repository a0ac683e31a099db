package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.model.CheckReport;
import dev.parley.render.CheckView;
import dev.parley.render.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify the index: Lucene's CheckIndex, then Parley's invariants (thread ids consistent with "
                + "References, raw bytes present). Exit code 1 when something is wrong.",
        footer = {"%nExample:%n  parley check --index /srv/lkml-index", ExitCode.HELP})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CheckReport r;
        try (Archive a = archive.open()) {
            r = a.check();
        }
        Streams.out().print(json ? Json.write(CheckView.json(r)) + System.lineSeparator() : CheckView.text(r));
        return r.healthy() ? ExitCode.OK : ExitCode.NOT_FOUND;
    }
}
