package dev.parley.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MailDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mon, 4 Jun 2018 10:12:33 +0200|2018-06-04T08:12:33Z|7200",
            "Mon,  4 Jun 2018 10:12:33 +0200|2018-06-04T08:12:33Z|7200",
            "4 Jun 2018 10:12:33 -0700 (PDT)|2018-06-04T17:12:33Z|-25200",
            "Tue, 05 Jun 2018 09:48:16 +1000|2018-06-04T23:48:16Z|36000",
            "Mon, 4 Jun 18 10:12 GMT|2018-06-04T10:12:00Z|0",
            "Mon, 4 Jun 2018 10:12:33 EDT|2018-06-04T14:12:33Z|-14400",
            "Mon Jun  4 10:12:33 2018|2018-06-04T10:12:33Z|0",
            "Wed, 6 Jun 2018 07:20:03 +05:30|2018-06-06T01:50:03Z|19800",
            "2018-06-04T10:12:33+02:00|2018-06-04T08:12:33Z|7200",
    })
    void readsTheFormsSeenInArchives(String text, String utc, int offset) {
        MailDate d = MailDate.parse(text);
        assertEquals(Instant.parse(utc), d.instant());
        assertEquals(offset, d.offsetSeconds());
    }

    @ParameterizedTest
    @CsvSource({"not a date", "''", "Mon, 32 Foo 2018"})
    void unreadableDatesAreNull(String text) {
        assertNull(MailDate.parse(text));
    }
}
