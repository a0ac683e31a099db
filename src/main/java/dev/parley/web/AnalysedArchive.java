package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.model.ArchiveStats;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.model.CheckReport;
import dev.parley.model.ImportListener;
import dev.parley.ingest.ImportOptions;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import dev.parley.mail.MailSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The archive as the analyses read it from the server: a thread's messages larger than {@value #MAX_MESSAGE_BYTES}
 * bytes are left out (a 50 MB log or patch is no one's argument, and reading it as prose would hold a core for
 * minutes), and nothing can be written. Everything else is the archive's own answer.
 */
final class AnalysedArchive implements Archive {

    static final int MAX_MESSAGE_BYTES = 2 << 20;

    private final Archive archive;

    AnalysedArchive(Archive archive) {
        this.archive = archive;
    }

    /** The thread's messages with their raw bytes, those too large to analyse left out. */
    @Override
    public List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException {
        List<StoredMessage> all = archive.thread(threadId, withRaw);
        if (!withRaw) return all;
        List<StoredMessage> kept = new ArrayList<>(all.size());
        for (StoredMessage m : all) if (m.raw().length <= MAX_MESSAGE_BYTES) kept.add(m);
        return kept;
    }

    @Override
    public List<StoredMessage> messages(String messageId, boolean withRaw) throws IOException {
        return archive.messages(messageId, withRaw);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return archive.search(request);
    }

    @Override
    public ArchiveStats stats() throws IOException {
        return archive.stats();
    }

    @Override
    public void forEach(boolean withRaw, Consumer<StoredMessage> consumer) throws IOException {
        archive.forEach(withRaw, consumer);
    }

    @Override
    public CheckReport check() throws IOException {
        return archive.check();
    }

    @Override
    public void refresh() throws IOException {
        archive.refresh();
    }

    @Override
    public ImportSummary importMail(List<MailSource> sources, ImportOptions options, ImportListener listener) {
        throw new UnsupportedOperationException("the web server does not write to the archive");
    }

    @Override
    public ImportSummary reindex(ImportOptions options, ImportListener listener) {
        throw new UnsupportedOperationException("the web server does not write to the archive");
    }

    /** The archive is the server's, and closed by it. */
    @Override
    public void close() {
    }
}
