package dev.parley.lucene;

import dev.parley.ingest.Admission;
import dev.parley.model.Field;
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
        String schema = otherSchema(r.getIndexCommit().getUserData());
        if (schema != null) {
            r.close();
            throw new IOException("the index was written with schema version " + schema + " but this Parley writes version "
                    + Field.SCHEMA_VERSION + ": run 'parley reindex' first");
        }
        return new ExistingIndex(r);
    }

    /** Commit user data key of the schema version the commit was written with. */
    static final String SCHEMA_KEY = "parley.schema";

    /** The schema version a commit was written with when it is not this Parley's, else null. */
    static String otherSchema(Map<String, String> commitData) {
        String schema = commitData.get(SCHEMA_KEY);
        return schema == null || schema.equals(Integer.toString(Field.SCHEMA_VERSION)) ? null : schema;
    }

    /** The user data of the commit this import started from (empty for a new index). */
    Map<String, String> commitData() throws IOException {
        return reader == null ? Map.of() : reader.getIndexCommit().getUserData();
    }

    @Override
    public boolean containsUid(String uid) {
        return firstLiveDoc(Field.UID.id(), uid) != null;
    }

    @Override
    public String threadOf(String messageId) {
        Hit hit = firstLiveDoc(Field.LINK.id(), messageId);
        if (hit == null) return null;
        try {
            SortedDocValues dv = hit.leaf.getSortedDocValues(Field.THREAD.id());
            if (dv == null || !dv.advanceExact(hit.doc)) return null;
            return dv.lookupOrd(dv.ordValue()).utf8ToString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public int size(String threadId) {
        int[] n = {0};
        eachLiveDoc(Field.THREAD.id(), threadId, (leaf, doc) -> {
            n[0]++;
            return false;
        });
        return n[0];
    }

    private record Hit(LeafReader leaf, int doc) {
    }

    private Hit firstLiveDoc(String field, String value) {
        Hit[] first = {null};
        eachLiveDoc(field, value, (leaf, doc) -> {
            first[0] = new Hit(leaf, doc);
            return true;
        });
        return first[0];
    }

    /** Sees a live document holding the term; returns true to stop there. */
    private interface LiveDocVisitor {
        boolean visit(LeafReader leaf, int doc);
    }

    /** Walks the postings of the term, live documents only, until the visitor stops. */
    private void eachLiveDoc(String field, String value, LiveDocVisitor visitor) {
        if (reader == null) return;
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
                    if ((live == null || live.get(d)) && visitor.visit(ctx.reader(), d)) return;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
    }
}
