package dev.parley.lucene;

import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.archive.ThreadHit;
import dev.parley.model.StoredMessage;
import dev.parley.query.Snippets;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link SearchRequest} on a Lucene snapshot: BM25 or date order, an exact total, paging, grouping by thread
 * ({@link ThreadGrouping}), and snippets made from each shown hit's raw message.
 */
final class LocalSearch {

    private final IndexSnapshot snapshot;
    private final IndexSearcher searcher;
    private final Map<String, Integer> threadSizes = new HashMap<>();

    LocalSearch(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
        this.searcher = snapshot.searcher();
    }

    SearchResult run(SearchRequest r) throws IOException {
        Query q = new LuceneQueries(this::threadsOf).translate(r.query(), r.includeRemoved());
        Snippets snippets = r.snippets() ? new Snippets(r.query()) : null;
        return r.threads() ? byThread(r, q, snippets) : byMessage(r, q, snippets);
    }

    private List<String> threadsOf(String messageId) throws IOException {
        return snapshot.byMessageId(messageId, false).stream().map(StoredMessage::threadId).distinct().toList();
    }

    private SearchResult byMessage(SearchRequest r, Query q, Snippets snippets) throws IOException {
        int wanted = (int) Math.min((long) r.offset() + r.limit(), Math.max(1, snapshot.reader().maxDoc()));
        if (r.limit() == 0) wanted = 1; // a count only
        TopDocs top;
        if (r.sort() == SearchRequest.Sort.RELEVANCE && r.query().ranked()) {
            top = searcher.search(q, wanted); // block-max WAND finds the best hits without scoring every match
        } else {
            // by date; a query of filters alone (its matches score alike) comes newest first
            top = searcher.search(q, wanted, IndexSnapshot.byDate(r.sort() != SearchRequest.Sort.DATE), r.query().ranked());
        }
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(q);
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = r.offset(); i < docs.length && hits.size() < r.limit(); i++) hits.add(hit(docs[i], r, snippets, -1));
        return new SearchResult(total, hits, -1, List.of());
    }

    private SearchResult byThread(SearchRequest r, Query q, Snippets snippets) throws IOException {
        ThreadGrouping.Groups groups = ThreadGrouping.collect(searcher, q);
        List<ThreadGrouping.Group> top = ThreadGrouping.top(groups.threads(), r.sort(), r.offset() + r.limit());
        List<ThreadHit> threads = new ArrayList<>();
        for (ThreadGrouping.Group g : top.subList(Math.min(r.offset(), top.size()), top.size())) {
            String threadId = g.threadId();
            IndexSnapshot.ThreadHead head = snapshot.threadHead(threadId);
            SearchHit best = hit(new ScoreDoc(g.bestDoc, g.bestScore), r, snippets, head.size());
            threads.add(new ThreadHit(threadId, head.first().subject(), head.first().date(), head.size(), g.hits, best));
        }
        return new SearchResult(groups.hits(), List.of(), groups.threads().size(), threads);
    }

    private SearchHit hit(ScoreDoc sd, SearchRequest r, Snippets snippets, int knownThreadSize) throws IOException {
        StoredMessage m = snapshot.load(sd.doc, r.withRaw() || snippets != null);
        int size = knownThreadSize >= 0 ? knownThreadSize : threadSize(m.threadId());
        return SearchHit.of(m, r.query().ranked() ? score(sd) : 0, size, snippets, r.withRaw());
    }

    private static float score(ScoreDoc sd) {
        return Float.isNaN(sd.score) || Float.isInfinite(sd.score) ? 0 : sd.score;
    }

    private int threadSize(String threadId) throws IOException {
        Integer n = threadSizes.get(threadId);
        if (n == null) {
            n = snapshot.threadSize(threadId);
            threadSizes.put(threadId, n);
        }
        return n;
    }
}
