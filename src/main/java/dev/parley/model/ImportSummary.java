package dev.parley.model;

/**
 * What an import did.
 *
 * @param files sources read (mbox files, Maildirs, message files, repositories)
 * @param messagesRead messages found in the sources
 * @param imported messages added to the index
 * @param duplicates messages already in the index with the same Message-ID and content
 * @param errors messages (or unreadable parts of sources) skipped with an error
 * @param warnings messages imported with a problem noted (no Message-ID, bad charset, unreadable date ...)
 * @param threads threads created or extended
 * @param merges threads merged into others because a message linked them
 * @param bytes raw message bytes read
 * @param seconds wall-clock time
 * @param removed messages flagged removed because their source recorded a removal
 */
public record ImportSummary(int files, long messagesRead, long imported, long duplicates, long errors, long warnings,
                            int threads, int merges, long bytes, double seconds, long removed) {
}
