package dev.parley.lucene;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.ingest.ImportOptions;
import dev.parley.ingest.StaleLock;
import dev.parley.mail.MailSource;
import dev.parley.model.ArchiveStats;
import dev.parley.model.CheckReport;
import dev.parley.model.Field;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The embedded archive: a Lucene index in a directory. */
public final class LocalArchive implements Archive {

    private final Path dir;
    private final IndexSnapshot.FileAccess access;
    private IndexSnapshot snapshot;

    /** The archive at {@code dir}, for a reader that stays: its files are memory-mapped. */
    public LocalArchive(Path dir) {
        this(dir, IndexSnapshot.FileAccess.MAPPED);
    }

    public LocalArchive(Path dir, IndexSnapshot.FileAccess access) {
        this.dir = dir;
        this.access = access;
    }

    public Path directory() {
        return dir;
    }

    /** The current read view, opened on first use. */
    public synchronized IndexSnapshot snapshot() throws IOException {
        if (snapshot == null) snapshot = IndexSnapshot.open(dir, access);
        return snapshot;
    }

    @Override
    public ImportSummary importMail(List<MailSource> sources, ImportOptions options, ImportListener listener)
            throws IOException, InterruptedException {
        ImportSummary summary;
        try (Importer importer = Importer.open(dir, options)) {
            StaleLock.report(importer.stalePid(), dir.toString(), listener);
            summary = importer.importSources(sources, listener);
        }
        refresh();
        return summary;
    }

    @Override
    public CheckReport check() throws IOException {
        return IndexCheck.run(dir);
    }

    @Override
    public ImportSummary reindex(ImportOptions options, ImportListener listener) throws IOException, InterruptedException {
        refresh();
        ImportSummary s = Reindexer.reindex(dir, options, listener);
        refresh();
        return s;
    }

    /** A view not opened yet will read the latest commit; an open one asks Lucene whether a commit came since. */
    @Override
    public synchronized boolean isCurrent() throws IOException {
        return snapshot == null || snapshot.reader().isCurrent();
    }

    @Override
    public synchronized void refresh() throws IOException {
        if (snapshot != null) {
            snapshot.close();
            snapshot = null;
        }
    }

    @Override
    public ArchiveStats stats() throws IOException {
        IndexSnapshot s = snapshot();
        return ArchiveStats.of(new ArchiveStats.Counts() {
            @Override
            public long messages() {
                return s.messageCount();
            }

            @Override
            public void distinct(Field field, ArchiveStats.Distinct out) throws IOException {
                Map<String, Long> counts = new TreeMap<>(); // a value may be in several segments
                forEachLiveTerm(s, field.id(), (term, n) -> counts.merge(term, n, Long::sum));
                counts.forEach(out::accept);
            }

            @Override
            public Instant edgeDate(boolean newest) throws IOException {
                return LocalArchive.edgeDate(s, newest);
            }

            @Override
            public long bytes() throws IOException {
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(Files::isRegularFile).mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum();
                }
            }
        });
    }

    private interface TermCount {
        void accept(String term, long liveDocs);
    }

    private static void forEachLiveTerm(IndexSnapshot s, String field, TermCount out) throws IOException {
        for (LeafReaderContext ctx : s.reader().leaves()) {
            Terms terms = ctx.reader().terms(field);
            if (terms == null) continue;
            Bits live = ctx.reader().getLiveDocs();
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                pe = te.postings(pe, PostingsEnum.NONE);
                long n = 0;
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) n++;
                }
                if (n > 0) out.accept(t.utf8ToString(), n);
            }
        }
    }

    private static Instant edgeDate(IndexSnapshot s, boolean newest) throws IOException {
        TopDocs top = s.searcher().search(new MatchAllDocsQuery(), 1, IndexSnapshot.byDate(newest)); // undated messages come last
        if (top.scoreDocs.length == 0) return null;
        StoredMessage m = s.load(top.scoreDocs[0].doc, false);
        return m.date();
    }

    @Override
    public List<StoredMessage> messages(String messageId, boolean withRaw) throws IOException {
        return snapshot().byMessageId(Archive.normalizeMessageId(messageId), withRaw);
    }

    @Override
    public List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException {
        return snapshot().thread(threadId, withRaw);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return new LocalSearch(snapshot()).run(request);
    }

    @Override
    public void forEach(boolean withRaw, Consumer<StoredMessage> consumer) throws IOException {
        IndexSnapshot s = snapshot();
        for (LeafReaderContext ctx : s.reader().leaves()) {
            Bits live = ctx.reader().getLiveDocs();
            StoredFields stored = ctx.reader().storedFields();
            for (int d = 0; d < ctx.reader().maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                consumer.accept(IndexSnapshot.load(stored, d, withRaw));
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        refresh();
    }
}
