package dev.parley.opensearch;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.archive.ThreadHit;
import dev.parley.model.ArchiveStats;
import dev.parley.model.StoredMessage;
import dev.parley.query.LoreQuery;
import dev.parley.query.QuerySyntaxException;
import dev.parley.render.Json;
import dev.parley.render.ThreadView;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Comparisons of two archives holding the same mail, answer for answer. */
final class Parity {

    /** The largest page compared whole; beyond it only totals and the first page are compared. */
    static final int WHOLE = 2_000;

    private Parity() {
    }

    /** Stats, the partition of messages into threads, and every thread's reply tree. */
    static void assertSameArchive(Archive a, Archive b) throws IOException {
        assertSameArchive(a, b, 1);
    }

    /** As above, comparing the reply trees of the 100 largest threads and of every {@code treeStride}-th other one. */
    static void assertSameArchive(Archive a, Archive b, int treeStride) throws IOException {
        ArchiveStats sa = a.stats(), sb = b.stats();
        assertEquals(sa.messages(), sb.messages(), "messages");
        assertEquals(sa.threads(), sb.threads(), "threads");
        assertEquals(sa.participants(), sb.participants(), "participants");
        assertEquals(sa.firstDate(), sb.firstDate(), "first date");
        assertEquals(sa.lastDate(), sb.lastDate(), "last date");
        assertEquals(sa.lists(), sb.lists(), "lists");
        Map<String, List<String>> ta = threads(a), tb = threads(b);
        assertEquals(partition(ta), partition(tb), "messages are grouped into the same threads");
        Set<String> sampled = sample(ta, treeStride);
        Map<String, String> treesA = trees(a, ta, sampled), treesB = trees(b, tb, sampled);
        assertEquals(treesA.keySet(), treesB.keySet());
        for (String root : treesA.keySet()) assertEquals(treesA.get(root), treesB.get(root), "reply tree of thread of <" + root + ">");
    }

    /** Thread id to the uids of its messages, read with {@link Archive#forEach}. */
    static Map<String, List<String>> threads(Archive a) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        a.forEach(false, m -> out.computeIfAbsent(m.threadId(), k -> new ArrayList<>()).add(m.uid()));
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static Set<String> partition(Map<String, List<String>> threads) {
        Set<String> out = new TreeSet<>();
        for (List<String> t : threads.values()) out.add(String.join(",", t));
        return out;
    }

    /** The smallest uid of the threads whose trees are compared. */
    private static Set<String> sample(Map<String, List<String>> threads, int stride) {
        List<List<String>> bySize = new ArrayList<>(threads.values());
        bySize.sort((x, y) -> x.size() != y.size() ? y.size() - x.size() : x.get(0).compareTo(y.get(0)));
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < bySize.size(); i++) if (i < 100 || i % stride == 0) out.add(bySize.get(i).get(0));
        return out;
    }

    /** Each thread's reply tree as JSON (thread id left out: merges may keep either id), keyed by its smallest uid. */
    private static Map<String, String> trees(Archive a, Map<String, List<String>> threads, Set<String> sampled) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : threads.entrySet()) {
            if (!sampled.contains(e.getValue().get(0))) continue;
            List<StoredMessage> messages = a.thread(e.getKey(), false);
            assertEquals(e.getValue().size(), messages.size(), "thread() returns every message of thread " + e.getKey());
            out.put(e.getValue().get(0), Json.write(ThreadView.json("", ThreadView.tree(messages))));
        }
        return out;
    }

    /** The same query on both: totals, matching messages, date order, grouping by thread. */
    static void assertSameSearch(Archive a, Archive b, String query) throws IOException {
        var parsed = LoreQuery.parse(query);
        for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
            SearchRequest r = new SearchRequest(parsed, sort, WHOLE, 0, false, false, false, false);
            SearchResult ra, rb;
            try {
                ra = a.search(r);
            } catch (QuerySyntaxException e) {
                assertThrows(QuerySyntaxException.class, () -> b.search(r), query);
                return;
            }
            rb = b.search(r);
            assertEquals(ra.total(), rb.total(), "total of " + query);
            if (ra.total() <= WHOLE) assertEquals(uids(ra.hits()), uids(rb.hits()), "messages matching " + query);
            if (sort != SearchRequest.Sort.RELEVANCE) {
                assertEquals(dates(ra.hits()), dates(rb.hits()), "dates in " + sort + " order for " + query);
            } else if (ra.total() <= WHOLE) {
                assertSameRanking(ra.hits(), rb.hits(), query);
            }
            for (int i = 0; i < ra.hits().size(); i++) {
                assertEquals(ra.hits().get(i).threadSize(), threadSize(rb, ra.hits().get(i).message().uid(), ra.hits().get(i).threadSize()),
                        "thread size of a hit of " + query);
            }
        }
        SearchRequest grouped = new SearchRequest(parsed, SearchRequest.Sort.NEWEST, WHOLE, 0, true, false, false, false);
        SearchResult ga = a.search(grouped), gb = b.search(grouped);
        assertEquals(ga.total(), gb.total(), "grouped total of " + query);
        assertEquals(ga.threadTotal(), gb.threadTotal(), "threads matching " + query);
        if (ga.threadTotal() <= WHOLE) assertEquals(groups(ga), groups(gb), "threads, sizes and hits for " + query);
    }

    /**
     * The ranking agrees: a hit that scores clearly better (by more than 2%) on the first backend comes before the
     * other on the second too. Equal scores come in index order, which differs; the last digits of scores differ
     * because deleted documents count in each engine's statistics.
     */
    private static void assertSameRanking(List<SearchHit> a, List<SearchHit> b, String query) {
        Map<String, Integer> positionInB = new java.util.HashMap<>();
        for (int i = 0; i < b.size(); i++) positionInB.put(b.get(i).message().uid(), i);
        for (int i = 0; i < a.size(); i++) {
            for (int j = i + 1; j < a.size(); j++) {
                if (a.get(i).score() > a.get(j).score() * 1.02f) {
                    int pi = positionInB.get(a.get(i).message().uid()), pj = positionInB.get(a.get(j).message().uid());
                    if (pi > pj) {
                        throw new AssertionError("ranking of " + query + ": <" + a.get(i).message().messageId() + "> (score "
                                + a.get(i).score() + ") comes after <" + a.get(j).message().messageId() + "> (score " + a.get(j).score() + ")");
                    }
                }
            }
        }
    }

    private static int threadSize(SearchResult r, String uid, int orElse) {
        for (SearchHit h : r.hits()) if (h.message().uid().equals(uid)) return h.threadSize();
        return orElse; // not on this page (ties cut differently): compared elsewhere
    }

    private static Set<String> uids(List<SearchHit> hits) {
        Set<String> out = new TreeSet<>();
        for (SearchHit h : hits) out.add(h.message().uid());
        return out;
    }

    private static List<String> dates(List<SearchHit> hits) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : hits) out.add(String.valueOf(h.message().date()));
        return out;
    }

    /**
     * Each matching thread (by its first message's date), its size and number of hits. The subject is left out: when
     * several messages share the first date (a patch series sent in one second) either may be called first.
     */
    private static List<String> groups(SearchResult r) {
        List<String> out = new ArrayList<>();
        for (ThreadHit t : r.threads()) out.add(t.rootDate() + " " + t.messages() + " " + t.hits());
        out.sort(null);
        return out;
    }
}
