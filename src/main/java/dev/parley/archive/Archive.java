package dev.parley.archive;

import dev.parley.ingest.ImportOptions;
import dev.parley.mail.MailSource;
import dev.parley.model.ArchiveStats;
import dev.parley.model.CheckReport;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * An archive of mail: what every Parley command reads and writes through. Reads see a consistent point in time
 * (the last commit when the archive was opened or {@link #refresh() refreshed}).
 */
public interface Archive extends AutoCloseable {

    /** Imports mail; fails at once with {@link dev.parley.model.IndexLockedException} if another import writes. */
    ImportSummary importMail(List<MailSource> sources, ImportOptions options, ImportListener listener)
            throws IOException, InterruptedException;

    ArchiveStats stats() throws IOException;

    /** Every stored copy of a Message-ID (angle brackets optional); empty when unknown. */
    List<StoredMessage> messages(String messageId, boolean withRaw) throws IOException;

    /** Every message of a thread, in {@link StoredMessage#THREAD_ORDER}: oldest first, undated last. */
    List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException;

    /**
     * Messages matching a query, one page of them, with the exact number of matches.
     *
     * @throws dev.parley.query.QuerySyntaxException when the query has nothing to search for
     */
    SearchResult search(SearchRequest request) throws IOException;

    /** Every message, in index order. */
    void forEach(boolean withRaw, Consumer<StoredMessage> consumer) throws IOException;

    /** Verifies storage and Parley's invariants (thread ids, raw bytes, References). */
    CheckReport check() throws IOException;

    /** Rebuilds the archive from its stored raw messages (after a schema change); takes the writer lock. */
    ImportSummary reindex(ImportOptions options, ImportListener listener) throws IOException, InterruptedException;

    /** Moves the read view to the latest commit. */
    void refresh() throws IOException;

    /**
     * Whether the read view still shows the latest commit, so that a reader holding views open (the server) need
     * not open another; false when the backend cannot tell cheaply, which is always safe.
     */
    default boolean isCurrent() throws IOException {
        return false;
    }

    /** Message-ID without angle brackets and surrounding space, as the archive stores it. */
    static String normalizeMessageId(String id) {
        String s = id.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1).strip();
        if (s.startsWith("mid:")) s = s.substring(4);
        return s;
    }

    @Override
    void close() throws IOException;
}
