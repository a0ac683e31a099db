package dev.parley.archive;

import dev.parley.index.StoredMessage;
import dev.parley.query.Snippet;

/**
 * One matching message.
 *
 * @param score the relevance score (BM25; 0 when the query has no words to rank by, only filters)
 * @param threadSize messages in its thread
 * @param subject the subject with matched words marked
 * @param snippet a piece of the body text around the first matched word, or {@link Snippet#EMPTY} when not asked for
 */
public record SearchHit(StoredMessage message, float score, int threadSize, Snippet subject, Snippet snippet) {
}
