package dev.parley.index;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictContentType;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdException;
import dev.parley.mail.MboxReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * How a message's original bytes are stored: compressed one message at a time, primed with a preset dictionary of
 * what mail headers and patch mail have in common (Received chains, DKIM, list headers, trailers, diff headers).
 * Per-message compression keeps reading one message cheap (a search hit decompresses its own few kilobytes, not a
 * block of its neighbours), and the dictionary wins back most of what compressing messages one by one loses.
 *
 * <p>The first byte names the format, so the method can change without breaking old indexes. Format 2, written
 * now, is Zstandard level 3 (zstd-jni, the reference C library) with {@code raw-dictionary.txt} as a raw-content
 * dictionary. Format 1, DEFLATE level 3 with the same dictionary, is still read: it was written until schema
 * version 1. On the 25,000-message slice both keep 0.363-0.364 of the raw size, but zstd compresses in 1.1 CPU-s
 * where DEFLATE took 2.1 (the largest single cost of an import after Lucene's inversion) and decompresses faster too
 * (bench/README.md).
 */
public final class RawCodec {

    private static final byte DEFLATE_DICT_V1 = 1;
    private static final byte ZSTD_DICT = 2;
    private static final int ZSTD_LEVEL = 3;
    private static final byte[] DICTIONARY = loadDictionary();

    /** The dictionary digested once for each direction; both are read-only and shared by all threads. */
    private static final class Zstandard {
        static final ZstdDictCompress COMPRESS = new ZstdDictCompress(DICTIONARY, 0, DICTIONARY.length, ZSTD_LEVEL,
                ZstdDictContentType.RAW_CONTENT);
        static final ZstdDictDecompress DECOMPRESS = new ZstdDictDecompress(DICTIONARY, 0, DICTIONARY.length,
                ZstdDictContentType.RAW_CONTENT);
    }

    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    private RawCodec() {
    }

    private static byte[] loadDictionary() {
        try (InputStream in = RawCodec.class.getResourceAsStream("raw-dictionary.txt")) {
            if (in == null) throw new IllegalStateException("raw-dictionary.txt is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encode(byte[] raw) {
        byte[] out = new byte[1 + (int) Zstd.compressBound(raw.length)];
        out[0] = ZSTD_DICT;
        long n = Zstd.compressFastDict(out, 1, raw, 0, raw.length, Zstandard.COMPRESS);
        if (Zstd.isError(n)) throw new IllegalStateException("zstd could not compress a message: " + Zstd.getErrorName(n));
        return Arrays.copyOf(out, 1 + (int) n);
    }

    public static byte[] decode(byte[] stored, int offset, int length) throws IOException {
        if (length == 0) throw new IOException("unknown stored message format (empty)");
        return switch (stored[offset]) {
            case ZSTD_DICT -> decodeZstd(stored, offset + 1, length - 1);
            case DEFLATE_DICT_V1 -> decodeDeflate(stored, offset + 1, length - 1);
            default -> throw new IOException("unknown stored message format " + stored[offset]);
        };
    }

    private static byte[] decodeZstd(byte[] stored, int offset, int length) throws IOException {
        try {
            // the frame header holds the original size; a damaged one must not make us allocate gigabytes
            long size = Zstd.getFrameContentSize(stored, offset, length);
            if (size < 0 || size > MboxReader.MAX_MESSAGE_BYTES) {
                throw new IOException("stored message is corrupt: "
                        + (size < 0 ? "its frame header is unreadable" : "it claims " + size + " bytes"));
            }
            byte[] raw = new byte[(int) size];
            long n = Zstd.decompressFastDict(raw, 0, stored, offset, length, Zstandard.DECOMPRESS);
            if (Zstd.isError(n)) throw new IOException("stored message is corrupt: " + Zstd.getErrorName(n));
            if (n != size) throw new IOException("stored message is truncated");
            return raw;
        } catch (ZstdException e) { // zstd-jni reports most damage this way
            throw new IOException("stored message is corrupt: " + e.getMessage(), e);
        }
    }

    private static byte[] decodeDeflate(byte[] stored, int offset, int length) throws IOException {
        Inflater inf = INFLATERS.get();
        inf.reset();
        inf.setDictionary(DICTIONARY); // raw DEFLATE: the dictionary is set before inflating, not on demand
        inf.setInput(stored, offset, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length * 3));
        byte[] buf = BUFFERS.get();
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && inf.needsInput()) throw new IOException("stored message is truncated");
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IOException("stored message is corrupt: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
