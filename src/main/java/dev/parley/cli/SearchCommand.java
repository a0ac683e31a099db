package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchPages;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.mail.MboxWriter;
import dev.parley.model.Prefix;
import dev.parley.query.LoreQuery;
import dev.parley.query.QueryNode;
import dev.parley.render.Json;
import dev.parley.render.SearchReport;
import dev.parley.render.TextStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true, modelTransformer = SearchCommand.PrefixHelp.class,
        description = {"Search the archive with lore's query language.",
                "Words are ANDed; OR, XOR, NOT, -word, +word, (groups), \"phrases\", NEAR, ADJ and trailing "
                        + "wildcards (lust*) work as on lore, and words are stemmed as lore stems them (patches finds "
                        + "patching; Patches, \"patches\" and patches* do not stem). An unprefixed word searches the "
                        + "subject, From:, Message-ID, body and attachment names. A query may start with '-'. Prefixes:"},
        footer = {"%nExamples:%n  parley search 'f:grant@kernel.example s:wavefs'%n"
                + "  parley search --threads --sort -date 'nq:\"two trees\" d:2018-06-01..'%n"
                + "  parley search --mbox 'dfn:drivers/staging/wavefs ack:oskar' > acked.mbox%n"
                + "  parley search -rust s:policy",
                ExitCode.HELP})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several arguments are joined with spaces).")
    List<String> query;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (BM25, the default), date (oldest first) or -date (newest first).")
    String sort;

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N hits, or threads with --threads (default: " + SearchRequest.DEFAULT_LIMIT
                    + "; every match with --mbox).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits (or threads).")
    int offset;

    @Option(names = "--threads", description = "One row per thread: subject, root date, messages, hits, best hit.")
    boolean threads;

    @Option(names = "--json", description = "Print one JSON object: {\"total\": N, \"hits\": [...]}.")
    boolean json;

    @Option(names = "--mbox", description = "Write the matching original messages as mboxrd (for mutt, git am, b4).")
    boolean mbox;

    @Option(names = "--include-removed", description = "Also match messages their archive has since removed.")
    boolean includeRemoved;

    /** Lists the prefixes after the description, from the prefix table: names, what each searches, an example where it fits. */
    static final class PrefixHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
            for (Prefix p : Prefix.values()) {
                if (p.names().isEmpty()) continue;
                StringBuilder line = new StringBuilder("  ");
                for (String n : p.names()) line.append(n).append(": ");
                while (line.length() < 15) line.append(' ');
                line.append(p.help());
                if (line.length() + p.example().length() + 3 <= 79) line.append(" (").append(p.example()).append(')');
                lines.add(line.toString());
            }
            lines.add("");
            spec.usageMessage().description(lines.toArray(String[]::new));
            // a query may start with '-' ("-rust s:policy"): what is no option of this command is part of the query
            spec.parser().unmatchedOptionsArePositionalParams(true);
            return spec;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (mbox && (json || threads)) throw CliException.usage("--mbox writes messages; it does not go with --json or --threads");
        if ((limit != null && limit < 0) || offset < 0) throw CliException.usage("--limit and --offset must not be negative");
        SearchRequest.Sort order;
        try {
            order = SearchRequest.Sort.parse(sort);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        for (String part : query) {
            if (part.matches("--[a-zA-Z].*")) {
                throw CliException.usage("unknown option " + part.replaceFirst("=.*", "") + " (a query may start with '-', not '--')");
            }
        }
        QueryNode parsed = LoreQuery.parse(String.join(" ", query));
        PrintStream out = Console.stdout();
        try (Archive a = archive.open()) {
            if (mbox) {
                writeMbox(a, parsed, order, out);
            } else {
                int n = limit == null ? SearchRequest.DEFAULT_LIMIT : limit;
                SearchResult r = a.search(new SearchRequest(parsed, order, n, offset, threads, false, true, includeRemoved));
                out.print(json ? Json.write(SearchReport.json(r)) + "\n" : SearchReport.text(r, offset, new TextStyle(Console.colour())));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private void writeMbox(Archive a, QueryNode parsed, SearchRequest.Sort order, PrintStream out) throws Exception {
        MboxWriter w = new MboxWriter(out);
        SearchRequest request = new SearchRequest(parsed, order, 0, offset, false, true, false, includeRemoved);
        SearchPages.forEach(a, request, limit == null ? Long.MAX_VALUE : limit, m -> w.write(m.fromAddress(), m.date(), m.raw()));
        w.flush();
    }
}
