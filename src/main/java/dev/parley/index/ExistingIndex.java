package dev.parley.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Map;

/**
 * What the index held when an import started (its last commit), for dedupe and thread lookups. Term lookups go
 * straight to the postings (no query machinery): an import asks once per message and per referenced id.
 */
final class ExistingIndex implements Admission.Existing, AutoCloseable {

    private final DirectoryReader reader; // null for a new index

    private ExistingIndex(DirectoryReader reader) {
        this.reader = reader;
    }

    static ExistingIndex open(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) return new ExistingIndex(null);
        DirectoryReader r = DirectoryReader.open(dir);
        Map<String, String> data = r.getIndexCommit().getUserData();
        String schema = data.get("parley.schema");
        if (schema != null && !schema.equals(Integer.toString(Fields.SCHEMA_VERSION))) {
            r.close();
            throw new IOException("the index was written with schema version " + schema + " but this Parley writes version "
                    + Fields.SCHEMA_VERSION + ": run 'parley reindex' first");
        }
        return new ExistingIndex(r);
    }

    /** The user data of the commit this import started from (empty for a new index). */
    Map<String, String> commitData() throws IOException {
        return reader == null ? Map.of() : reader.getIndexCommit().getUserData();
    }

    @Override
    public boolean containsUid(String uid) {
        return firstLiveDoc(Fields.UID, uid) != null;
    }

    @Override
    public String threadOf(String messageId) {
        Hit hit = firstLiveDoc(Fields.LINK, messageId);
        if (hit == null) return null;
        try {
            SortedDocValues dv = hit.leaf.getSortedDocValues(Fields.THREAD);
            if (dv == null || !dv.advanceExact(hit.doc)) return null;
            return dv.lookupOrd(dv.ordValue()).utf8ToString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public int size(String threadId) {
        if (reader == null) return 0;
        int n = 0;
        BytesRef term = new BytesRef(threadId);
        try {
            for (LeafReaderContext ctx : reader.leaves()) {
                Terms terms = ctx.reader().terms(Fields.THREAD);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                if (!te.seekExact(term)) continue;
                Bits live = ctx.reader().getLiveDocs();
                PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) n++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return n;
    }

    private record Hit(LeafReader leaf, int doc) {
    }

    private Hit firstLiveDoc(String field, String value) {
        if (reader == null) return null;
        BytesRef term = new BytesRef(value);
        try {
            for (LeafReaderContext ctx : reader.leaves()) {
                Terms terms = ctx.reader().terms(field);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                if (!te.seekExact(term)) continue;
                Bits live = ctx.reader().getLiveDocs();
                PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) return new Hit(ctx.reader(), d);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
    }
}
