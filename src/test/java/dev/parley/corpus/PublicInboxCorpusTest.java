package dev.parley.corpus;

import dev.parley.ingest.MessageFields;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.ImportSummary;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imports the real public-inbox epoch in ../shared/corpus/public-inbox (skipped, saying so, when it is absent). */
class PublicInboxCorpusTest {

    static Path epoch;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findEpoch() {
        Path corpus = Samples.corpus();
        epoch = corpus == null ? null : corpus.resolve("public-inbox/ksummit-discuss.0.git");
        boolean present = epoch != null && Files.isDirectory(epoch);
        if (!present) System.err.println("SKIPPED: ../shared/corpus/public-inbox not found; public-inbox corpus tests do not run");
        Assumptions.assumeTrue(present, "../shared/corpus/public-inbox is absent");
    }

    @Test
    void theKsummitEpochImportsWholeAndAgainReadsNothing() throws IOException {
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            ImportSummary s = a.importPaths(epoch);
            assertEquals(759, s.messagesRead(), "one message per commit (PROVENANCE.md: 759 commits)");
            assertEquals(0, s.errors(), a.problems.toString());
            assertEquals(759, s.imported() + s.duplicates());
            assertEquals(s.imported(), a.archive.stats().messages());
            assertEquals(0, s.removed());

            ImportSummary again = a.importPaths(epoch);
            assertEquals(0, again.messagesRead(), "nothing new since the last import");

            // the thread files cut from this archive hold the same messages: same Message-IDs, same content hash
            for (String name : List.of("codingstyle-inclusive-terminology-v1-2020.mbox",
                    "codingstyle-inclusive-terminology-v2-2020.mbox", "codingstyle-inclusive-terminology-v3-2020.mbox")) {
                Path file = Samples.corpus().resolve("lkml/threads").resolve(name);
                List<ParsedMessage> expected = Samples.parsed(file);
                assertTrue(expected.size() >= 16, name);
                for (ParsedMessage p : expected) {
                    assertTrue(a.archive.messages(p.messageId(), false).stream()
                                    .anyMatch(m -> m.uid().equals(MessageFields.uid(p))),
                            name + ": <" + p.messageId() + "> is not in the imported epoch with the same content");
                }
            }
            String source = a.one("159389297140.2210796.13590142254668787525.stgit@dwillia2-desk3.amr.corp.intel.com").source();
            assertTrue(source.matches(java.util.regex.Pattern.quote(epoch.toString()) + " at commit [0-9a-f]{40}"), source);
        }
    }
}
