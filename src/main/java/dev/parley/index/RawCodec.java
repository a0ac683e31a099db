package dev.parley.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How a message's original bytes are stored: DEFLATE, per message, primed with a preset dictionary of what mail
 * headers and patch mail have in common (Received chains, DKIM, list headers, trailers, diff headers). Per-message
 * compression keeps reading one message cheap (a search hit decompresses its own few kilobytes, not a block of its
 * neighbours), and the dictionary wins back most of what compressing messages one by one loses: on the
 * 25,000-message slice, 0.36 of the raw size with the dictionary against 0.43 without (bench/README.md).
 * Level 3 rather than zlib's default 6: on that slice it compresses in 2.3 CPU-s instead of 3.7 for 0.364 of the
 * raw size instead of 0.344, and deflate is the largest single cost of an import after Lucene's inversion. The level
 * only changes the encoder: every level decodes the same way.
 *
 * <p>The first byte names the format, so the dictionary or the method can change later without breaking old
 * indexes: format 1 is DEFLATE with the dictionary {@code raw-dictionary.txt} as shipped in schema version 1.
 */
public final class RawCodec {

    private static final byte DEFLATE_DICT_V1 = 1;
    private static final int LEVEL = 3;
    private static final byte[] DICTIONARY = loadDictionary();
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));
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
        Deflater d = DEFLATERS.get();
        d.reset();
        d.setDictionary(DICTIONARY);
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        out.write(DEFLATE_DICT_V1);
        byte[] buf = BUFFERS.get();
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        return out.toByteArray();
    }

    public static byte[] decode(byte[] stored, int offset, int length) throws IOException {
        if (length == 0 || stored[offset] != DEFLATE_DICT_V1) {
            throw new IOException("unknown stored message format " + (length == 0 ? "(empty)" : Byte.toString(stored[offset])));
        }
        Inflater inf = INFLATERS.get();
        inf.reset();
        inf.setDictionary(DICTIONARY); // raw DEFLATE: the dictionary is set before inflating, not on demand
        inf.setInput(stored, offset + 1, length - 1);
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
