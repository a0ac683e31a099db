package dev.parley.index;

import dev.parley.analysis.tone.Tone;
import dev.parley.mail.ParsedMessage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene document of one message from {@link MessageFields}. */
public final class MessageDocuments {

    private MessageDocuments() {
    }

    public static Document build(ParsedMessage m, String threadId, Tone tone) {
        Document d = new Document();
        MessageFields.write(m, threadId, tone, new LuceneSink(d));
        return d;
    }

    /** The document of a stored message again (after a thread merge), keeping its tone and removed flag. */
    public static Document rebuild(StoredMessage m, String threadId) {
        Document d = new Document();
        MessageFields.writeStored(m, threadId, new LuceneSink(d));
        return d;
    }

    /** Flags a message's document as removed from its archive (see {@link Fields#REMOVED}). */
    public static void markRemoved(Document d) {
        d.add(new StringField(Fields.REMOVED, "1", Field.Store.YES));
    }

    /** The document key: the content hash, which already covers the Message-ID. */
    public static String uid(ParsedMessage m) {
        return MessageFields.uid(m);
    }

    private record LuceneSink(Document d) implements MessageFields.Sink {
        @Override
        public void keyword(String field, String value, boolean stored) {
            d.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        }

        @Override
        public void groupKey(String field, String value) {
            d.add(new StringField(field, value, Field.Store.YES));
            d.add(new SortedDocValuesField(field, new BytesRef(value)));
        }

        @Override
        public void text(String field, String value, boolean stored) {
            d.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        }

        @Override
        public void stored(String field, String value) {
            d.add(new StoredField(field, value));
        }

        @Override
        public void storedNumber(String field, Number value) {
            d.add(value instanceof Integer i ? new StoredField(field, i) : new StoredField(field, value.doubleValue()));
        }

        @Override
        public void integer(String field, int value) {
            d.add(new IntPoint(field, value));
            d.add(new StoredField(field, value));
        }

        @Override
        public void date(String field, long epochMillis) {
            d.add(new LongPoint(field, epochMillis));
            d.add(new NumericDocValuesField(field, epochMillis));
            d.add(new StoredField(field, epochMillis));
        }

        @Override
        public void bytes(String field, byte[] value) {
            d.add(new StoredField(field, RawCodec.encode(value)));
        }
    }
}
