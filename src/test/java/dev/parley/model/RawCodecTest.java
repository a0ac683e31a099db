package dev.parley.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RawCodecTest {

    private static final byte[] MAIL = ("""
            From: Ada Example <ada@example.org>\r
            To: driverdev-devel@driverdev.example.org\r
            Subject: [PATCH v2 3/7] staging: wavefs: drop the unused lock\r
            Message-ID: <20180604081233.21877-4-ada@example.org>\r
            Content-Type: text/plain; charset="iso-8859-1"\r
            \r
            The lock was last taken in 2016. Gr\u00fc\u00dfe.\r
            \r
            Signed-off-by: Ada Example <ada@example.org>\r
            ---\r
            diff --git a/drivers/staging/wavefs/super.c b/drivers/staging/wavefs/super.c\r
            --- a/drivers/staging/wavefs/super.c\r
            +++ b/drivers/staging/wavefs/super.c\r
            @@ -10,7 +10,6 @@ static int wavefs_fill_super(struct super_block *sb)\r
            -\tspin_lock(&sbi->lock);\r
            """).getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void messagesComeBackByteForByteAndSmaller() throws IOException {
        byte[] stored = RawCodec.encode(MAIL);
        assertEquals(2, stored[0], "format 2: zstd with the dictionary");
        assertTrue(stored.length < MAIL.length * 0.8, stored.length + " of " + MAIL.length);
        assertArrayEquals(MAIL, RawCodec.decode(stored, 0, stored.length));

        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        byte[] empty = {};
        for (byte[] raw : new byte[][]{noise, empty}) {
            byte[] s = RawCodec.encode(raw);
            assertArrayEquals(raw, RawCodec.decode(s, 0, s.length));
        }
    }

    @Test
    void theEmbeddedIndexStoresTheBytesAsTheyAre() throws IOException {
        byte[] stored = RawCodec.asIs(MAIL);
        assertEquals(0, stored[0], "format 0: its stored fields compress them");
        assertEquals(MAIL.length + 1, stored.length);
        assertArrayEquals(MAIL, RawCodec.decode(stored, 0, stored.length));
    }

    @Test
    void decodesFromTheMiddleOfABuffer() throws IOException {
        // stored fields hand out a slice of a larger buffer
        for (byte[] stored : new byte[][]{RawCodec.encode(MAIL), RawCodec.asIs(MAIL)}) {
            byte[] padded = new byte[stored.length + 20];
            System.arraycopy(stored, 0, padded, 7, stored.length);
            assertArrayEquals(MAIL, RawCodec.decode(padded, 7, stored.length));
        }
    }

    @Test
    void readsWhatSchemaVersionOneWrote() throws IOException {
        // format 1, as indexes of schema version 1 hold it: raw DEFLATE level 3 primed with the same dictionary
        Deflater d = new Deflater(3, true);
        d.setDictionary(dictionary());
        d.setInput(MAIL);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        byte[] buf = new byte[4096];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        byte[] stored = out.toByteArray();
        assertArrayEquals(MAIL, RawCodec.decode(stored, 0, stored.length));
    }

    @Test
    void damagedValuesAreClearErrors() {
        byte[] stored = RawCodec.encode(MAIL);
        byte[] truncated = Arrays.copyOf(stored, stored.length - 10);
        IOException e = assertThrows(IOException.class, () -> RawCodec.decode(truncated, 0, truncated.length));
        assertTrue(e.getMessage().startsWith("stored message is"), e.getMessage());

        byte[] unknown = stored.clone();
        unknown[0] = 9;
        e = assertThrows(IOException.class, () -> RawCodec.decode(unknown, 0, unknown.length));
        assertEquals("unknown stored message format 9", e.getMessage());

        // a frame header that claims a terabyte: refused before anything is allocated
        byte[] huge = {2, 0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, (byte) 0xE0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0};
        e = assertThrows(IOException.class, () -> RawCodec.decode(huge, 0, huge.length));
        assertEquals("stored message is corrupt: it claims 1099511627776 bytes", e.getMessage());

        assertThrows(IOException.class, () -> RawCodec.decode(new byte[0], 0, 0));
    }

    private static byte[] dictionary() throws IOException {
        try (InputStream in = RawCodec.class.getResourceAsStream("raw-dictionary.txt")) {
            return in.readAllBytes();
        }
    }
}
