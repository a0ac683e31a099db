package dev.parley.corpus;

import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.query.LoreQuery;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search counts on the real threads of ../shared/corpus agree with counts made here by plain reading of the mbox
 * files: split at From lines, unfold headers, decode subjects with Jakarta Mail, take the date from the From line
 * (the corpus writes the Date: header there in UTC). Skipped, saying so, when the corpus is absent.
 */
class CorpusSearchTest {

    @TempDir
    static Path tmp;
    static TestArchive archive;
    /** Message-ID to its headers, from the independent reading (the corpus threads hold each id once). */
    static Map<String, Headers> messages;

    record Headers(String from, String subject, Instant date) {
    }

    @BeforeAll
    static void importThreads() throws IOException {
        Path corpus = Samples.corpus();
        if (corpus == null) System.err.println("SKIPPED: ../shared/corpus not found; corpus search tests do not run");
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
        Path threads = corpus.resolve("lkml/threads");
        archive = new TestArchive(tmp.resolve("index"));
        archive.importPaths(threads);
        messages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(threads)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".mbox")).sorted().toList()) read(f);
        }
        assertTrue(messages.size() > 1000, "messages read: " + messages.size());
    }

    @AfterAll
    static void close() throws IOException {
        if (archive != null) archive.close();
    }

    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+");

    /** Plain reading: From lines start messages; headers end at the first empty line. */
    static void read(Path mbox) throws IOException {
        List<String> lines = Files.readAllLines(mbox, StandardCharsets.ISO_8859_1);
        Instant envelope = null;
        Map<String, String> headers = null;
        String last = null;
        for (String line : lines) {
            if (line.startsWith("From ")) {
                add(headers, envelope);
                String stamp = line.substring(line.indexOf(' ', 5) + 1).strip();
                envelope = LocalDateTime.parse(stamp, ASCTIME).toInstant(ZoneOffset.UTC);
                headers = new HashMap<>();
                last = null;
            } else if (headers != null && !headers.containsKey("")) {
                if (line.isEmpty()) {
                    headers.put("", "");
                } else if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                    headers.merge(last, " " + line.strip(), String::concat);
                } else if (line.indexOf(':') > 0) {
                    last = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
                    headers.putIfAbsent(last, line.substring(line.indexOf(':') + 1).strip());
                }
            }
        }
        add(headers, envelope);
    }

    private static void add(Map<String, String> h, Instant date) {
        if (h == null) return;
        String id = h.getOrDefault("message-id", "").replaceAll("^.*<|>.*$", "").strip();
        String subject = utf8(h.getOrDefault("subject", ""));
        try {
            subject = MimeUtility.decodeText(subject);
        } catch (UnsupportedEncodingException e) {
            // keep it as written
        }
        var from = ADDRESS.matcher(h.getOrDefault("from", ""));
        messages.put(id, new Headers(from.find() ? from.group().toLowerCase(Locale.ROOT) : "", subject, date));
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    static long independent(Predicate<Headers> p) {
        return messages.values().stream().filter(p).count();
    }

    static long parley(String query) throws IOException {
        SearchResult r = archive.archive.search(new SearchRequest(LoreQuery.parse(query), SearchRequest.Sort.RELEVANCE,
                0, 0, false, false, false, false));
        return r.total();
    }

    static Predicate<Headers> subjectWord(String word) {
        Pattern p = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])" + word + "(?![\\p{L}\\p{N}_])");
        return h -> p.matcher(h.subject()).find();
    }

    static Predicate<Headers> between(String from, String untilExclusive) {
        Instant a = Instant.parse(from), b = Instant.parse(untilExclusive);
        return h -> !h.date().isBefore(a) && h.date().isBefore(b);
    }

    @Test
    void allMessagesAreSearchable() throws IOException {
        assertEquals(archive.archive.stats().messages(), parley("d:1990..2030"));
        assertEquals(messages.size(), archive.archive.stats().messages());
    }

    @Test
    void messagesFromTheBusiestAddresses() throws IOException {
        Map<String, Long> byAddress = new HashMap<>();
        messages.values().forEach(h -> byAddress.merge(h.from(), 1L, Long::sum));
        List<String> busiest = byAddress.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(Map.Entry::getKey).toList();
        for (String address : busiest) {
            assertEquals(byAddress.get(address), parley("f:" + address), address);
        }
    }

    @Test
    void messagesInDateRanges() throws IOException {
        assertEquals(independent(between("2020-07-01T00:00:00Z", "2020-07-11T00:00:00Z")), parley("d:20200701..20200710"));
        assertEquals(independent(between("2019-01-01T00:00:00Z", "2020-01-01T00:00:00Z")), parley("d:2019-01-01..2019-12-31"));
        assertEquals(independent(between("2023-08-30T00:00:00Z", "2023-08-31T00:00:00Z")), parley("d:20230830"));
        assertEquals(independent(h -> h.date().isBefore(Instant.parse("2020-01-01T00:00:00Z"))), parley("d:..20191231"));
        assertTrue(parley("d:20200701..20200710") > 10);
    }

    @Test
    void messagesWithASubjectWord() throws IOException {
        // capitalised, a word is matched as written (lore does not stem it)
        for (String word : List.of("Staging", "Maintainer", "Rust", "Policy", "Greybus", "Inclusive")) {
            long expected = independent(subjectWord(word));
            assertTrue(expected > 0, word);
            assertEquals(expected, parley("s:" + word), word);
        }
    }

    @Test
    void lowerCaseSubjectWordsFindEveryWordOfTheirStem() throws IOException {
        // maintainers, maintaining, maintained... as Snowball's English stemmer (Porter2) takes them
        for (String word : List.of("maintainer", "policies", "patches", "removes", "deleting")) {
            String stem = stem(word);
            long expected = independent(h -> Pattern.compile("[\\p{L}\\p{N}_]+").matcher(h.subject().toLowerCase(Locale.ROOT))
                    .results().anyMatch(w -> stem(w.group()).equals(stem)));
            assertTrue(expected > independent(subjectWord(word)), word + ": other words of its stem are in subjects too");
            assertEquals(expected, parley("s:" + word), word);
        }
    }

    private static String stem(String word) {
        org.tartarus.snowball.ext.EnglishStemmer s = new org.tartarus.snowball.ext.EnglishStemmer();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }

    @Test
    void aMisspelledReviewTrailerIsAReviewToo() throws IOException {
        // "Reviwed-by: Mark Brown <broonie@kernel.org>" in the v2 coding-style thread, his only review trailer there
        SearchResult r = archive.archive.search(new SearchRequest(LoreQuery.parse("rb:broonie"), SearchRequest.Sort.RELEVANCE,
                10, 0, false, false, false, false));
        assertTrue(r.hits().stream().anyMatch(h -> h.message().messageId().equals("20200708093018.GA4655@sirena.org.uk")),
                "rb:broonie hits " + r.hits().stream().map(h -> h.message().messageId()).toList());
    }

    @Test
    void combinedQueriesAgreeToo() throws IOException {
        Predicate<Headers> greg = h -> h.from().equals("gregkh@linuxfoundation.org");
        assertEquals(independent(greg.and(subjectWord("staging"))), parley("f:gregkh@linuxfoundation.org s:staging"));
        assertEquals(independent(greg.and(between("2019-08-25T00:00:00Z", "2019-09-01T00:00:00Z"))),
                parley("f:gregkh@linuxfoundation.org d:20190825..20190831"));
        assertEquals(independent(greg.negate().and(subjectWord("staging"))), parley("s:staging -f:gregkh@linuxfoundation.org"));
        assertEquals(independent(subjectWord("rust").or(subjectWord("greybus"))), parley("s:rust OR s:greybus"));
    }
}
