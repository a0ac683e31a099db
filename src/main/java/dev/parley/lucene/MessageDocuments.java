package dev.parley.lucene;

import dev.parley.ingest.MessageFields;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.Field;
import dev.parley.model.FieldValue;
import dev.parley.model.RawCodec;
import dev.parley.model.StoredMessage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.parley.model.Field.Flag.INDEXED;
import static dev.parley.model.Field.Flag.NORMS;
import static dev.parley.model.Field.Flag.POSITIONS;
import static dev.parley.model.Field.Flag.SORTED;
import static dev.parley.model.Field.Flag.STORED;

/**
 * Builds the Lucene document of one message from {@link MessageFields}, each value indexed and stored as its row of
 * the schema ({@link Field}) says.
 */
final class MessageDocuments {

    /** How each text field is indexed (its flags as Lucene's field type), and the same unstored for empty values. */
    private static final Map<Field, FieldType> TEXT_TYPES = new EnumMap<>(Field.class);
    private static final Map<Field, FieldType> EMPTY_TEXT_TYPES = new EnumMap<>(Field.class);

    static {
        for (Field f : Field.values()) {
            if (f.type() != Field.Type.TEXT) continue;
            TEXT_TYPES.put(f, textType(f, f.has(STORED)));
            EMPTY_TEXT_TYPES.put(f, textType(f, false));
        }
    }

    private MessageDocuments() {
    }

    private static FieldType textType(Field f, boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(f.has(POSITIONS) ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS : IndexOptions.DOCS_AND_FREQS);
        t.setOmitNorms(!f.has(NORMS));
        t.freeze();
        return t;
    }

    public static Document build(ParsedMessage m, String threadId, List<FieldValue> enriched) {
        LuceneSink sink = new LuceneSink(new Document());
        MessageFields.write(m, threadId, enriched, sink);
        return sink.withEveryNormedField();
    }

    /** The document of a stored message again (after a thread merge), keeping its tone and removed flag. */
    public static Document rebuild(StoredMessage m, String threadId) {
        LuceneSink sink = new LuceneSink(new Document());
        MessageFields.writeStored(m, threadId, sink);
        return sink.withEveryNormedField();
    }

    /** Flags a message's document as removed from its archive (see {@link Field#REMOVED}). */
    public static void markRemoved(Document d) {
        new LuceneSink(d).add(Field.REMOVED, "1");
    }

    /** The document key: the content key, which already covers the Message-ID. */
    public static String uid(ParsedMessage m) {
        return MessageFields.uid(m);
    }

    private static final class LuceneSink implements MessageFields.Sink {
        private final Document d;
        private final Set<Field> texts = EnumSet.noneOf(Field.class);

        LuceneSink(Document d) {
            this.d = d;
        }

        /**
         * The document with an empty value for each normed text field it lacks. An empty value indexes no term but
         * gives the field a norm, so every field's norms stay dense. Sparse norms (fewer than 4,096 documents of a
         * segment's 65,536-document block, as the diff fields of most segments are) are read back at every flush
         * by scanning from the block's start for every term: on the 25,000-message slice that scan was 12% of an
         * import's CPU. Scoring is unchanged (a field's document count and lengths come from its terms).
         */
        Document withEveryNormedField() {
            for (Field f : Field.normed()) {
                if (!texts.contains(f)) d.add(new org.apache.lucene.document.Field(f.id(), "", EMPTY_TEXT_TYPES.get(f)));
            }
            return d;
        }

        @Override
        public void add(Field f, Object value) {
            String id = f.id();
            switch (f.type()) {
                case KEYWORD -> {
                    String s = (String) value;
                    if (f.has(INDEXED)) d.add(new StringField(id, s, f.has(STORED) ? StringField.Store.YES : StringField.Store.NO));
                    else if (f.has(STORED)) d.add(new StoredField(id, s));
                    if (f.has(SORTED)) d.add(new SortedDocValuesField(id, new BytesRef(s)));
                }
                case TEXT -> {
                    texts.add(f);
                    d.add(new org.apache.lucene.document.Field(id, (String) value, TEXT_TYPES.get(f)));
                }
                case INTEGER -> {
                    int i = (Integer) value;
                    if (f.has(INDEXED)) d.add(new IntPoint(id, i));
                    if (f.has(SORTED)) d.add(new NumericDocValuesField(id, i));
                    if (f.has(STORED)) d.add(new StoredField(id, i));
                }
                case DATE -> {
                    long millis = (Long) value;
                    if (f.has(INDEXED)) d.add(new LongPoint(id, millis));
                    if (f.has(SORTED)) d.add(new NumericDocValuesField(id, millis));
                    if (f.has(STORED)) d.add(new StoredField(id, millis));
                }
                case DOUBLE -> {
                    double x = (Double) value;
                    if (f.has(INDEXED)) d.add(new DoublePoint(id, x));
                    if (f.has(STORED)) d.add(new StoredField(id, x));
                }
                case BINARY -> d.add(new StoredField(id, RawCodec.asIs((byte[]) value))); // ParleyCodec compresses it
            }
        }
    }
}
