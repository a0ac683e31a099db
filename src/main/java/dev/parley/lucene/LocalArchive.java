package dev.parley.lucene;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.ingest.ImportOptions;
import dev.parley.ingest.StaleLock;
import dev.parley.mail.MailSource;
import dev.parley.model.ArchiveStats;
import dev.parley.model.CheckReport;
import dev.parley.model.Fields;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        long messages = s.messageCount();
        Set<BytesRef> threads = new HashSet<>();
        Map<String, Long> lists = new TreeMap<>();
        long participants = 0;
        for (LeafReaderContext ctx : s.reader().leaves()) {
            Bits live = ctx.reader().getLiveDocs();
            SortedDocValues dv = ctx.reader().getSortedDocValues(Fields.THREAD);
            if (dv != null) {
                for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                    if (live == null || live.get(d)) threads.add(BytesRef.deepCopyOf(dv.lookupOrd(dv.ordValue())));
                }
            }
        }
        Set<String> addresses = new HashSet<>();
        forEachLiveTerm(s, Fields.FROM_ADDR, (term, count) -> addresses.add(term));
        participants = addresses.size();
        forEachLiveTerm(s, Fields.LIST, (term, count) -> lists.merge(term, count, Long::sum));
        Instant first = edgeDate(s, false), last = edgeDate(s, true);
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
        return new ArchiveStats(messages, threads.size(), participants, first, last, lists, bytes);
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
        SortField byDate = new SortField(Fields.DATE, SortField.Type.LONG, newest);
        byDate.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE); // undated messages are no edge
        TopDocs top = s.searcher().search(new MatchAllDocsQuery(), 1, new Sort(byDate));
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
