package dev.parley.cli;

import dev.parley.analysis.digest.Digest;
import dev.parley.analysis.digest.DigestBuilder;
import dev.parley.analysis.digest.BusiestDebates;
import dev.parley.archive.Archive;
import dev.parley.query.QueryNode;
import dev.parley.render.BusiestReport;
import dev.parley.render.DigestFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "A digest of a debate an editor reads in two minutes: the proposal in its author's words, the "
                + "positions for and against with their strongest quotes, the turning points, the questions left "
                + "open, and a timeline. With --query/--since: the busiest debates of a period, a few lines each.",
        footer = {"%nExample:%n  parley digest 20180604081233.21877-1-grant@kernel.example%n"
                + "  parley digest --format html 87sh62wx1m.fsf@bramble.suse.example.com >d.html%n"
                + "  parley digest --query s:wavefs --since 2018-06-01 --top 3",
                ExitCode.HELP})
final class DigestCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    MailmapOption mailmap;

    @Mixin
    LinkOption link;

    @Parameters(paramLabel = "MSGID", arity = "0..1", description = "Any message of the thread (angle brackets optional).")
    String messageId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (Markdown, for pasting), html (one self-contained page) or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the digest to FILE instead of standard output.")
    Path out;

    @Option(names = "--query", paramLabel = "QUERY",
            description = "Instead of one thread: the busiest debates among threads with messages matching this lore "
                    + "query (l:LIST, s:WORD, f:WHO, ...).")
    String query;

    @Mixin
    SinceOption since;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5",
            description = "How many of the busiest debates to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws Exception {
        DigestFormat f = format();
        String base = link.base();
        if (query != null || since.value() != null) {
            if (messageId != null) throw CliException.usage("give either a Message-ID or --query/--since, not both");
            if (top < 1) throw CliException.usage("--top must be 1 or more");
            Instant from = since.instant();
            QueryNode parsed = BusiestDebates.query(query, since.value());
            List<BusiestDebates.Ranked> ranked;
            try (Archive a = archive.open()) {
                ranked = BusiestDebates.find(a, parsed, from, top, mailmap.load(archive.indexDir()));
            }
            write(BusiestReport.render(f, BusiestReport.heading(query, since.value()), ranked, base));
            return ExitCode.OK;
        }
        if (messageId == null) throw CliException.usage("give the Message-ID of a message of the thread, or --query");
        Digest digest = DigestBuilder.build(ThreadLoader.read(archive, mailmap, messageId));
        write(f.render(digest, base));
        return ExitCode.OK;
    }

    private DigestFormat format() {
        try {
            return DigestFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--format: " + e.getMessage());
        }
    }

    private void write(String text) throws java.io.IOException {
        if (out == null) {
            PrintStream stdout = Console.stdout();
            stdout.print(text);
            stdout.flush();
            return;
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
        Streams.err().println("Wrote " + out);
    }
}
