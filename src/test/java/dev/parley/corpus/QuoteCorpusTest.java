package dev.parley.corpus;

import dev.parley.analysis.digest.ThreadReading;
import dev.parley.analysis.quotes.Quote;
import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import dev.parley.testing.QuoteChecks;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every quote produced for every thread in ../shared/corpus/lkml/threads/ occurs verbatim in its message after
 * unwrapping (the one definition in {@link dev.parley.analysis.text.Unwrapping}; see {@link QuoteChecks}): own text in the message's own text and in its whole body,
 * proposed text in the lines the patch adds. And none of them is quoted text, a signature or a trailer.
 */
class QuoteCorpusTest {

    @Test
    void everyQuoteOfEveryCorpusThreadOccursVerbatimInItsMessage() throws IOException {
        Path threads = Samples.corpusThreads("the corpus quote check");
        List<Path> files;
        try (Stream<Path> s = Files.list(threads)) {
            files = s.filter(p -> p.toString().endsWith(".mbox")).sorted().toList();
        }
        int checked = 0, proposed = 0;
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nquotes checked verbatim per corpus thread\n");
        for (Path f : files) {
            List<ParsedMessage> parsed = Samples.parsed(f);
            ThreadReading reading = ThreadReading.read(f.getFileName().toString(), parsed, Mailmap.EMPTY);
            Map<String, ParsedMessage> byId = new HashMap<>();
            for (ParsedMessage p : parsed) byId.putIfAbsent(p.messageId(), p);
            for (Quote q : reading.quotes()) {
                ParsedMessage m = byId.get(q.messageId());
                String problem = QuoteChecks.problem(q, m);
                if (problem != null && failures.size() < 20) failures.add(f.getFileName() + " <" + q.messageId() + ">: " + problem + ": " + q.text());
                if (q.fromProposedText()) proposed++;
            }
            checked += reading.quotes().size();
            report.append(String.format(Locale.ROOT, "  %-60s %5d%n", f.getFileName(), reading.quotes().size()));
        }
        report.append(String.format(Locale.ROOT, "%d quotes in %d threads checked verbatim (%d from proposed text)%n",
                checked, files.size(), proposed));
        System.out.println(report);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked > 100 * files.size() / 10, "quotes were found: " + checked);
    }
}
