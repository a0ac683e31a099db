package dev.parley.mail;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CharsetsTest {

    @Test
    void labelsAsMailWritesThemNameTheirCharsetEveryTime() {
        for (int round = 0; round < 2; round++) { // the second round is answered from what the first looked up
            assertEquals(StandardCharsets.UTF_8, Charsets.lookup("\"UTF-8\""));
            assertEquals(Charsets.WINDOWS_1252, Charsets.lookup(" ISO-8859-1 "));
            assertEquals(Charsets.WINDOWS_1252, Charsets.lookup("us-ascii*en"));
            assertEquals(StandardCharsets.UTF_16LE, Charsets.lookup("utf-16le"));
            assertEquals(Charset.forName("GBK"), Charsets.lookup("gb2312"));
            assertNull(Charsets.lookup("y"), "a label no charset has");
            assertNull(Charsets.lookup("\"\""));
            assertNull(Charsets.lookup(null));
        }
    }

    @Test
    void moreDistinctLabelsThanAreRememberedStillAnswerRight() {
        // labels come from mail: a flood of made-up ones (more than the 1,024 remembered) must not change answers
        for (int i = 0; i < 1100; i++) assertNull(Charsets.lookup("x-made-up-" + i));
        assertEquals(StandardCharsets.UTF_8, Charsets.lookup("utf8"));
        assertEquals(Charset.forName("windows-1251"), Charsets.lookup("cp1251"));
        assertEquals(Charset.forName("ISO-8859-2"), Charsets.lookup("iso-8859-2"));
    }
}
