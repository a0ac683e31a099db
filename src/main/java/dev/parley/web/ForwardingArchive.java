package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
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

/** An archive read through another, read-only (the server writes nothing): a subclass changes the reads it must. */
abstract class ForwardingArchive implements Archive {

    protected final Archive archive;

    ForwardingArchive(Archive archive) {
        this.archive = archive;
    }

    @Override
    public List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException {
        return archive.thread(threadId, withRaw);
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
    public boolean isCurrent() throws IOException {
        return archive.isCurrent();
    }

    @Override
    public ImportSummary importMail(List<MailSource> sources, ImportOptions options, ImportListener listener) {
        throw new UnsupportedOperationException("the web server does not write to the archive");
    }

    @Override
    public ImportSummary reindex(ImportOptions options, ImportListener listener) {
        throw new UnsupportedOperationException("the web server does not write to the archive");
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }
}
