package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.archive.ThreadHit;
import dev.parley.model.Field;
import dev.parley.model.StoredMessage;
import dev.parley.query.Snippets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a {@link SearchRequest} on the cluster as {@code LocalSearch} runs it on the embedded index: BM25 or date
 * order, an exact total ({@code track_total_hits}), paging, grouping by thread ({@code collapse} on the thread field,
 * each thread's best hit by relevance as an inner hit, the number of matching threads counted exactly with a
 * composite aggregation), and snippets made on this side from each shown hit's raw message.
 */
final class ClusterSearch {

    /** Thread ids per composite aggregation page (the cluster's default bucket limit is 65,535). */
    private static final int THREAD_PAGE = 10_000;

    private final ClusterClient client;
    private final String index;

    ClusterSearch(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    SearchResult run(SearchRequest r) throws IOException {
        ObjectNode q = new ClusterQueries(this::threadsOf).translate(r.query(), r.includeRemoved());
        Snippets snippets = r.snippets() ? new Snippets(r.query()) : null;
        return r.threads() ? byThread(r, q, snippets) : byMessage(r, q, snippets);
    }

    private List<String> threadsOf(String messageId) throws IOException {
        return ClusterReads.byMessageId(client, index, messageId, false).stream().map(StoredMessage::threadId).distinct().toList();
    }

    /**
     * The order of hits, as the embedded index orders them: by score when the query has words to rank by, else (and
     * for date orders) by date, undated messages last; a query of filters alone comes newest first.
     */
    static ArrayNode sort(SearchRequest.Sort s, boolean ranked) {
        ArrayNode sort = ClusterClient.JSON.createArrayNode();
        if (s == SearchRequest.Sort.RELEVANCE && ranked) sort.add("_score");
        else sort.addObject().putObject(Field.DATE.id()).put("order", s == SearchRequest.Sort.DATE ? "asc" : "desc").put("missing", "_last");
        return sort;
    }

    private ObjectNode search(ObjectNode query, ArrayNode sort, boolean ranked, int from, int size) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("from", from);
        body.put("size", size);
        body.put("track_total_hits", true);
        body.put("track_scores", ranked);
        body.set("query", query);
        body.set("sort", sort);
        return body;
    }

