package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.index.CheckReport;
import dev.parley.render.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
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
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("healthy", r.healthy());
            m.put("storage_ok", r.storageOk());
            m.put("storage", r.storageSummary());
            m.put("messages", r.messages());
            m.put("threads", r.threads());
            m.put("problem_count", r.problemCount());
            m.put("problems", r.problems());
            Streams.out().println(Json.write(m));
        } else {
            Streams.out().printf("storage   %s%nmessages  %,d in %,d threads%n", r.storageSummary(), r.messages(), r.threads());
            r.problems().forEach(p -> Streams.out().println("problem   " + p));
            if (r.problemCount() > r.problems().size()) Streams.out().printf("... and %,d more%n", r.problemCount() - r.problems().size());
            Streams.out().println(r.healthy() ? "The index is healthy." : "The index has " + r.problemCount() + " problem(s).");
        }
        return r.healthy() ? ExitCode.OK : ExitCode.NOT_FOUND;
    }
}
