package dev.parley.archive;

import dev.parley.model.StoredMessage;
import dev.parley.query.Snippet;
import dev.parley.query.Snippets;

import java.util.List;

/**
 * One matching message.
 *
 * @param score the relevance score (BM25; 0 when the query has no words to rank by, only filters)
 * @param threadSize messages in its thread
 * @param subject the subject with matched words marked
 * @param snippet a piece of the body text around the first matched word, or {@link Snippet#EMPTY} when not asked for
 */
public record SearchHit(StoredMessage message, float score, int threadSize, Snippet subject, Snippet snippet) {

    /**
     * A hit as either backend shows it: subject and body snippets made here from the stored message (when snippets
     * are asked for), and the raw bytes dropped unless asked for (a page of hits need not hold every message's bytes).
     *
     * @param snippets the query's snippet maker, or null for none
     * @param withRaw whether the message keeps its raw bytes
     */
    public static SearchHit of(StoredMessage m, float score, int threadSize, Snippets snippets, boolean withRaw) {
        Snippet subject = snippets == null ? new Snippet(m.subject(), List.of()) : snippets.subject(m.subject());
        Snippet body = snippets == null ? Snippet.EMPTY : snippet(snippets, m);
        return new SearchHit(withRaw ? m : m.withoutRaw(), score, threadSize, subject, body);
    }

    /** The body snippet; a stored message that no longer parses (it parsed at import) shows none rather than failing the search. */
    private static Snippet snippet(Snippets snippets, StoredMessage m) {
        try {
            return snippets.body(m.bodySegments());
        } catch (IllegalStateException e) {
            return Snippet.EMPTY;
        }
    }
}
