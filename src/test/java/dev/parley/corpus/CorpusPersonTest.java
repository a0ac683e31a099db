package dev.parley.corpus;

import dev.parley.analysis.debate.Outcome;
import dev.parley.analysis.digest.PersonRecord;
import dev.parley.analysis.digest.PersonRecords;
import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import dev.parley.testing.QuoteChecks;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code parley person} on the corpus threads: Greg Kroah-Hartman, who writes as "Greg KH" in some of them, proposes
 * most of the staging removals and applies some of them, and speaks in the Rust policy thread; Christoph Hellwig by
 * name. Every quote in a record is the person's own, verbatim in its message.
 */
class CorpusPersonTest {

    @TempDir
    static Path tmp;
    static TestArchive archive;

    @BeforeAll
    static void importThreads() {
        Path threads = Samples.corpusThreads("the corpus person check");
        archive = new TestArchive(tmp.resolve("index"));
        archive.importPaths(threads);
    }

    @AfterAll
    static void close() throws Exception {
        if (archive != null) archive.close();
    }

    @Test
    void gregsRecordHoldsHisStagingProposalsUnderBothSpellingsNewestFirst() throws Exception {
        PersonRecord r = PersonRecords.find(archive.archive, "Greg Kroah-Hartman", null, null, 30, Mailmap.EMPTY);
        assertEquals("gregkh@linuxfoundation.org", r.person().address());
        assertTrue(r.person().names().containsAll(List.of("Greg Kroah-Hartman", "Greg KH")), r.person().names().toString());
        Set<String> subjects = r.debates().stream().map(PersonRecord.Debate::subject).collect(Collectors.toSet());
        for (String s : List.of("staging: octeon: delete driver", "staging: ion: remove from the tree",
                "staging: exfat: add exfat filesystem code to staging")) {
            assertTrue(subjects.contains(s), s + " in " + subjects);
        }
        PersonRecord.Debate ion = r.debates().stream().filter(d -> d.subject().startsWith("staging: ion")).findFirst().orElseThrow();
        assertTrue(ion.proposer());
        assertEquals(Outcome.Status.APPLIED, ion.outcome().status());
        assertTrue(r.debates().stream().anyMatch(d -> d.subject().contains("Rust")), "he wrote as Greg KH there: " + subjects);
        for (int i = 1; i < r.debates().size(); i++) {
            assertTrue(!r.debates().get(i).date().isAfter(r.debates().get(i - 1).date()), "newest first");
        }
        for (PersonRecord.Debate d : r.debates()) {
            if (d.quote() == null) continue;
            assertTrue(r.person().addresses().contains(d.quote().authorId()), d.subject() + ": " + d.quote().authorId());
            List<ParsedMessage> thread = archive.archive.thread(d.threadId(), true).stream().map(m -> m.parsed()).toList();
            ParsedMessage m = thread.stream().filter(p -> p.messageId().equals(d.quote().messageId())).findFirst().orElseThrow();
            assertNull(QuoteChecks.problem(d.quote(), m), d.quote().text());
        }
    }

    @Test
    void aNameFindsThePersonAndSinceKeepsTheirLaterDebates() throws Exception {
        PersonRecord all = PersonRecords.find(archive.archive, "Christoph Hellwig", null, null, 30, Mailmap.EMPTY);
        assertTrue(all.person().addresses().contains("hch@infradead.org"), all.person().toString());
        assertTrue(all.debates().size() >= 3, all.debates().toString());
        PersonRecord later = PersonRecords.find(archive.archive, "hch@infradead.org", java.time.Instant.parse("2023-01-01T00:00:00Z"),
                "2023-01-01", 30, Mailmap.EMPTY);
        assertTrue(!later.debates().isEmpty() && later.debates().size() < all.debates().size(), later.debates().toString());
        assertTrue(later.debates().stream().allMatch(d -> d.date().isAfter(java.time.Instant.parse("2023-01-01T00:00:00Z"))));
    }
}