    private SearchResult byMessage(SearchRequest r, ObjectNode q, Snippets snippets) throws IOException {
        boolean ranked = r.query().ranked();
        ObjectNode body = search(q, sort(r.sort(), ranked), ranked, r.offset(), r.limit());
        body.set("_source", ClusterReads.sourceFields(r.withRaw() || snippets != null));
        JsonNode res = client.send("POST", "/" + index + "/_search", searchType(ranked), body);
        long total = res.path("hits").path("total").path("value").asLong();
        JsonNode docs = res.path("hits").path("hits");
        Set<String> threads = new LinkedHashSet<>();
        List<StoredMessage> messages = new ArrayList<>();
        for (JsonNode h : docs) {
            StoredMessage m = ClusterDocuments.read(h.path("_source"));
            messages.add(m);
            threads.add(m.threadId());
        }
        Map<String, ThreadFacts> facts = threadFacts(threads, false);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            StoredMessage m = messages.get(i);
            hits.add(SearchHit.of(m, ranked ? score(docs.get(i)) : 0, facts.get(m.threadId()).size, snippets, r.withRaw()));
        }
        return new SearchResult(total, hits, -1, List.of());
    }

    private SearchResult byThread(SearchRequest r, ObjectNode q, Snippets snippets) throws IOException {
        // threads in the embedded index's order: best score (ties: newest hit), newest hit or oldest hit first, then
        // by thread id; collapse keeps each thread's first hit in that order, and the thread's best hit comes inner
        boolean ranked = r.query().ranked();
        SearchRequest.Sort order = r.sort() == SearchRequest.Sort.RELEVANCE && !ranked ? SearchRequest.Sort.NEWEST : r.sort();
        ArrayNode sort = sort(order, ranked);
        if (order == SearchRequest.Sort.RELEVANCE) sort.addObject().putObject(Field.DATE.id()).put("order", "desc").put("missing", "_last");
        sort.addObject().put(Field.THREAD.id(), "asc");
        ObjectNode body = search(q, sort, ranked, r.offset(), Math.max(1, r.limit()));
        body.put("_source", false);
        ObjectNode inner = body.putObject("collapse").put("field", Field.THREAD.id()).putObject("inner_hits");
        inner.put("name", "best").put("size", 1);
        // the thread's best hit: highest score, the newest among equals (as ThreadGrouping chooses it)
        ArrayNode bestFirst = sort(SearchRequest.Sort.RELEVANCE, ranked);
        if (ranked) bestFirst.addObject().putObject(Field.DATE.id()).put("order", "desc").put("missing", "_last");
        inner.set("sort", bestFirst);
        inner.set("_source", ClusterReads.sourceFields(r.withRaw() || snippets != null));
        // the number of matching threads, exactly: the first page of distinct thread ids comes with the search
        body.putObject("aggs").set("threads", ClusterReads.distinctPage(Field.THREAD.id(), THREAD_PAGE, null));
        JsonNode res = client.send("POST", "/" + index + "/_search", searchType(ranked), body);
        long total = res.path("hits").path("total").path("value").asLong();
        long[] threadTotal = {0};
        JsonNode more = ClusterReads.readPage(res.path("aggregations").path("threads"), THREAD_PAGE, (t, n) -> threadTotal[0]++);
        if (more != null) ClusterReads.distinct(client, index, q, Field.THREAD.id(), THREAD_PAGE, more, (t, n) -> threadTotal[0]++);
        List<ThreadHit> out = new ArrayList<>();
        if (r.limit() > 0) {
            JsonNode groups = res.path("hits").path("hits");
            Set<String> ids = new LinkedHashSet<>();
            for (JsonNode g : groups) ids.add(g.path("fields").path(Field.THREAD.id()).path(0).asText());
            Map<String, ThreadFacts> facts = threadFacts(ids, true);
            for (JsonNode g : groups) {
                String threadId = g.path("fields").path(Field.THREAD.id()).path(0).asText();
                JsonNode best = g.path("inner_hits").path("best").path("hits");
                JsonNode bestHit = best.path("hits").path(0);
                ThreadFacts f = facts.get(threadId);
                SearchHit hit = SearchHit.of(ClusterDocuments.read(bestHit.path("_source")), ranked ? score(bestHit) : 0, f.size,
                        snippets, r.withRaw());
                out.add(new ThreadHit(threadId, f.first.subject(), f.first.date(), f.size,
                        (int) best.path("total").path("value").asLong(), hit));
            }
        }
        return new SearchResult(total, List.of(), threadTotal[0], out);
    }

    /**
     * Ranked searches first gather the term statistics of every shard (DFS), so that BM25 scores, and with them the
     * order of hits, are those of one index holding all the mail, as the embedded index computes them; without it
     * each shard would score with its own statistics.
     */
    private static Map<String, String> searchType(boolean ranked) {
        return ranked ? Map.of("search_type", "dfs_query_then_fetch") : Map.of();
    }

    private static float score(JsonNode hit) {
        JsonNode s = hit.get("_score");
        return s == null || s.isNull() ? 0 : (float) s.asDouble();
    }

    private record ThreadFacts(int size, StoredMessage first) {
    }

    /** Each thread's size, and (when asked) its first message by date, in one request. */
    private Map<String, ThreadFacts> threadFacts(Set<String> threads, boolean withFirst) throws IOException {
        Map<String, ThreadFacts> out = new HashMap<>();
        if (threads.isEmpty()) return out;
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", withFirst ? threads.size() : 0);
        body.put("track_total_hits", false);
        ArrayNode ids = body.putObject("query").putObject("terms").putArray(Field.THREAD.id());
        threads.forEach(ids::add);
        ObjectNode terms = body.putObject("aggs").putObject("sizes").putObject("terms");
        terms.put("field", Field.THREAD.id()).put("size", threads.size());
        if (withFirst) {
            body.putObject("collapse").put("field", Field.THREAD.id());
            body.set("sort", sort(SearchRequest.Sort.DATE, false));
            body.set("_source", ClusterReads.sourceFields(false));
        }
        JsonNode res = client.send("POST", "/" + index + "/_search", body);
        Map<String, Integer> sizes = new HashMap<>();
        for (JsonNode b : res.path("aggregations").path("sizes").path("buckets")) sizes.put(b.path("key").asText(), b.path("doc_count").asInt());
        Map<String, StoredMessage> first = new HashMap<>();
        for (JsonNode h : res.path("hits").path("hits")) {
            StoredMessage m = ClusterDocuments.read(h.path("_source"));
            first.put(m.threadId(), m);
        }
        for (String t : threads) out.put(t, new ThreadFacts(sizes.getOrDefault(t, 0), first.get(t)));
        return out;
    }
}
