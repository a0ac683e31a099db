package dev.parley.model;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
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
 * How a message's original bytes are stored. The first byte names the format, so the method can change without
 * breaking what was stored before:
 * <ul>
 * <li>0: the bytes as they are. The embedded index writes this: its stored fields are compressed in chunks of
 * neighbouring messages ({@link ParleyCodec}), which is smaller and cheaper than compressing each one.</li>
 * <li>2: Zstandard level 3 (zstd-jni, the reference C library), one message at a time, primed with
 * {@code raw-dictionary.txt} (what mail headers and patch mail have in common: Received chains, DKIM, list headers,
 * trailers, diff headers) as a raw-content dictionary. For stores that keep each message on its own (the
 * OpenSearch backend): 0.363 of the raw size on the 25,000-message slice in 1.1 CPU-s.</li>
 * <li>1: DEFLATE level 3 with the same dictionary: read only, as schema version 1 wrote it (0.364 in 2.1 CPU-s).</li>
 * </ul>
 */
public final class RawCodec {

    private static final byte AS_IS = 0;
    private static final byte DEFLATE_DICT_V1 = 1;
    private static final byte ZSTD_DICT = 2;
    private static final int ZSTD_LEVEL = 3;
    private static final byte[] DICTIONARY = loadDictionary();

    /**
     * The dictionary digested once for each direction; both are read-only and shared by all threads. Text without
     * zstd's dictionary magic number is taken as raw content.
     */
    private static final class Zstandard {
        static final ZstdDictCompress COMPRESS = new ZstdDictCompress(DICTIONARY, ZSTD_LEVEL);
        static final ZstdDictDecompress DECOMPRESS = new ZstdDictDecompress(DICTIONARY);
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

    /** Format 0: the bytes as they are, for a store that compresses them itself. */
    public static byte[] asIs(byte[] raw) {
        byte[] out = new byte[raw.length + 1];
        out[0] = AS_IS;
        System.arraycopy(raw, 0, out, 1, raw.length);
        return out;
    }

    /** Format 2: compressed on its own. */
    public static byte[] encode(byte[] raw) {
        try {
            byte[] out = new byte[1 + (int) Zstd.compressBound(raw.length)];
            out[0] = ZSTD_DICT;
            long n = Zstd.compressFastDict(out, 1, raw, 0, raw.length, Zstandard.COMPRESS);
            if (Zstd.isError(n)) throw new IllegalStateException("zstd could not compress a message: " + Zstd.getErrorName(n));
            return Arrays.copyOf(out, 1 + (int) n);
        } catch (LinkageError e) {
            throw new UncheckedIOException(nativeUnavailable(e));
        }
    }

    public static byte[] decode(byte[] stored, int offset, int length) throws IOException {
        if (length == 0) throw new IOException("unknown stored message format (empty)");
        return switch (stored[offset]) {
            case AS_IS -> Arrays.copyOfRange(stored, offset + 1, offset + length);
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
        } catch (LinkageError e) {
            throw nativeUnavailable(e);
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

    /**
     * The error for a JVM on which zstd-jni's native code does not load (a platform it has no build for, a temporary
     * folder that may not hold executables): the index cannot be read or written there, and the user should be told
     * so in one sentence rather than by a linkage error.
     */
    public static IOException nativeUnavailable(LinkageError e) {
        return new IOException("the Zstandard library (zstd-jni) could not load its native code on "
                + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                + ", so the index cannot be read or written here: " + e.getMessage(), e);
    }
}
