package dev.parley.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every date form of d:/rt:, counted from a fixed "now" (Sunday 2020-03-15 12:00 UTC). */
class LoreDatesTest {

    static final Instant NOW = Instant.parse("2020-03-15T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // one day, in every spelling: the whole UTC day
            "20180601,             2018-06-01T00:00:00Z, 2018-06-02T00:00:00Z",
            "2018-06-01,           2018-06-01T00:00:00Z, 2018-06-02T00:00:00Z",
            "2018/6/1,             2018-06-01T00:00:00Z, 2018-06-02T00:00:00Z",
            "2018.06.01,           2018-06-01T00:00:00Z, 2018-06-02T00:00:00Z",
            "2018-06,              2018-06-01T00:00:00Z, 2018-07-01T00:00:00Z",
            "2018,                 2018-01-01T00:00:00Z, 2019-01-01T00:00:00Z",
            "2018..2019-02,        2018-01-01T00:00:00Z, 2019-03-01T00:00:00Z",
            // ranges: an end date names the whole day
            "20200101..20200131,   2020-01-01T00:00:00Z, 2020-02-01T00:00:00Z",
            "20180601..20180610,   2018-06-01T00:00:00Z, 2018-06-11T00:00:00Z",
            "2018-06-01..,         2018-06-01T00:00:00Z, -",
            "..2018-06-10,         -,                    2018-06-11T00:00:00Z",
            // relative days, as lore's d: takes them (whole UTC days)
            "today,                2020-03-15T00:00:00Z, 2020-03-16T00:00:00Z",
            "now..,                2020-03-15T00:00:00Z, -",
            "yesterday,            2020-03-14T00:00:00Z, 2020-03-15T00:00:00Z",
            "yesterday..,          2020-03-14T00:00:00Z, -",
            "2.weeks.ago..,        2020-03-01T00:00:00Z, -",
            "1.week.ago..,         2020-03-08T00:00:00Z, -",
            "3.days.ago..yesterday,2020-03-12T00:00:00Z, 2020-03-15T00:00:00Z",
            "last.month..,         2020-02-15T00:00:00Z, -",
            "last.year..,          2019-03-15T00:00:00Z, -",
            "2.months.ago..last.week, 2020-01-15T00:00:00Z, 2020-03-09T00:00:00Z",
            "36.hours.ago..,       2020-03-14T00:00:00Z, -",
            "..10.minutes.ago,     -,                    2020-03-16T00:00:00Z",
            // exact times
            "20180601143000..,     2018-06-01T14:30:00Z, -",
            "..20180601143000,     -,                    2018-06-01T14:30:01Z",
            "2018-06-01T14:30Z..,  2018-06-01T14:30:00Z, -",
            "2018-06-01T14:30:00+02:00.., 2018-06-01T12:30:00Z, -",
            "2018-06-01T14:30..,   2018-06-01T14:30:00Z, -",
            "1527863400..,         2018-06-01T14:30:00Z, -",
            "20180601143000,       2018-06-01T14:30:00Z, 2018-06-02T14:30:00Z",
    })
    void datesAndRanges(String value, String from, String until) throws LoreDates.BadDate {
        LoreDates.Span s = LoreDates.parse(value, NOW);
        assertEquals(from == null ? null : Instant.parse(from), s.from(), "from");
        assertEquals(until == null ? null : Instant.parse(until), s.until(), "until");
    }
}
