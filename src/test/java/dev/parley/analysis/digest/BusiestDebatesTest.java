package dev.parley.analysis.digest;

import dev.parley.identity.Mailmap;
import dev.parley.query.LoreQuery;
import dev.parley.testing.DebateFixture;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BusiestDebatesTest {

    @TempDir
    Path tmp;

    @Test
    void theDebatesWithMostPeopleAndDisagreementComeFirst() throws Exception {
        try (TestArchive a = new TestArchive(tmp.resolve("idx"))) {
            a.importPaths(Samples.SAMPLES);
            a.importMbox("frob.mbox", DebateFixture.mbox());
            List<BusiestDebates.Ranked> all = BusiestDebates.find(a.archive, LoreQuery.parse("d:2018-06-01.."),
                    Instant.parse("2018-06-01T00:00:00Z"), 10, Mailmap.EMPTY);
            List<String> titles = all.stream().map(r -> r.digest().title()).toList();
            assertEquals("staging: wavefs: delete the filesystem from the tree.", titles.get(0), titles.toString());
            // the frob fixture (four people, one against two) outranks the one-sided patch review of the netdev sample
            assertEquals(true, titles.indexOf("frob: remove the <legacy> & \"old\" frob interface")
                    < titles.indexOf("net: fictional: add foo offload"), titles.toString());
            for (BusiestDebates.Ranked r : all) assertEquals(r.periodWriters() * (1 + r.disagreement()), r.score(), 1e-3);
            BusiestDebates.Ranked wavefs = all.get(0);
            assertEquals(6, wavefs.periodWriters(), "the robot does not count");
            assertEquals(17, wavefs.periodMessages());
            assertEquals(0.5, wavefs.disagreement());
            assertEquals(9.0, wavefs.score());
            for (int i = 1; i < all.size(); i++) assertEquals(true, all.get(i - 1).score() >= all.get(i).score());

            List<BusiestDebates.Ranked> frob = BusiestDebates.find(a.archive, LoreQuery.parse("s:frob"), null, 5, Mailmap.EMPTY);
            assertEquals(1, frob.size());
            assertEquals(DebateFixture.ROOT, frob.get(0).digest().proposal().messageId());

            // only the messages of the period count: after the fixture's second day, two remain, from two people
            BusiestDebates.Ranked late = BusiestDebates.find(a.archive, LoreQuery.parse("s:frob"),
                    Instant.parse("2018-06-05T10:00:00Z"), 1, Mailmap.EMPTY).get(0);
            assertEquals(2, late.periodMessages());
            assertEquals(2, late.periodWriters());
        }
    }

    @Test
    void disagreementIsTheSmallerSideOverTheLarger() {
        assertEquals(0, BusiestDebates.disagreement(5, 0, 0));
        assertEquals(1, BusiestDebates.disagreement(3, 3, 0));
        assertEquals(0.5, BusiestDebates.disagreement(4, 2, 0));
        assertEquals(0.75, BusiestDebates.disagreement(4, 2, 2));
        assertEquals(0.5, BusiestDebates.disagreement(0, 0, 2));
        assertEquals(0, BusiestDebates.disagreement(0, 0, 0));
    }
}
