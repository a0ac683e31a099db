package dev.parley.lucene;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * The codec Parley writes: Lucene's default, except stored fields, whose chunks (80 KB or 1,024 documents, as in
 * Lucene's fast mode) are compressed whole by {@link ZstdChunks}. The raw messages, most of what is stored, go in
 * as they are and are compressed together with their neighbours: on the 25,000-message slice 0.28 of their size in
 * 0.4 CPU-s, where compressing each message on its own with a dictionary kept 0.36 in 1.1 CPU-s, and Lucene's LZ4
 * then spent 0.7 CPU-s failing to shrink the result (bench/README.md).
 *
 * <p>Found by name through {@code META-INF/services}: every segment records its codec's name, and the name and the
 * format must stay readable for as long as indexes written with them may exist. Segments written by plain Lucene
 * codecs (Parley's schema version 1) stay readable through their own codec.
 */
public final class ParleyCodec extends FilterCodec {

    public static final String NAME = "Parley104";

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "ParleyStoredFieldsZstd", ZstdChunks.MODE, 80 * 1024, 1024, 10);

    public ParleyCodec() {
        super(NAME, new Lucene104Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
