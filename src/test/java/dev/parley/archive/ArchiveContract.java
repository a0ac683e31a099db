package dev.parley.archive;

import dev.parley.model.ArchiveStats;
import dev.parley.model.CheckReport;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import dev.parley.query.LoreQuery;
import dev.parley.query.QueryNode;
import dev.parley.query.QuerySyntaxException;
import dev.parley.testing.ArchiveUnderTest;
import dev.parley.testing.Mail;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.parley.testing.SearchFixture.ACK;
import static dev.parley.testing.SearchFixture.BENCH;
import static dev.parley.testing.SearchFixture.NAK;
import static dev.parley.testing.SearchFixture.ORPHAN;
import static dev.parley.testing.SearchFixture.PATCH;
import static dev.parley.testing.SearchFixture.REVIEW;
import static dev.parley.testing.SearchFixture.TESTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every backend's {@link Archive} does, in the spirit of Lucene's {@code BaseDirectoryTestCase}: each backend
 * runs these tests through a subclass that only says how to make an empty archive of its kind. End-to-end search on
 * a fictional fixture archive ({@link dev.parley.testing.SearchFixture}) and on samples/, reading messages and
 * threads back, statistics, checks and imports again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArchiveContract {

    @TempDir
    static Path tmp;
    ArchiveUnderTest fixture;
    private final List<ArchiveUnderTest> opened = new ArrayList<>();

    /** A new, empty archive of the backend under test, named for what the test does with it. */
    protected abstract ArchiveUnderTest newArchive(Path dir, String name);

    /** An empty archive that is closed (and deleted) after the test class. */
    ArchiveUnderTest archive(String name) {
        ArchiveUnderTest a = newArchive(tmp.resolve(name), name);
        opened.add(a);
        return a;
    }

    @BeforeAll
    void importFixture() {
        fixture = archive("fixture");
        var s = fixture.importMbox(tmp, "fixture.mbox", dev.parley.testing.SearchFixture.mbox());
        assertEquals(7, s.imported(), fixture.problems().toString());
    }

    @AfterAll
    void close() throws IOException {
        for (ArchiveUnderTest a : opened) a.close();
    }

    static SearchResult search(Archive a, String query) throws IOException {
        return a.search(new SearchRequest(LoreQuery.parse(query), SearchRequest.Sort.RELEVANCE, 100, 0, false, false, true, false));
    }

    Set<String> ids(String query) throws IOException {
        SearchResult r = search(fixture.archive(), query);
        Set<String> out = new TreeSet<>();
        for (SearchHit h : r.hits()) out.add(h.message().messageId());
        assertEquals(out.size(), r.total(), "total is the number of matching messages");
        return out;
    }

    static final String P = PATCH, R = REVIEW, N = NAK, T = TESTED, A = ACK, B = BENCH, O = ORPHAN;

    /** Each prefix finds the messages that have the word in its part of the message, and no others. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // text everywhere (subject + body) and subject only
            "lustrous|B", "lustre|N", "lust*|N B O", "s:lustrous|B", "s:lustre|none", "s:benchmark|B",
            "bs:lustrous|B", "bs:lustre|N",
            // body parts
            "b:interrupt|P R", "nq:interrupt|P", "q:interrupt|R", "nq:quarantine|P R N", "nq:Quarantine|R N", "q:quarantine|none",
            "b:building|R", "nq:building|R", "\"quarantine path\"|R", "\"path quarantine\"|none",
            "n:frob-trace.log|T", "n:\"trace.log\"|T", "n:probe|none",
            // diff parts
            "dfn:frob_core.c|P", "dfn:drivers/frob/frob_core.c|P", "dfa:mutex_lock|P", "dfb:mutex_lock|none",
            "dfb:spin_lock|P", "dfa:spin_lock|none", "dfhh:frob_probe|P", "dfctx:frob_reset|P", "dfctx:spin_lock|none",
            "nq:spin_lock|P", "b:frob_reset|P",
            // trailers
            "trailer:signed|P", "trailer:\"Reviewed-by\"|R", "rb:bob|R", "rb:bob@build.example.net|R", "nak:carol|N",
            "ack:erin|A", "ack:bob|none", "tb:dave|T", "tb:\"Dave Tester\"|T",
            // addresses: name words, whole addresses, parts of addresses
            "f:alice|P", "f:Alice@Example.org|P", "f:\"Bob Builder\"|R", "f:bob@build.example.net|R",
            "f:example.org|P A B O", "f:maint|A", "f:build.example.net|R", "f:lust*|B O", "f:examp*|P R N T A B O",
            "t:alice|R T A", "c:bob|P", "tc:bob|P N", "a:bob|P R N", "t:other@lists.example.org|B O", "f:nobody|none",
            // lists and ids
            "l:devel|P R N T A", "l:other|B O", "l:lists.example.org|P R N T A B O", "l:devel.lists|P R N T A",
            "l:example|P R N T A B O", "l:evel|none", "lid:devel.lists.example.org|P R N T A", "lid:devel|none",
            "m:frob-2@build.example.net|R", "mid:<frob-2@build.example.net>|R", "m:frob-2@*|R", "m:frob-2|R",
            "m:build.example.net|R", "mid:frob-2|none", "mid:frob-2@build.example.net mid:frob-3@kernel.example|R N",
            "thread:frob-3@kernel.example|P R N T A", "thread:<ghost-child@other.example.org>|O", "thread:nothing@x|none",
            // dates (UTC; an end date is the whole day)
            "d:20200131|A B", "d:20200201..|T O", "d:20200101..20200131|P R N A B", "d:..20200115|P",
            "d:2020-01-16|R", "rt:20200131|A B", "d:2020-02|T O", "d:2019|none",
            // operators
            "quarantine OR lustre|P R N", "quarantine -lustre|P R", "quarantine NOT lustre|P R", "quarantine XOR lustre|P R", "NOT l:devel|B O",
            "-l:devel|B O", "(lustre OR lustrous) f:gina|B", "l:devel -(nq:quarantine OR f:alice)|T A",
            "s:frobnicator AND d:20200201..|T", "+lustrous|B",
            "s:probe NEAR s:spinlock|P R N T A", "s:spinlock ADJ/2 s:probe|P R N T A", "s:probe ADJ s:spinlock|none",
            // lore's words and stems: joined words are phrases, lower-case words find their stem's other words
            "frob_core.c|P", "s:frobnicators|P R N T A B", "s:Frobnicators|none", "\"quarantined devices\"|P",
            "\"quarantine devices\"|none", "gina|B O", "ghost|O",
            // what lore counts as text that is not quoted: attribution lines, the diffstat, text attachments
            "nq:wrote|R", "q:wrote|none", "\"file changed\"|P", "nq:insertion|P", "frob0|T", "nq:frob0|T", "q:frob0|none",
            // git blob ids: 7 digits or more
            "dfpre:1111111|P", "dfpost:2222222|P", "dfblob:2222222|P", "dfpre:2222222|none", "dfpre:111111|none",
    })
    void prefixesFindTheirMessages(String query, String expected) throws IOException {
        Set<String> want = new TreeSet<>();
        if (expected != null) {
            for (String k : expected.split(" ")) {
                want.add(switch (k) {
                    case "P" -> P; case "R" -> R; case "N" -> N; case "T" -> T; case "A" -> A; case "B" -> B; case "O" -> O;
                    default -> throw new IllegalArgumentException(k);
                });
            }
        }
        assertEquals(want, ids(query));
    }

    @Test
    void toneMatchesTheToneStoredAtImport() throws IOException {
        for (String tone : List.of("positive", "neutral", "negative", "heated")) {
            Set<String> stored = new TreeSet<>();
            fixture.archive().forEach(false, m -> {
                if (m.tone().equals(tone)) stored.add(m.messageId());
            });
            assertEquals(stored, ids("tone:" + tone), tone);
        }
    }

    @Test
    void totalIsExactWhateverTheLimit() throws IOException {
        SearchResult r = fixture.archive().search(new SearchRequest(LoreQuery.parse("l:devel"), SearchRequest.Sort.RELEVANCE,
                1, 0, false, false, false, false));
        assertEquals(5, r.total());
        assertEquals(1, r.hits().size());
        SearchResult none = fixture.archive().search(new SearchRequest(LoreQuery.parse("l:devel"), SearchRequest.Sort.RELEVANCE,
                0, 0, false, false, false, false));
        assertEquals(5, none.total());
        assertEquals(0, none.hits().size());
    }

    @Test
    void sortByDateBothWaysAndPage() throws IOException {
        SearchRequest base = new SearchRequest(LoreQuery.parse("l:lists.example.org"), SearchRequest.Sort.DATE, 100, 0,
                false, false, false, false);
        List<String> oldest = messageIds(fixture.archive().search(base));
        assertEquals(P, oldest.get(0));
        assertEquals(List.of(R, N), oldest.subList(1, 3));
        assertEquals(Set.of(A, B), Set.copyOf(oldest.subList(3, 5)), "both at 23:30 UTC on 31 January");
        assertEquals(List.of(T, O), oldest.subList(5, 7));
        List<String> newest = messageIds(fixture.archive().search(base.withSort(SearchRequest.Sort.NEWEST)));
        assertEquals(List.of(O, T), newest.subList(0, 2));
        assertEquals(P, newest.get(newest.size() - 1));
        List<String> page = messageIds(fixture.archive().search(base.withPage(2, 3)));
        assertEquals(oldest.subList(2, 5), page);
        SearchResult past = fixture.archive().search(base.withPage(50, 3));
        assertEquals(7, past.total());
        assertTrue(past.hits().isEmpty());
    }

    @Test
    void relevanceRanksTheBetterMatchFirst() throws IOException {
        // "quarantine" appears once in each of R and N, but N is short, and "lustre" only in N
        List<String> order = messageIds(search(fixture.archive(), "quarantine OR lustre"));
        assertEquals(N, order.get(0));
        List<SearchHit> hits = search(fixture.archive(), "quarantine OR lustre").hits();
        assertTrue(hits.get(0).score() > hits.get(1).score(), hits.toString());
    }

    @Test
    void threadsGroupHits() throws IOException {
        SearchResult r = fixture.archive().search(new SearchRequest(LoreQuery.parse("frobnicator OR f:gina"),
                SearchRequest.Sort.RELEVANCE, 20, 0, true, false, true, false));
        assertEquals(7, r.total());
        assertEquals(3, r.threadTotal());
        assertTrue(r.hits().isEmpty());
        ThreadHit patch = r.threads().stream().filter(t -> t.threadId().equals(fixture.threadOf(PATCH))).findFirst().orElseThrow();
        assertEquals(5, patch.messages());
        assertEquals(5, patch.hits());
        assertEquals("[PATCH] frobnicator: take the spinlock in probe", patch.subject());
        assertEquals(Instant.parse("2020-01-15T10:00:00Z"), patch.rootDate());
        assertEquals(patch.threadId(), patch.best().message().threadId());

        SearchResult q = fixture.archive().search(new SearchRequest(LoreQuery.parse("Quarantine"),
                SearchRequest.Sort.RELEVANCE, 20, 0, true, false, true, false));
        assertEquals(2, q.total());
        assertEquals(1, q.threadTotal());
        assertEquals(5, q.threads().get(0).messages());
        assertEquals(2, q.threads().get(0).hits());
        SearchHit top = search(fixture.archive(), "Quarantine").hits().get(0);
        assertEquals(top.message().messageId(), q.threads().get(0).best().message().messageId(), "the best hit is the top one");
        assertEquals(top.score(), q.threads().get(0).best().score(), 1e-6);
        assertTrue(top.score() > 0);

        SearchResult newest = fixture.archive().search(new SearchRequest(LoreQuery.parse("l:lists.example.org"),
                SearchRequest.Sort.NEWEST, 2, 0, true, false, false, false));
        assertEquals(3, newest.threadTotal());
        assertEquals(List.of(fixture.threadOf(ORPHAN), fixture.threadOf(PATCH)),
                newest.threads().stream().map(ThreadHit::threadId).toList(), "by newest hit");
        assertEquals(2, newest.threads().size());
        SearchResult second = fixture.archive().search(new SearchRequest(LoreQuery.parse("l:lists.example.org"),
                SearchRequest.Sort.NEWEST, 2, 2, true, false, false, false));
        assertEquals(List.of(fixture.threadOf(BENCH)), second.threads().stream().map(ThreadHit::threadId).toList());
    }

    /** Several imports make several segments, and a thread can span them: grouping must add up across segments. */
    @Test
    void threadGroupingAgreesWithGroupingTheHitsByHand() throws IOException {
        ArchiveUnderTest a = archive("segments");
        a.importMbox(tmp, "part1.mbox", Mail.mbox(dev.parley.testing.SearchFixture.patch(), dev.parley.testing.SearchFixture.bench()));
        a.importMbox(tmp, "part2.mbox", Mail.mbox(dev.parley.testing.SearchFixture.review(), dev.parley.testing.SearchFixture.orphan()));
        a.importMbox(tmp, "part3.mbox", Mail.mbox(dev.parley.testing.SearchFixture.nak(), dev.parley.testing.SearchFixture.tested(),
                dev.parley.testing.SearchFixture.ack()));
        a.importPaths(Samples.WAVEFS);
        a.importPaths(Samples.NETDEV);
        for (String query : List.of("frobnicator OR wavefs OR f:gina", "quarantine OR delete OR review*", "l:example", "-zzz")) {
            QueryNode q = LoreQuery.parse(query);
            SearchResult flat = a.archive().search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 1000, 0, false, false, false, false));
            Map<String, Integer> hitsByThread = new TreeMap<>();
            Map<String, Float> bestByThread = new TreeMap<>();
            for (SearchHit h : flat.hits()) {
                hitsByThread.merge(h.message().threadId(), 1, Integer::sum);
                bestByThread.merge(h.message().threadId(), h.score(), Math::max);
            }
            SearchResult grouped = a.archive().search(new SearchRequest(q, SearchRequest.Sort.RELEVANCE, 1000, 0, true, false, false, false));
            assertEquals(flat.total(), grouped.total(), query);
            assertEquals(hitsByThread.size(), grouped.threadTotal(), query);
            Map<String, Integer> groupedHits = new TreeMap<>();
            float previous = Float.MAX_VALUE;
            for (ThreadHit t : grouped.threads()) {
                groupedHits.put(t.threadId(), t.hits());
                assertEquals(bestByThread.get(t.threadId()), t.best().score(), 1e-5, query);
                assertTrue(t.best().score() <= previous, "threads come best first: " + query);
                previous = t.best().score();
                assertEquals(a.archive().thread(t.threadId(), false).size(), t.messages(), query);
            }
            assertEquals(hitsByThread, groupedHits, query);
        }
    }

    @Test
    void snippetsMarkTheMatchedWordsInTheOwnTextFirst() throws IOException {
        SearchHit review = search(fixture.archive(), "quarantine interrupt").hits().stream()
                .filter(h -> h.message().messageId().equals(REVIEW)).findFirst().orElseThrow();
        String s = review.snippet().marked("**", "**");
        assertTrue(s.startsWith("Right, and the **quarantine** path"), s);

        SearchHit patch = search(fixture.archive(), "nq:\"interrupt handler\" s:spinlock").hits().get(0);
        assertEquals("The frobnicator probe path sleeps under a mutex while the **interrupt handler** expects a "
                + "spinlock.", patch.snippet().marked("**", "**").substring(0, 99), "a phrase is marked as one");
        assertEquals("[PATCH] frobnicator: take the **spinlock** in probe", patch.subject().marked("**", "**"));

        SearchHit quoted = search(fixture.archive(), "q:handler").hits().get(0);
        assertTrue(quoted.snippet().marked("**", "**").contains("> **handler** expects"), quoted.snippet().text());

        SearchHit wild = search(fixture.archive(), "lust*").hits().stream()
                .filter(h -> h.message().messageId().equals(BENCH)).findFirst().orElseThrow();
        assertEquals("**lustrous** results from the frobnicator benchmark", wild.subject().marked("**", "**"));
        assertEquals("Numbers below, they look good this week.", wild.snippet().text(), "no body match: the start");

        SearchHit byAuthor = search(fixture.archive(), "f:carol").hits().get(0);
        assertTrue(byAuthor.snippet().marks().isEmpty(), "header matches mark nothing in the body");
        assertTrue(byAuthor.snippet().text().startsWith("No. This papers over"), byAuthor.snippet().text());
    }

    @Test
    void relativeDatesCountBackFromToday() throws IOException {
        Instant now = Instant.now();
        DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        ArchiveUnderTest a = archive("relative");
        a.importMbox(tmp, "relative.mbox", Mail.mbox(
                Mail.message("days-3@example.org").date(rfc.format(now.minus(3, ChronoUnit.DAYS))),
                Mail.message("days-10@example.org").date(rfc.format(now.minus(10, ChronoUnit.DAYS))),
                Mail.message("days-45@example.org").date(rfc.format(now.minus(45, ChronoUnit.DAYS))),
                Mail.message("days-400@example.org").date(rfc.format(now.minus(400, ChronoUnit.DAYS)))));
        assertEquals(List.of("days-3@example.org"), messageIds(search(a.archive(), "d:1.week.ago..")));
        assertEquals(List.of("days-3@example.org", "days-10@example.org"), messageIds(search(a.archive(), "d:2.weeks.ago..")));
        assertEquals(List.of("days-3@example.org", "days-10@example.org"), messageIds(search(a.archive(), "d:last.month..")));
        assertEquals(List.of("days-45@example.org", "days-400@example.org"), messageIds(search(a.archive(), "d:..last.month")));
        assertEquals(List.of("days-3@example.org", "days-10@example.org", "days-45@example.org"),
                messageIds(search(a.archive(), "d:last.year..")));
        assertEquals(List.of(), messageIds(search(a.archive(), "d:yesterday..")));
        assertEquals(List.of("days-3@example.org"), messageIds(search(a.archive(), "d:4.days.ago..yesterday")));
    }

    @Test
    void samplesAnswerAsTheirReadmeDescribes() throws IOException {
        ArchiveUnderTest a = archive("samples");
        a.importPaths(Samples.SAMPLES);
        // "I'd rather keep it" appears in all three of Anders' mails (samples/README.md)
        SearchResult keep = search(a.archive(), "f:adahlgren \"rather keep it\"");
        assertEquals(3, keep.total());
        SearchResult nacked = search(a.archive(), "nak:neilb@suse.example.com");
        assertEquals(1, nacked.total());
        assertEquals("neilb@suse.example.com", nacked.hits().get(0).message().fromAddress());
        SearchResult acks = search(a.archive(), "ack:oskar");
        assertEquals(Set.of("grant@kernel.example"), new TreeSet<>(acks.hits().stream().map(h -> h.message().fromAddress()).toList()),
                "Oskar's ack was collected in the root and he never writes");
        SearchResult wholeThread = search(a.archive(), "thread:20180604081233.21877-1-grant@kernel.example");
        assertEquals(17, wholeThread.total());
        SearchResult helenaOwn = search(a.archive(), "f:hvoss nq:\"delete it\"");
        SearchResult quotingHelena = search(a.archive(), "q:\"delete it\" -f:hvoss");
        assertTrue(helenaOwn.total() >= 1 && quotingHelena.total() >= 1, helenaOwn + " / " + quotingHelena);
        assertTrue(messageIds(helenaOwn).stream().noneMatch(messageIds(quotingHelena)::contains));
    }

    @Test
    void messagesAreFoundByIdWithOrWithoutBracketsAndCarryTheirBytes() throws IOException {
        List<StoredMessage> light = fixture.archive().messages("<" + REVIEW + ">", false);
        assertEquals(1, light.size());
        assertEquals(REVIEW, light.get(0).messageId());
        assertEquals(null, light.get(0).raw(), "raw bytes only when asked for");
        StoredMessage full = fixture.archive().messages(" mid:" + REVIEW + " ", true).get(0);
        assertTrue(new String(full.raw(), java.nio.charset.StandardCharsets.UTF_8).contains("Message-ID: <" + REVIEW + ">"));
        assertEquals(light.get(0).uid(), full.uid());
        assertEquals("Bob Builder", full.fromName());
        assertEquals(List.of("devel.lists.example.org"), full.lists());
        assertTrue(fixture.archive().messages("nobody@nowhere.example", false).isEmpty());
    }

    @Test
    void aThreadComesOldestFirstWithEveryMessage() throws IOException {
        List<StoredMessage> thread = fixture.archive().thread(fixture.threadOf(PATCH), false);
        assertEquals(List.of(P, R, N, A, T), thread.stream().map(StoredMessage::messageId).toList());
        assertEquals(thread.stream().sorted(StoredMessage.THREAD_ORDER).toList(), thread);
        List<StoredMessage> orphan = fixture.archive().thread(fixture.threadOf(ORPHAN), false);
        assertEquals(List.of(O), orphan.stream().map(StoredMessage::messageId).toList(), "a missing parent is no message");
        assertTrue(fixture.archive().thread("no-such-thread", false).isEmpty());
    }

    @Test
    void statsCountMessagesThreadsPeopleListsAndDates() throws IOException {
        ArchiveStats s = fixture.archive().stats();
        assertEquals(7, s.messages());
        assertEquals(3, s.threads());
        Set<String> senders = new TreeSet<>();
        fixture.archive().forEach(false, m -> senders.add(m.fromAddress()));
        assertEquals(senders.size(), s.participants(), senders.toString());
        assertEquals(Map.of("devel.lists.example.org", 5L, "other.lists.example.org", 2L), s.lists());
        assertEquals(Instant.parse("2020-01-15T10:00:00Z"), s.firstDate());
        assertEquals(fixture.one(ORPHAN).date(), s.lastDate());
        assertTrue(s.indexBytes() > 0);
    }

    @Test
    void forEachVisitsEveryMessageOnce() throws IOException {
        List<String> ids = new ArrayList<>();
        fixture.archive().forEach(true, m -> {
            assertTrue(m.raw() != null && m.raw().length > 0, m.messageId());
            ids.add(m.messageId());
        });
        assertEquals(Set.of(P, R, N, T, A, B, O), new TreeSet<>(ids));
        assertEquals(7, ids.size());
    }

    @Test
    void checkFindsAFreshImportHealthy() throws IOException {
        CheckReport r = fixture.archive().check();
        assertTrue(r.healthy(), r.toString());
        assertEquals(7, r.messages());
        assertEquals(3, r.threads());
    }

    @Test
    void importingTheSameMailAgainAddsNothing() throws IOException {
        ArchiveUnderTest a = archive("again");
        ImportSummary first = a.importPaths(Samples.WAVEFS);
        ImportSummary again = a.importPaths(Samples.WAVEFS);
        assertEquals(17, first.imported());
        assertEquals(0, again.imported());
        assertEquals(17, again.duplicates());
        assertEquals(17, a.archive().stats().messages());
        assertEquals(1, a.archive().stats().threads());
    }

    @Test
    void aQueryOfPunctuationIsAnError() {
        assertThrows(QuerySyntaxException.class, () -> search(fixture.archive(), "-- ..."));
    }

    static List<String> messageIds(SearchResult r) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : r.hits()) out.add(h.message().messageId());
        return out;
    }
}
