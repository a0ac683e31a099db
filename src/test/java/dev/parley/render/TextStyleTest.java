package dev.parley.render;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextStyleTest {

    @Test
    void countsAreGroupedByThousandsAsInEnglish() {
        assertEquals("0", TextStyle.count(0));
        assertEquals("999", TextStyle.count(999));
        assertEquals("1,000", TextStyle.count(1000));
        assertEquals("24,997", TextStyle.count(24_997));
        assertEquals("999,880", TextStyle.count(999_880));
        assertEquals("-1,156", TextStyle.count(-1156));
        long[] edges = {Long.MAX_VALUE, Long.MIN_VALUE, -1, -999, -1000, 100_000, 1_000_000};
        for (long n : edges) assertEquals(String.format(Locale.US, "%,d", n), TextStyle.count(n));
        Random r = new Random(42);
        for (int i = 0; i < 1000; i++) {
            long n = r.nextLong() >> r.nextInt(64);
            assertEquals(String.format(Locale.US, "%,d", n), TextStyle.count(n));
        }
    }
}
