package dev.parley.lucene;

import dev.parley.ingest.MessageFields;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.FieldValue;
import dev.parley.model.Fields;
import dev.parley.model.RawCodec;
import dev.parley.model.StoredMessage;
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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds the Lucene document of one message from {@link MessageFields}. */
public final class MessageDocuments {

    private MessageDocuments() {
    }

    public static Document build(ParsedMessage m, String threadId, List<FieldValue> enriched) {
        LuceneSink sink = new LuceneSink(new Document());
        MessageFields.write(m, threadId, enriched, sink);
        return sink.withEveryTextField();
    }

    /** The document of a stored message again (after a thread merge), keeping its tone and removed flag. */
    public static Document rebuild(StoredMessage m, String threadId) {
        LuceneSink sink = new LuceneSink(new Document());
        MessageFields.writeStored(m, threadId, sink);
        return sink.withEveryTextField();
    }

    /** Flags a message's document as removed from its archive (see {@link Fields#REMOVED}). */
    public static void markRemoved(Document d) {
        d.add(new StringField(Fields.REMOVED, "1", Field.Store.YES));
    }

    /** The document key: the content key, which already covers the Message-ID. */
    public static String uid(ParsedMessage m) {
        return MessageFields.uid(m);
    }

    private static final class LuceneSink implements MessageFields.Sink {
        private final Document d;
        private final Set<String> texts = new HashSet<>();

        LuceneSink(Document d) {
            this.d = d;
        }

        /**
         * The document with an empty value for each text field it lacks. An empty value indexes no term but gives
         * the field a norm, so every field's norms stay dense. Sparse norms (fewer than 4,096 documents of a
         * segment's 65,536-document block, as the diff fields of most segments are) are read back at every flush
         * by scanning from the block's start for every term: on the 25,000-message slice that scan was 12% of an
         * import's CPU. Scoring is unchanged (a field's document count and lengths come from its terms).
         */
        Document withEveryTextField() {
            for (String f : Fields.ANALYSED) {
                if (!texts.contains(f)) d.add(new TextField(f, "", Field.Store.NO));
            }
            return d;
        }

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
            texts.add(field);
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
            d.add(new StoredField(field, RawCodec.asIs(value))); // ParleyCodec compresses it
        }
    }
}
