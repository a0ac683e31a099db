package dev.parley.archive;

import dev.parley.query.QueryNode;

/**
 * What to search for and how to return it.
 *
 * @param query the parsed query ({@link dev.parley.query.LoreQuery#parse(String)})
 * @param sort relevance (BM25) or date
 * @param limit at most this many hits (or threads, with {@code threads})
 * @param offset hits (or threads) to skip first, for paging
 * @param threads one row per thread instead of one per message
 * @param withRaw load each hit's original bytes (for writing mbox)
 * @param snippets make a snippet of each hit's text with the matched words marked
 * @param includeRemoved also match messages their archive has since removed (left out by default)
 */
public record SearchRequest(QueryNode query, Sort sort, int limit, int offset, boolean threads, boolean withRaw,
                            boolean snippets, boolean includeRemoved) {

    public static final int DEFAULT_LIMIT = 20;

    /** Result order. */
    public enum Sort {
        /** Best match first (BM25); newest first when the query has no words to rank by (filters only). */
        RELEVANCE,
        /** Oldest first. */
        DATE,
        /** Newest first. */
        NEWEST;

        /** Reads {@code relevance}, {@code date} (oldest first) or {@code -date} (newest first). */
        public static Sort parse(String s) {
            return switch (s) {
                case "relevance" -> RELEVANCE;
                case "date", "+date" -> DATE;
                case "-date" -> NEWEST;
                default -> throw new IllegalArgumentException("unknown sort '" + s + "' (use relevance, date or -date)");
            };
        }
    }

    public SearchRequest {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must not be negative");
    }

    /** The first page of hits by relevance, with snippets, one per message. */
    public static SearchRequest of(QueryNode query) {
        return new SearchRequest(query, Sort.RELEVANCE, DEFAULT_LIMIT, 0, false, false, true, false);
    }

    public SearchRequest withSort(Sort s) {
        return new SearchRequest(query, s, limit, offset, threads, withRaw, snippets, includeRemoved);
    }

    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, sort, newLimit, newOffset, threads, withRaw, snippets, includeRemoved);
    }

    public SearchRequest byThread(boolean grouped) {
        return new SearchRequest(query, sort, limit, offset, grouped, withRaw, snippets, includeRemoved);
    }

    /** Loads raw bytes (for mbox) and makes no snippets. */
    public SearchRequest forMbox() {
        return new SearchRequest(query, sort, limit, offset, threads, true, false, includeRemoved);
    }

    public SearchRequest withRemoved(boolean include) {
        return new SearchRequest(query, sort, limit, offset, threads, withRaw, snippets, include);
    }
}
