package dev.parley.cli;

import dev.parley.analysis.digest.PersonRecord;
import dev.parley.analysis.digest.PersonRecords;
import dev.parley.archive.Archive;
import dev.parley.render.Json;
import dev.parley.render.PersonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "person", mixinStandardHelpOptions = true,
        description = "A person's record: the debates they took part in, newest first, with their stance, confidence, "
                + "message count and best quote in each, and what became of each proposal. Addresses and spellings "
                + "of the name (accents and their transliterations too) are merged as debate merges them.",
        footer = {"%nExamples:%n  parley person neilb@suse.example.com%n"
                + "  parley person --json --since 2018-06-01 'Neil Bramble'", ExitCode.HELP})
final class PersonCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    MailmapOption mailmap;

    @Mixin
    LinkOption link;

    @Mixin
    SinceOption since;

    @Parameters(paramLabel = "NAME|ADDRESS", description = "A name (\"Andreas Grünbacher\", \"Bramble, Neil\") or an address.")
    String who;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Read at most N of their threads, newest first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object: {person, threads_found, debates: [...]}.")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or md (Markdown, for pasting) (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) throw CliException.usage("--limit must be 1 or more");
        if (!format.equals("text") && !format.equals("md")) throw CliException.usage("--format must be text or md, not '" + format + "'");
        if (json && format.equals("md")) throw CliException.usage("give --json or --format md, not both");
        PersonRecord record;
        try (Archive a = archive.open()) {
            record = PersonRecords.find(a, who, since.instant(), since.value(), limit, mailmap.load(archive.indexDir()));
        } catch (PersonRecords.NotFound e) {
            throw CliException.notFound(e.getMessage());
        } catch (PersonRecords.Ambiguous e) {
            throw CliException.usage(e.getMessage());
        }
        String base = link.base();
        PrintStream out = Console.stdout();
        out.print(json ? Json.write(PersonReport.json(record, base), true) + "\n"
                : format.equals("md") ? PersonReport.markdown(record, base) : PersonReport.text(record));
        out.flush();
        return ExitCode.OK;
    }
}
