package dev.parley.model;

import java.time.Instant;
import java.util.Map;

/**
 * Size and shape of an archive.
 *
 * @param participants distinct From addresses (lower case)
 * @param firstDate oldest message date, null when empty
 * @param lists List-Id to message count
 * @param indexBytes bytes on disk (or in the cluster) including the stored raw messages
 */
public record ArchiveStats(long messages, long threads, long participants, Instant firstDate, Instant lastDate,
                           Map<String, Long> lists, long indexBytes) {
}
