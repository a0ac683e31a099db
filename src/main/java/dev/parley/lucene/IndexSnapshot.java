package dev.parley.lucene;

import dev.parley.model.Fields;
import dev.parley.model.NoIndexException;
import dev.parley.model.RawCodec;
import dev.parley.model.StoredMessage;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A point-in-time view of the index (its last commit): what searches, threads and debates read. An import running
 * at the same time does not change what an open snapshot sees.
 */
public final class IndexSnapshot implements AutoCloseable {

    private static final Set<String> LIGHT_FIELDS = Set.of(Fields.UID, Fields.MESSAGE_ID, Fields.SYNTHETIC_ID,
            Fields.THREAD, Fields.SUBJECT, Fields.FROM_NAME, Fields.FROM_ADDR, Fields.DATE, Fields.DATE_OFFSET,
            Fields.DATE_SOURCE, Fields.IN_REPLY_TO, Fields.REFERENCES, Fields.LIST, Fields.TONE, Fields.TONE_SCORE,
            Fields.ATTACHMENT_STORED, Fields.PROBLEMS, Fields.SOURCE, Fields.REMOVED);

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
        return loadAll(searcher.search(new TermQuery(new Term(Fields.MESSAGE_ID, messageId)), 1000).scoreDocs, withRaw);
    }

    /** Every message of a thread, oldest first. */
    public List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException {
        TermQuery q = new TermQuery(new Term(Fields.THREAD, threadId));
        int n = Math.max(1, searcher.count(q));
        TopDocs top = searcher.search(q, n, new Sort(new SortField(Fields.DATE, SortField.Type.LONG)));
        return loadAll(top.scoreDocs, withRaw);
    }

    public List<StoredMessage> loadAll(ScoreDoc[] docs, boolean withRaw) throws IOException {
        List<StoredMessage> out = new ArrayList<>(docs.length);
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : docs) out.add(load(stored, sd.doc, withRaw));
        return out;
    }

    public StoredMessage load(int doc, boolean withRaw) throws IOException {
        return load(reader.storedFields(), doc, withRaw);
    }

    /** Loads one document through a leaf's (or the top reader's) stored fields. */
    public static StoredMessage load(StoredFields stored, int doc, boolean withRaw) throws IOException {
        Set<String> wanted = LIGHT_FIELDS;
        if (withRaw) {
            wanted = new HashSet<>(LIGHT_FIELDS);
            wanted.add(Fields.RAW);
        }
        Document d = stored.document(doc, wanted);
        return fromDocument(d);
    }

    static StoredMessage fromDocument(Document d) {
        IndexableField date = d.getField(Fields.DATE);
        IndexableField offset = d.getField(Fields.DATE_OFFSET);
        IndexableField toneScore = d.getField(Fields.TONE_SCORE);
        String refs = d.get(Fields.REFERENCES);
        String problems = d.get(Fields.PROBLEMS);
        byte[] raw = null;
        IndexableField rawField = d.getField(Fields.RAW);
        if (rawField != null) {
            var br = rawField.binaryValue();
            try {
                raw = RawCodec.decode(br.bytes, br.offset, br.length);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("message <" + d.get(Fields.MESSAGE_ID) + ">: " + e.getMessage(), e);
            }
        }
        return new StoredMessage(d.get(Fields.UID), d.get(Fields.MESSAGE_ID), d.get(Fields.SYNTHETIC_ID) != null,
                d.get(Fields.THREAD), orEmpty(d.get(Fields.SUBJECT)), orEmpty(d.get(Fields.FROM_NAME)),
                orEmpty(d.get(Fields.FROM_ADDR)),
                date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()),
                offset == null ? 0 : offset.numericValue().intValue(), orEmpty(d.get(Fields.DATE_SOURCE)),
                orEmpty(d.get(Fields.IN_REPLY_TO)), refs == null || refs.isEmpty() ? List.of() : List.of(refs.split(" ")),
                List.of(d.getValues(Fields.LIST)), orEmpty(d.get(Fields.TONE)),
                toneScore == null ? 0 : toneScore.numericValue().doubleValue(), List.of(d.getValues(Fields.ATTACHMENT_STORED)),
                problems == null ? List.of() : List.of(problems.split("\n")), orEmpty(d.get(Fields.SOURCE)), raw,
                d.get(Fields.REMOVED) != null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
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
