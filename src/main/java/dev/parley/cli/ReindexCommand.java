package dev.parley.cli;

import dev.parley.archive.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the index from the raw messages it stores (after a schema change); the original mail "
                + "files are not needed. The old index stays in place until the new one is complete.",
        footer = {"%nExample:%n  parley reindex --index /srv/lkml-index", ExitCode.HELP})
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no warnings.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        return ImportJob.run(json, quiet, "Reindexed", report -> {
            try (Archive a = archive.open()) {
                return a.reindex(ImportJob.options(), report);
            }
        });
    }
}
