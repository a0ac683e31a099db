package dev.parley.lucene;

import dev.parley.archive.SearchRequest;
import dev.parley.model.Field;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups the hits of a query by thread in one pass: per thread the number of hits, the best-scoring hit and the
 * newest and oldest hit dates, from the {@code thread} sorted doc values (per-segment ordinals, folded by thread id
 * at the end of each segment) and the {@code date} doc values. Measured on a million messages, this is several times
 * faster than lucene-grouping's two-pass collectors, which also re-run the query.
 */
final class ThreadGrouping {

    /** One thread's share of the hits; {@code bestDoc} is a top-level doc id. */
    static final class Group {
        final BytesRef id;
        int hits;
        float bestScore = Float.NEGATIVE_INFINITY;
        int bestDoc = -1;
        long bestDate = Long.MIN_VALUE;
        long newest = Long.MIN_VALUE, oldest = Long.MAX_VALUE;

        Group(BytesRef id) {
            this.id = BytesRef.deepCopyOf(id);
        }

        String threadId() {
            return id.utf8ToString();
        }

        void add(int hits, float bestScore, int bestDoc, long bestDate, long newest, long oldest) {
            this.hits += hits;
            if (better(bestScore, bestDate, this.bestScore, this.bestDate)) {
                this.bestScore = bestScore;
                this.bestDoc = bestDoc;
                this.bestDate = bestDate;
            }
            this.newest = Math.max(this.newest, newest);
            this.oldest = Math.min(this.oldest, oldest);
        }
    }

    /**
     * Which of two hits is a thread's best: the higher score, and among equal scores the newer message, so the
     * choice does not depend on document order (which follows import order) and both backends agree.
     */
    static boolean better(float score, long date, float bestScore, long bestDate) {
        return score > bestScore || (score == bestScore && date > bestDate);
    }

    /** All matching messages and every thread with a hit. */
    record Groups(long hits, List<Group> threads) {
    }

    private ThreadGrouping() {
    }

    static Groups collect(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<GroupCollector, Groups>() {
            @Override
            public GroupCollector newCollector() {
                return new GroupCollector();
            }

            @Override
            public Groups reduce(Collection<GroupCollector> collectors) {
                if (collectors.size() == 1) {
                    GroupCollector c = collectors.iterator().next();
                    return new Groups(c.hits, new ArrayList<>(c.groups.values()));
                }
                Map<BytesRef, Group> all = new HashMap<>();
                long hits = 0;
                for (GroupCollector c : collectors) {
                    hits += c.hits;
                    for (Group g : c.groups.values()) group(all, g.id).add(g.hits, g.bestScore, g.bestDoc, g.bestDate, g.newest, g.oldest);
                }
                return new Groups(hits, new ArrayList<>(all.values()));
            }
        });
    }

    /** The group of a thread id, made on first sight and keyed by its own copy of the id (doc values reuse theirs). */
    private static Group group(Map<BytesRef, Group> groups, BytesRef id) {
        Group g = groups.get(id);
        if (g == null) {
            g = new Group(id);
            groups.put(g.id, g);
        }
        return g;
    }

    /** The first {@code n} threads in the requested order, in that order. */
    static List<Group> top(List<Group> groups, SearchRequest.Sort sort, int n) {
        Comparator<Group> order = order(sort);
        if (n <= 0) return List.of();
        PriorityQueue<Group> worstFirst = new PriorityQueue<>(Math.min(n, groups.size()) + 1, order.reversed());
        for (Group g : groups) {
            if (worstFirst.size() < n) worstFirst.add(g);
            else if (order.compare(g, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(g);
            }
        }
        List<Group> out = new ArrayList<>(worstFirst);
        out.sort(order);
        return out;
    }

    /** The order of threads: best hit first (ties: newest), newest hit first, or oldest hit first. */
    static Comparator<Group> order(SearchRequest.Sort sort) {
        Comparator<Group> newestFirst = Comparator.comparingLong((Group g) -> g.newest).reversed();
        Comparator<Group> byId = Comparator.comparing(g -> g.id);
        return switch (sort) {
            case RELEVANCE -> Comparator.comparingDouble((Group g) -> g.bestScore).reversed().thenComparing(newestFirst).thenComparing(byId);
            case NEWEST -> newestFirst.thenComparing(byId);
            case DATE -> Comparator.comparingLong((Group g) -> g.oldest).thenComparing(byId);
        };
    }

    private static final class GroupCollector implements Collector {
        final Map<BytesRef, Group> groups = new HashMap<>();
        long hits;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            SortedDocValues threads = ctx.reader().getSortedDocValues(Field.THREAD.id());
            NumericDocValues dates = ctx.reader().getNumericDocValues(Field.DATE.id());
            int n = threads == null ? 0 : threads.getValueCount();
            int[] count = new int[n], bestDoc = new int[n];
            float[] best = new float[n];
            long[] newest = new long[n], oldest = new long[n], bestDate = new long[n];
            java.util.Arrays.fill(bestDate, Long.MIN_VALUE);
            java.util.Arrays.fill(best, Float.NEGATIVE_INFINITY);
            java.util.Arrays.fill(newest, Long.MIN_VALUE);
            java.util.Arrays.fill(oldest, Long.MAX_VALUE);
            return new LeafCollector() {
                Scorable scorer;

                @Override
                public void setScorer(Scorable s) {
                    scorer = s;
                }

                @Override
                public void collect(int doc) throws IOException {
                    hits++;
                    if (threads == null || !threads.advanceExact(doc)) return; // every message has a thread
                    int ord = threads.ordValue();
                    count[ord]++;
                    float score = scorer.score();
                    long d = dates != null && dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
                    if (better(score, d, best[ord], bestDate[ord])) {
                        best[ord] = score;
                        bestDoc[ord] = doc;
                        bestDate[ord] = d;
                    }
                    if (d != Long.MIN_VALUE) {
                        if (d > newest[ord]) newest[ord] = d;
                        if (d < oldest[ord]) oldest[ord] = d;
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord < n; ord++) {
                        if (count[ord] == 0) continue;
                        group(groups, threads.lookupOrd(ord))
                                .add(count[ord], best[ord], ctx.docBase + bestDoc[ord], bestDate[ord], newest[ord], oldest[ord]);
                    }
                }
            };
        }
    }
}
