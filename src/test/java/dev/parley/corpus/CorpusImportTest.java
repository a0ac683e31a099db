package dev.parley.corpus;

import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imports the real mail in ../shared/corpus (skipped, saying so, when it is absent). */
class CorpusImportTest {

    static Path corpus;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findCorpus() {
        corpus = Samples.corpus();
        if (corpus == null) System.err.println("SKIPPED: ../shared/corpus not found; corpus import tests do not run");
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
    }

    /** Message count by an independent reading: the mboxrd From separator lines. */
    static long fromLines(Path mbox) throws IOException {
        try (Stream<String> lines = Files.lines(mbox, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.startsWith("From ")).count();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyThreadFileImportsWholeAsOneThread() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus.resolve("lkml/threads"))) {
            files = s.filter(p -> p.toString().endsWith(".mbox")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "thread files found: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path dir = Files.createTempDirectory(tmp, "idx");
            try (TestArchive a = new TestArchive(dir)) {
                ImportSummary s = a.importPaths(f);
                long expected = fromLines(f);
                assertEquals(expected, s.messagesRead(), "messages read");
                assertEquals(0, s.errors(), a.problems.toString());
                assertEquals(expected, s.imported() + s.duplicates(), "every message imported or a recognised duplicate");
                assertEquals(1, a.threads().size(), "one thread per file");
                assertEquals(s.imported(), a.archive.stats().messages());
            }
        }));
    }

    @Test
    void edgeCasesImportWithoutCrashAndNothingIsLostSilently() throws IOException {
        Path edge = corpus.resolve("edge");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(edge)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        try (TestArchive a = new TestArchive(tmp.resolve("edge-index"))) {
            ImportSummary s = a.importPaths(edge);
            // every message read is imported, a duplicate, or reported as an error naming its file
            assertEquals(s.messagesRead(), s.imported() + s.duplicates() + countErrorsForMessages(a.problems));
            assertTrue(s.imported() > 300, "imported " + s.imported());
            Set<String> sources = new HashSet<>();
            a.archive.forEach(false, (StoredMessage m) -> sources.add(m.source().replaceAll(" at byte \\d+$", "")));
            for (Path f : files) {
                String name = f.toString();
                boolean reported = a.problems.stream().anyMatch(p -> p.contains(f.getFileName().toString()));
                assertTrue(sources.contains(name) || reported || storedUnderItsId(a, f), "neither imported nor reported: " + name);
            }
        }
    }

    private static long countErrorsForMessages(List<String> problems) {
        // errors about whole files that hold no message (not mail at all) are not messages read
        return problems.stream().filter(p -> p.startsWith("error ") && !p.contains("not a mail file")).count();
    }

    /** A file recognised as a duplicate: a message with its Message-ID and content is stored (from another file). */
    private static boolean storedUnderItsId(TestArchive a, Path f) throws IOException {
        for (var raw : Samples.raw(f)) {
            try {
                var p = dev.parley.mail.MessageParser.parse(raw);
                boolean same = a.archive.messages(p.messageId(), false).stream()
                        .anyMatch(m -> m.uid().equals(dev.parley.ingest.MessageFields.uid(p)));
                if (!same) return false;
            } catch (dev.parley.mail.MailParseException e) {
                return false;
            }
        }
        return true;
    }
}
