package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.archive.LocalArchive;
import dev.parley.index.ImportListener;
import dev.parley.index.ImportOptions;
import dev.parley.mail.MailSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Exercises the common commands once on a throw-away index so the launcher can record which classes they load
 * (Java's ahead-of-time cache). Hidden: not for people.
 */
@Command(name = "__warmup", hidden = true)
final class WarmupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MBOX", description = "Mail to import into the throw-away index.")
    Path mail;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("parley-warmup");
        try {
            try (Archive a = new LocalArchive(dir)) {
                a.importMail(MailSources.resolve(List.of(mail)), ImportOptions.defaults(), ImportListener.SILENT);
            }
            PrintStream sink = new PrintStream(new ByteArrayOutputStream());
            for (String[] args : COMMANDS) {
                String[] full = new String[args.length + 2];
                System.arraycopy(args, 0, full, 0, args.length);
                full[args.length] = "--index";
                full[args.length + 1] = dir.toString();
                Main.run(full, sink, sink);
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException ignored) {
                        // a temp dir left behind is harmless
                    }
                });
            }
        }
        return ExitCode.OK;
    }

    /** The commands people run most, as they run them. */
    static final String[][] COMMANDS = {
            {"stats"}, {"stats", "--json"},
            {"debate", "20180604081233.21877-1-grant@kernel.example"},
            {"debate", "--json", "20180604081233.21877-1-grant@kernel.example"},
            {"debate", "--query", "s:wavefs"},
            {"quotes", "20180604081233.21877-1-grant@kernel.example"},
            {"quotes", "--json", "--stance", "against", "--limit", "3", "20180604081233.21877-1-grant@kernel.example"},
            {"digest", "20180604081233.21877-1-grant@kernel.example"},
            {"digest", "--format", "html", "20180604081233.21877-1-grant@kernel.example"},
            {"digest", "--format", "json", "20180604081233.21877-1-grant@kernel.example"},
            {"digest", "--query", "l:driverdev-devel.driverdev.example.org", "--since", "2018-06-01"},
            {"search", "wavefs"}, {"search", "--json", "f:grant@kernel.example d:2018-06-01..2018-06-30"},
            {"search", "--threads", "--sort", "-date", "nq:\"staging tree\" OR delet* -q:nack"},
            {"search", "--mbox", "--limit", "2", "s:wavefs"}, {"search", "s:(unbalanced"},
            {"show", "20180604081233.21877-1-grant@kernel.example"},
            {"show", "--raw", "20180604081233.21877-1-grant@kernel.example"},
            {"thread", "20180604081233.21877-1-grant@kernel.example"},
            {"thread", "--json", "20180604081233.21877-1-grant@kernel.example"},
    };
}
