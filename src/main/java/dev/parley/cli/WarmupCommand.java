package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs the common short commands once on an index so the launcher can record which classes they load (Java's
 * ahead-of-time cache). The launcher makes that index with a separate {@code parley import} first: classes in the
 * cache are all loaded at every start, and the import's (which runs without the cache) would only slow the short
 * commands down. Hidden: not for people.
 */
@Command(name = "__warmup", hidden = true)
final class WarmupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INDEX", description = "An index to run the commands on (the launcher imports samples/ into one).")
    Path index;

    @Parameters(index = "1..*", paramLabel = "COMMAND", description = "Run only these commands' invocations (default: all).")
    List<String> only = List.of();

    @Override
    public Integer call() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        for (String[] args : COMMANDS) {
            if (!only.isEmpty() && !only.contains(args[0])) continue;
            String[] full = new String[args.length + 2];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--index";
            full[args.length + 1] = index.toString();
            Main.run(full, sink, sink);
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
