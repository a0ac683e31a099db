package dev.parley.archive;

import dev.parley.model.StoredMessage;

import java.io.IOException;

/** Every message a search matches, asked for a page at a time, so memory stays small whatever the number of matches. */
public final class SearchPages {

    /** Messages fetched per round. */
    static final int PAGE = 256;

    /** Takes the messages in order. */
    public interface Consumer {
        void accept(StoredMessage message) throws IOException;
    }

    private SearchPages() {
    }

    /**
     * @param request the search, from its offset on (its limit is replaced by the pages')
     * @param max at most this many messages
     */
    public static void forEach(Archive archive, SearchRequest request, long max, Consumer consumer) throws IOException {
        long left = max;
        int at = request.offset();
        while (left > 0) {
            int page = (int) Math.min(PAGE, left);
            SearchResult r = archive.search(request.withPage(at, page));
            for (SearchHit h : r.hits()) consumer.accept(h.message());
            if (r.hits().size() < page) break;
            at += page;
            left -= page;
        }
    }
}
