package dev.parley.lucene;

import dev.parley.model.StoredMessage;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParleyCodecTest {

    @TempDir
    Path tmp;

    /** Values of every size around a chunk (80 KB): empty, small, several per chunk, larger than a chunk. */
    private static List<byte[]> values() {
        Random r = new Random(11);
        List<byte[]> out = new ArrayList<>();
        int[] sizes = {0, 1, 200, 7_000, 7_000, 7_000, 81_920, 300_000, 5, 40_000};
        for (int round = 0; round < 30; round++) {
            for (int size : sizes) {
                byte[] v = new byte[size];
                // half text-like (compressible), half noise
                if (round % 2 == 0) {
                    for (int i = 0; i < size; i++) v[i] = (byte) ("Signed-off-by: Ada <ada@example.org>\n".charAt((i + round) % 37));
                } else {
                    r.nextBytes(v);
                }
                out.add(v);
            }
        }
        return out;
    }

    private static void write(Directory dir, Codec codec, List<byte[]> values, int from) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig().setCodec(codec);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (int i = 0; i < values.size(); i++) {
                Document d = new Document();
                d.add(new StringField("n", Integer.toString(from + i), Field.Store.YES));
                d.add(new StoredField("v", new BytesRef(values.get(i))));
                w.addDocument(d);
            }
            w.commit();
        }
    }

    /** Every document's stored value, read in reverse order (each read lands in a chunk the last did not). */
    private static void assertAllStored(Directory dir, List<byte[]> expected) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            assertEquals(expected.size(), r.numDocs());
            StoredFields stored = r.storedFields();
            for (int doc = r.maxDoc() - 1; doc >= 0; doc--) {
                Document d = stored.document(doc);
                int n = Integer.parseInt(d.get("n"));
                BytesRef v = d.getBinaryValue("v");
                assertArrayEquals(expected.get(n), BytesRef.deepCopyOf(v).bytes, "document " + n);
            }
        }
    }

    @Test
    void storedValuesOfEverySizeComeBackExactly() throws IOException {
        List<byte[]> values = values();
        try (Directory dir = FSDirectory.open(tmp)) {
            write(dir, new ParleyCodec(), values, 0);
            assertAllStored(dir, values);
        }
    }

    @Test
    void documentsOfOneChunkReadOneAfterTheOtherComeBackExactly() throws IOException {
        // a reader keeps the chunk it last decompressed: forward order, each document twice, and two readers taking
        // turns must all see their own document's bytes
        List<byte[]> values = values();
        try (Directory dir = FSDirectory.open(tmp)) {
            write(dir, new ParleyCodec(), values, 0);
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                StoredFields one = r.storedFields(), other = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    for (StoredFields stored : List.of(one, one, other, one)) {
                        Document d = stored.document(doc);
                        int n = Integer.parseInt(d.get("n"));
                        assertEquals(doc, n);
                        assertArrayEquals(values.get(n), BytesRef.deepCopyOf(d.getBinaryValue("v")).bytes, "document " + n);
                    }
                }
            }
        }
    }

    @Test
    void segmentsOfLucenesOwnCodecStayReadableAndMergeIntoParleys() throws IOException {
        // schema version 1 wrote with Lucene's codec in its fast mode
        List<byte[]> values = values();
        List<byte[]> first = values.subList(0, 150), second = values.subList(150, values.size());
        try (Directory dir = FSDirectory.open(tmp)) {
            write(dir, new Lucene104Codec(Lucene104Codec.Mode.BEST_SPEED), first, 0);
            write(dir, new ParleyCodec(), second, first.size());
            assertEquals(List.of("Lucene104", ParleyCodec.NAME), codecs(dir));
            assertAllStored(dir, values);
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(new ParleyCodec()))) {
                w.forceMerge(1);
                w.commit();
            }
            assertEquals(List.of(ParleyCodec.NAME), codecs(dir));
            assertAllStored(dir, values);
        }
    }

    @Test
    void mergingAwayDeletedDocumentsRecompressesTheChunks() throws IOException {
        // with deletions a merge reads every chunk back and writes new ones (without, it copies them as they are)
        List<byte[]> values = values();
        try (Directory dir = FSDirectory.open(tmp)) {
            write(dir, new ParleyCodec(), values.subList(0, 150), 0);
            write(dir, new ParleyCodec(), values.subList(150, values.size()), 150);
            List<byte[]> kept = new ArrayList<>(values);
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(new ParleyCodec()))) {
                for (int n = 0; n < values.size(); n += 3) {
                    w.deleteDocuments(new Term("n", Integer.toString(n)));
                    kept.set(n, null);
                }
                w.addDocument(new Document()); // a document with no stored field at all
                w.forceMerge(1);
                w.commit();
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(1, r.leaves().size());
                assertEquals(0, r.leaves().get(0).reader().numDeletedDocs());
                StoredFields stored = r.storedFields();
                int seen = 0;
                for (int doc = r.maxDoc() - 1; doc >= 0; doc--) {
                    Document d = stored.document(doc);
                    if (d.get("n") == null) continue;
                    int n = Integer.parseInt(d.get("n"));
                    assertArrayEquals(kept.get(n), BytesRef.deepCopyOf(d.getBinaryValue("v")).bytes, "document " + n);
                    seen++;
                }
                assertEquals(kept.stream().filter(v -> v != null).count(), seen);
            }
        }
    }

    @Test
    void itWrapsTheCodecOfThisLuceneVersion() {
        // a Lucene upgrade with a new default codec needs a new Parley codec name that wraps it; the old name must
        // stay readable (with Lucene's backward codecs) for indexes written with it
        assertEquals("Lucene104", Codec.getDefault().getName());
    }

    @Test
    void aDamagedChunkLengthIsReportedAsCorruption() {
        for (int claimed : new int[]{-5, 1_500_000_000, Integer.MAX_VALUE - 100}) {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            try {
                out.writeVInt(claimed);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            ByteArrayDataInput in = new ByteArrayDataInput(out.toArrayCopy());
            CorruptIndexException e = assertThrows(CorruptIndexException.class,
                    () -> ZstdChunks.MODE.newDecompressor().decompress(in, 80 * 1024, 0, 100, new BytesRef()));
            assertTrue(e.getMessage().startsWith("stored fields chunk claims " + claimed + " compressed bytes"), e.getMessage());
        }
    }

    @Test
    void theCodecIsFoundByNameAndImportsWriteIt() throws IOException {
        assertInstanceOf(ParleyCodec.class, Codec.forName(ParleyCodec.NAME));
        Path index = tmp.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.WAVEFS);
            StoredMessage m = a.one("20180604081233.21877-1-grant@kernel.example");
            assertTrue(new String(m.raw(), StandardCharsets.UTF_8).contains("Subject:"), "the raw message reads back");
        }
        try (Directory dir = FSDirectory.open(index)) {
            List<String> names = codecs(dir);
            assertTrue(!names.isEmpty() && names.stream().allMatch(ParleyCodec.NAME::equals), names.toString());
        }
    }

    /** The codec name of each segment of the latest commit. */
    static List<String> codecs(Directory dir) throws IOException {
        List<String> names = new ArrayList<>();
        for (SegmentCommitInfo si : SegmentInfos.readLatestCommit(dir)) names.add(si.info.getCodec().getName());
        return names;
    }
}
