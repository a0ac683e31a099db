package dev.parley.cli;

import dev.parley.analysis.tone.ToneEnrichment;
import dev.parley.ingest.ImportOptions;
import dev.parley.model.ImportSummary;
import dev.parley.render.ImportReport;
import dev.parley.render.Json;

/**
 * Runs an import-like job (import, reindex, sync) the one way: problems (and, on a terminal, progress) on stderr as
 * they come, then the summary on stdout.
 */
final class ImportJob {

    /** The job, reporting to the report it is given. */
    interface Work {
        ImportSummary run(ImportReport report) throws Exception;
    }

    private ImportJob() {
    }

    /** How every import-like job runs: the defaults, and each message's tone scored at import. */
    static ImportOptions options() {
        return ImportOptions.defaults().withEnrichment(new ToneEnrichment());
    }

    /**
     * @param verb what the summary says was done ("Imported", "Reindexed", "Synced")
     */
    static int run(boolean json, boolean quiet, String verb, Work work) throws Exception {
        boolean tty = Boolean.getBoolean("parley.stderr.tty");
        ImportReport report = new ImportReport(Streams.err(), tty && !quiet && !json, !quiet);
        ImportSummary summary;
        try {
            summary = work.run(report);
        } finally {
            report.finish();
        }
        Streams.out().println(json ? Json.write(ImportReport.json(summary)) : ImportReport.text(summary, verb));
        return ExitCode.OK;
    }
}
