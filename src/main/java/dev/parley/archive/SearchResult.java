package dev.parley.archive;

import java.util.List;

/**
 * The page of results of a search.
 *
 * @param total the exact number of matching messages
 * @param hits the requested page of messages (empty when grouped by thread)
 * @param threadTotal the number of threads with a match (-1 unless grouped by thread)
 * @param threads the requested page of threads (empty unless grouped by thread)
 */
public record SearchResult(long total, List<SearchHit> hits, long threadTotal, List<ThreadHit> threads) {
    public SearchResult {
        hits = List.copyOf(hits);
        threads = List.copyOf(threads);
    }
}
