package dev.parley.lucene;

import dev.parley.model.Field;
import dev.parley.model.NoIndexException;
import dev.parley.model.StoredMessage;
import dev.parley.model.StoredMessages;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * A point-in-time view of the index (its last commit): what searches, threads and debates read. An import running
 * at the same time does not change what an open snapshot sees.
 */
public final class IndexSnapshot implements AutoCloseable {

    /** The stored fields a message is read from; with {@link Field#RAW} when its bytes are asked for too. */
    private static final Set<String> LIGHT_FIELDS = ids(Field.light());
    private static final Set<String> WITH_RAW = ids(Stream.concat(Field.light().stream(), Stream.of(Field.RAW)).toList());

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Path path;

    private IndexSnapshot(Path path, Directory directory, DirectoryReader reader) {
        this.path = path;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * How a snapshot reads the index files. A process that runs one short command reads a few blocks and exits:
     * plain reads spare it the set-up of memory mapping (Lucene binds {@code madvise} through the foreign-function
     * API, ~10 ms of a ~150 ms search process, bench/README.md). A reader that stays (tests, benchmarks, a long
     * job) maps the files: warm queries on the million-message index take half as long as with plain reads.
     */
    public enum FileAccess { MAPPED, READ }

    /** Opens the last commit of the index at {@code dir}, its files memory-mapped. */
    public static IndexSnapshot open(Path dir) throws IOException {
        return open(dir, FileAccess.MAPPED);
    }

    /** Opens the last commit of the index at {@code dir}. */
    public static IndexSnapshot open(Path dir, FileAccess access) throws IOException {
        if (!Files.isDirectory(dir)) throw missing(dir);
        // one directory for the check and the reader
        Directory d = access == FileAccess.READ ? new NIOFSDirectory(dir) : FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(d)) throw missing(dir);
            return new IndexSnapshot(dir, d, DirectoryReader.open(d));
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** The error for a directory without an index, naming the old index an interrupted reindex left behind. */
    static NoIndexException missing(Path dir) {
        Path parked = Reindexer.oldDir(dir);
        if (Files.isDirectory(parked)) {
            return new NoIndexException("no index at " + dir + ", but an interrupted reindex left the old index in "
                    + parked + ": rename it back to " + dir.getFileName());
        }
        return new NoIndexException("no index at " + dir + ": run 'parley import' first (or pass --index)");
    }

    /** Whether a committed index exists at {@code dir}. */
    public static boolean exists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    public Path path() {
        return path;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    public int messageCount() {
        return reader.numDocs();
    }

    /** Every stored copy of a Message-ID (usually one; several when the same id came with different content). */
    public List<StoredMessage> byMessageId(String messageId, boolean withRaw) throws IOException {
        return loadAll(searcher.search(new TermQuery(new Term(Field.MESSAGE_ID.id(), messageId)), 1000).scoreDocs, withRaw);
    }

    /** Every message of a thread, in {@link StoredMessage#THREAD_ORDER}. */
    public List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException {
        TermQuery q = new TermQuery(new Term(Field.THREAD.id(), threadId));
        List<StoredMessage> out = loadAll(searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs, withRaw);
        out.sort(StoredMessage.THREAD_ORDER);
        return out;
    }

    /** How many messages a thread has. */
    public int threadSize(String threadId) throws IOException {
        return searcher.count(new TermQuery(new Term(Field.THREAD.id(), threadId)));
    }

    /** A thread's size and first message (without its raw bytes): what a search by thread shows of each thread. */
    public record ThreadHead(int size, StoredMessage first) {
    }

    /** At most this many thread heads are kept; the map is emptied when full. */
    static final int THREAD_HEADS = 10_000;
    /**
     * Thread heads already looked up. A snapshot never changes, so neither do they; the first message of each of a
     * search page's threads took a stored-fields chunk decompression of its own (a third of the loads of the page).
     */
    private final ConcurrentHashMap<String, ThreadHead> threadHeads = new ConcurrentHashMap<>();

    public ThreadHead threadHead(String threadId) throws IOException {
        ThreadHead head = threadHeads.get(threadId);
        if (head != null) return head;
        TopDocs first = searcher.search(new TermQuery(new Term(Field.THREAD.id(), threadId)), 1, byDate(false));
        if (first.scoreDocs.length == 0) throw new IllegalArgumentException("no thread " + threadId + " in " + path);
        head = new ThreadHead(threadSize(threadId), load(first.scoreDocs[0].doc, false));
        if (threadHeads.size() >= THREAD_HEADS) threadHeads.clear();
        threadHeads.put(threadId, head);
        return head;
    }

    /** Messages by date, newest or oldest first; undated messages come last in either order. */
    static Sort byDate(boolean newestFirst) {
        return new Sort(new SortField(Field.DATE.id(), SortField.Type.LONG, newestFirst, newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE));
    }

    public List<StoredMessage> loadAll(ScoreDoc[] docs, boolean withRaw) throws IOException {
        List<StoredMessage> out = new ArrayList<>(docs.length);
        StoredFields stored = borrowStoredFields();
        try {
            for (ScoreDoc sd : docs) out.add(load(stored, sd.doc, withRaw));
        } finally {
            idleStoredFields.add(stored);
        }
        return out;
    }

    public StoredMessage load(int doc, boolean withRaw) throws IOException {
        StoredFields stored = borrowStoredFields();
        try {
            return load(stored, doc, withRaw);
        } finally {
            idleStoredFields.add(stored);
        }
    }

    /**
     * Readers of stored fields, kept for reuse: each new one starts with empty buffers, so reading a message through
     * it grew an 80 KB chunk buffer and more (a third of a search page's CPU under load, bench/README.md). A reader
     * serves one thread at a time; the web server's many threads take turns with a few.
     */
    private final ConcurrentLinkedQueue<StoredFields> idleStoredFields = new ConcurrentLinkedQueue<>();

    private StoredFields borrowStoredFields() throws IOException {
        StoredFields s = idleStoredFields.poll();
        return s != null ? s : reader.storedFields();
    }

    /** Loads one document through a leaf's (or the top reader's) stored fields. */
    public static StoredMessage load(StoredFields stored, int doc, boolean withRaw) throws IOException {
        return fromDocument(stored.document(doc, withRaw ? WITH_RAW : LIGHT_FIELDS));
    }

    static StoredMessage fromDocument(Document d) {
        return StoredMessages.decode(new StoredMessages.Values() {
            @Override
            public List<String> strings(Field f) {
                return List.of(d.getValues(f.id()));
            }

            @Override
            public Number number(Field f) {
                IndexableField v = d.getField(f.id());
                return v == null ? null : v.numericValue();
            }

            @Override
            public byte[] bytes(Field f) {
                IndexableField v = d.getField(f.id());
                if (v == null) return null;
                BytesRef b = v.binaryValue();
                return b.offset == 0 && b.length == b.bytes.length ? b.bytes : Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
            }
        });
    }

    private static Set<String> ids(List<Field> fields) {
        Set<String> out = new HashSet<>();
        for (Field f : fields) out.add(f.id());
        return Set.copyOf(out);
    }

    public int count(Query q) throws IOException {
        return searcher.count(q);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
