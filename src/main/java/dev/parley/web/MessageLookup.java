package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.model.Prefix;
import dev.parley.model.StoredMessage;
import dev.parley.query.QueryNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored messages found by Message-ID, a bounded number at a time: one Message-ID can sit on thousands of messages (a
 * list that sent one mail again and again), and a page or a feed must not load every copy to show a few. An id is
 * matched exactly as stored: the parser keeps some malformed ids whole, angle brackets and all.
 */
final class MessageLookup {

    private MessageLookup() {
    }

    /** Some copies of a Message-ID, oldest first, and how many there are in all. */
    record Copies(List<StoredMessage> shown, long total) {
        StoredMessage first() {
            return shown.get(0);
        }
    }

    /**
     * The copies of the Message-ID a path names (at most {@code max}): as written first (the server's own links carry
     * ids as stored), then as the commands read ids (angle brackets and "mid:" optional); 404 naming it when none.
     */
    static Copies find(Archive a, String pathId, int max, boolean withRaw) throws IOException {
        Copies found = copies(a, pathId, max, withRaw);
        String normal = Archive.normalizeMessageId(pathId);
        if (found.total() == 0 && !normal.equals(pathId)) found = copies(a, normal, max, withRaw);
        if (found.total() == 0) {
            throw HttpError.notFound("No message with Message-ID <" + Request.clip(normal) + "> is in this archive.");
        }
        return found;
    }

    /** The oldest copy of the Message-ID a path names, without its bytes; 404 when none. */
    static StoredMessage first(Archive a, String pathId) throws IOException {
        return find(a, pathId, 1, false).first();
    }

    /** Every copy of exactly this stored Message-ID, oldest first, removed ones too (pages say they were removed). */
    static SearchRequest copiesOf(String storedId, int max, boolean withRaw) {
        return new SearchRequest(new QueryNode.Term(Prefix.MESSAGE_ID, storedId, false), SearchRequest.Sort.DATE, max,
                0, false, withRaw, false, true);
    }

    private static Copies copies(Archive a, String storedId, int max, boolean withRaw) throws IOException {
        SearchResult r = a.search(copiesOf(storedId, max, withRaw));
        return new Copies(r.hits().stream().map(SearchHit::message).toList(), r.total());
    }

    /**
     * These messages (read without their bytes) again with their bytes, in the same order; one no longer in the view
     * is left out. Loaded by Message-ID a page of copies at a time until the wanted ones are found, so that an id
     * shared by a thousand messages costs what is shown, not a thousand loads per message.
     */
    static List<StoredMessage> withRaw(Archive a, List<StoredMessage> light) throws IOException {
        Map<String, List<String>> uidsById = new LinkedHashMap<>();
        for (StoredMessage m : light) uidsById.computeIfAbsent(m.messageId(), k -> new ArrayList<>()).add(m.uid());
        Map<String, StoredMessage> loaded = new HashMap<>();
        for (Map.Entry<String, List<String>> e : uidsById.entrySet()) {
            List<String> uids = e.getValue();
            int page = Math.max(uids.size(), 8);
            int found = 0;
            for (int at = 0; found < uids.size(); at += page) {
                Cancellation.checkpoint();
                SearchResult r = a.search(copiesOf(e.getKey(), page, true).withPage(at, page));
                for (SearchHit h : r.hits()) {
                    if (uids.contains(h.message().uid()) && loaded.put(h.message().uid(), h.message()) == null) found++;
                }
                if (r.hits().size() < page) break;
            }
        }
        List<StoredMessage> out = new ArrayList<>(light.size());
        for (StoredMessage m : light) {
            StoredMessage full = loaded.get(m.uid());
            if (full != null) out.add(full);
        }
        return out;
    }
}
