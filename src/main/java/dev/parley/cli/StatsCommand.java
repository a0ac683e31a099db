package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.archive.ArchiveStats;
import dev.parley.render.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messages", s.messages());
        m.put("threads", s.threads());
        m.put("participants", s.participants());
        m.put("first_date", s.firstDate());
        m.put("last_date", s.lastDate());
        m.put("lists", s.lists());
        m.put("index_bytes", s.indexBytes());
        if (json) {
            Streams.out().println(Json.write(m));
        } else {
            Streams.out().printf("messages      %,d%nthreads       %,d%nparticipants  %,d%nfirst date    %s%nlast date     %s%n"
                            + "index size    %.1f MB%n", s.messages(), s.threads(), s.participants(), s.firstDate(),
                    s.lastDate(), s.indexBytes() / 1048576.0);
            s.lists().forEach((list, n) -> Streams.out().printf("list          %s (%,d)%n", list, n));
        }
        return ExitCode.OK;
    }
}
