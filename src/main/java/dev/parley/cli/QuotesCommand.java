package dev.parley.cli;

import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.digest.ThreadReading;
import dev.parley.analysis.quotes.Quote;
import dev.parley.analysis.quotes.QuoteFinder;
import dev.parley.render.Json;
import dev.parley.render.QuoteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "The most quotable sentences of a thread in an editor's order (the proposer's key claim first, "
                + "at most two per person in each ten, every side heard), each exactly as written (hard line wrapping "
                + "undone), with author, date, stance, a link and a ready-to-paste attribution line.",
        footer = {"%nExample:%n  parley quotes --from grant 20180604081233.21877-1-grant@kernel.example%n"
                + "  parley quotes --stance against 20180604081233.21877-1-grant@kernel.example%n"
                + "  parley quotes --sharpest 20180604081233.21877-1-grant@kernel.example", ExitCode.HELP})
final class QuotesCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    MailmapOption mailmap;

    @Mixin
    LinkOption link;

    @Parameters(paramLabel = "MSGID", description = "Any message of the thread (angle brackets optional).")
    String messageId;

    @Option(names = "--from", paramLabel = "WHO", description = "Only quotes by people whose name or address contains WHO.")
    String from;

    @Option(names = "--stance", paramLabel = "STANCE",
            description = "Only quotes by people with this final stance: for, against, mixed or neutral.")
    String stance;

    @Option(names = "--sharpest", description = "Only the heated and cutting lines, sharpest first.")
    boolean sharpest;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N quotes (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON list of {text, author, address, date, message_id, url, "
            + "stance, score, ...}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) throw CliException.usage("--limit must be 1 or more");
        Stance wanted = stance == null ? null : parseStance(stance);
        String base = link.base();
        ThreadReading reading = ThreadLoader.read(archive, mailmap, messageId);
        List<Quote> ranked = sharpest ? QuoteFinder.sharpest(reading.quotes()) : reading.quotes();
        List<Quote> quotes = QuoteFinder.select(reading.debate(), ranked, from, wanted, limit);
        PrintStream out = Console.stdout();
        out.print(json ? Json.write(QuoteReport.json(quotes, base), true) + "\n" : QuoteReport.text(quotes, base));
        out.flush();
        return ExitCode.OK;
    }

    private static Stance parseStance(String s) {
        try {
            return Stance.of(s);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--stance must be for, against, mixed or neutral, not '" + s + "'");
        }
    }
}
