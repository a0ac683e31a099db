package dev.parley.archive;

import java.time.Instant;

/**
 * One thread with matching messages.
 *
 * @param subject the subject of its first message
 * @param rootDate the date of its first message (null when undated)
 * @param messages messages in the thread
 * @param hits matching messages in the thread
 * @param best the best matching message by relevance
 */
public record ThreadHit(String threadId, String subject, Instant rootDate, int messages, int hits, SearchHit best) {
}
