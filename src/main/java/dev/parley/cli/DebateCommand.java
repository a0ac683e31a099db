package dev.parley.cli;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateAnalyzer;
import dev.parley.analysis.debate.DebateSetup;
import dev.parley.analysis.digest.LaterVersions;
import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.model.StoredMessage;
import dev.parley.query.LoreQuery;
import dev.parley.render.DebateReport;
import dev.parley.render.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "debate", mixinStandardHelpOptions = true,
        description = "Read a thread as a debate: the proposal, who is for and against it and why, who answered "
                + "whom, and how the tone moved.",
        footer = {"%nExamples:%n  parley debate 20180604081233.21877-1-grant@kernel.example%n"
                + "  parley debate --json --query 's:wavefs delete'", ExitCode.HELP})
final class DebateCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    MailmapOption mailmap;

    @Parameters(paramLabel = "MSGID", arity = "0..1",
            description = "Any message of the thread (angle brackets optional); a root the archive lacks reads the "
                    + "thread of the messages that answer it, with it as the proposal.")
    String messageId;

    @Option(names = "--query", paramLabel = "QUERY",
            description = "Instead of MSGID: the thread that best matches this search (lore's query language).")
    String query;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--exchanges", paramLabel = "N", defaultValue = "8",
            description = "How many of the exchanges that turned the debate to show (default: ${DEFAULT-VALUE}).")
    int exchanges;

    @Override
    public Integer call() throws Exception {
        if ((messageId == null) == (query == null)) throw CliException.usage("give either a MSGID or --query QUERY");
        if (exchanges < 0) throw CliException.usage("--exchanges must be 0 or more");
        Debate debate;
        try (Archive a = archive.open()) {
            DebateAnalyzer analyzer = DebateSetup.standard().analyzer(mailmap.load(archive.indexDir()));
            List<StoredMessage> found = query != null ? List.of() : a.messages(messageId, false);
            if (query != null) debate = analyzer.analyze(a.thread(threadOfQuery(a), true));
            else if (!found.isEmpty()) debate = analyzer.analyze(a.thread(found.get(0).threadId(), true));
            else {
                // a root missing from the archive: the thread of the messages that answer it, with it as the proposal
                String root = Archive.normalizeMessageId(messageId);
                debate = analyzer.analyze(MessageIds.answersTo(a, root), root);
            }
            debate = LaterVersions.apply(a, debate);
        }
        Streams.out().print(json ? Json.write(DebateReport.json(debate)) + "\n" : DebateReport.text(debate, exchanges));
        return ExitCode.OK;
    }

    private String threadOfQuery(Archive a) throws IOException {
        SearchResult r = a.search(SearchRequest.of(LoreQuery.parse(query)).byThread(true).withPage(0, 1));
        if (r.threads().isEmpty()) throw CliException.notFound("no thread matches " + query);
        return r.threads().get(0).threadId();
    }
}
