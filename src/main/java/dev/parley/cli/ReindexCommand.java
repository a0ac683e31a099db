package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.index.ImportOptions;
import dev.parley.index.ImportSummary;
import dev.parley.render.ImportReport;
import dev.parley.render.Json;
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
        ImportReport report = new ImportReport(Streams.err(), Boolean.getBoolean("parley.stderr.tty") && !quiet && !json, !quiet);
        ImportSummary s;
        try (Archive a = archive.open()) {
            s = a.reindex(ImportOptions.defaults(), report);
        } finally {
            report.finish();
        }
        Streams.out().println(json ? Json.write(ImportReport.json(s)) : ImportReport.text(s).replace("Imported", "Reindexed"));
        return ExitCode.OK;
    }
}
