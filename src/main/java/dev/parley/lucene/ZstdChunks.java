package dev.parley.lucene;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import dev.parley.model.RawCodec;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Stored-fields chunks compressed whole with Zstandard level 3 (zstd-jni). Each chunk is written as its compressed
 * length (a VInt) and one zstd frame; reading any document of a chunk decompresses the chunk (80 KB: about 60 µs).
 * Lucene's own fast mode (LZ4) has no shortcut for data it cannot compress and scanned every byte of the already
 * compressed raw messages: 5% of an import's CPU. Elasticsearch stores its fields with zstd for the same reasons.
 */
final class ZstdChunks extends CompressionMode {

    static final ZstdChunks MODE = new ZstdChunks();

    /** Level 3 keeps 0.275 of the slice's raw messages for 0.58 CPU-s, level 1 0.287 for 0.43; reading is as fast. */
    private static final int LEVEL = 3;

    private ZstdChunks() {
    }

    @Override
    public Compressor newCompressor() {
        return new Compressor() {
            private byte[] in = new byte[0];
            private byte[] out = new byte[0];

            @Override
            public void compress(ByteBuffersDataInput buffers, DataOutput output) throws IOException {
                int length = Math.toIntExact(buffers.length());
                in = ArrayUtil.growNoCopy(in, length);
                buffers.readBytes(in, 0, length);
                long n;
                try {
                    out = ArrayUtil.growNoCopy(out, (int) Zstd.compressBound(length));
                    n = Zstd.compressByteArray(out, 0, out.length, in, 0, length, LEVEL);
                } catch (LinkageError e) {
                    throw RawCodec.nativeUnavailable(e);
                }
                if (Zstd.isError(n)) throw new IOException("zstd could not compress stored fields: " + Zstd.getErrorName(n));
                output.writeVInt((int) n);
                output.writeBytes(out, 0, (int) n);
            }

            @Override
            public void close() {
            }
        };
    }

    /** zstd's worst case for this many bytes (ZSTD_COMPRESSBOUND), with room to spare. */
    static long maxCompressed(int originalLength) {
        return originalLength + (originalLength >>> 7) + 1024;
    }

    @Override
    public Decompressor newDecompressor() {
        return new ChunkDecompressor();
    }

    /**
     * Decompression contexts (zstd's working memory, ~100 KB of native memory each), kept for reuse: without one, zstd
     * makes and frees a context for every chunk. A decompressor is made for every reader of stored fields and has no
     * end to free one at, so the contexts are shared: one per thread decompressing at the same moment, at most.
     */
    private static final ConcurrentLinkedQueue<ZstdDecompressCtx> CONTEXTS = new ConcurrentLinkedQueue<>();

    private static final class ChunkDecompressor extends Decompressor {
        private byte[] compressed = new byte[0];
        /**
         * The last chunk decompressed and where it was read. A reader decompresses a chunk for each document it
         * loads, and documents of one chunk are often asked for one after the other (the messages of a thread).
         */
        private byte[] chunk = new byte[0];
        private DataInput chunkSource;
        private long chunkPointer = -1;
        private int chunkLength = -1;

        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
            long pointer = in instanceof IndexInput file ? file.getFilePointer() : -1;
            int size = in.readVInt();
            // Lucene verifies no checksum on an ordinary read: a damaged length must not make us allocate gigabytes
            if (size < 0 || size > maxCompressed(originalLength)) {
                throw new CorruptIndexException("stored fields chunk claims " + size + " compressed bytes for "
                        + originalLength, in);
            }
            if (pointer >= 0 && in == chunkSource && pointer == chunkPointer && originalLength == chunkLength) {
                in.skipBytes(size);
            } else {
                chunkSource = null;
                compressed = ArrayUtil.growNoCopy(compressed, size);
                in.readBytes(compressed, 0, size);
                chunk = ArrayUtil.growNoCopy(chunk, originalLength);
                decompress(compressed, size, chunk, originalLength, in);
                if (pointer >= 0) {
                    chunkSource = in;
                    chunkPointer = pointer;
                    chunkLength = originalLength;
                }
            }
            // only the document's bytes are handed out: the reader gives each document a new BytesRef, and growing
            // it to the whole chunk (80 KB, zeroed) cost as much as decompressing
            bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
            System.arraycopy(chunk, offset, bytes.bytes, 0, length);
            bytes.offset = 0;
            bytes.length = length;
        }

        private static void decompress(byte[] from, int size, byte[] to, int originalLength, DataInput in) throws IOException {
            ZstdDecompressCtx context = null;
            try {
                context = CONTEXTS.poll();
                if (context == null) context = new ZstdDecompressCtx();
                int n = context.decompressByteArray(to, 0, originalLength, from, 0, size);
                if (n != originalLength) {
                    throw new CorruptIndexException("stored fields chunk of " + n + " bytes instead of " + originalLength, in);
                }
            } catch (ZstdException e) {
                throw new CorruptIndexException("stored fields chunk: " + e.getMessage(), in, e);
            } catch (LinkageError e) {
                throw RawCodec.nativeUnavailable(e);
            } finally {
                if (context != null) CONTEXTS.add(context);
            }
        }

        @Override
        public Decompressor clone() {
            return new ChunkDecompressor();
        }
    }
}
