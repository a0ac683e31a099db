package dev.parley.analysis.quotes;

import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.digest.ThreadReading;
import dev.parley.identity.Mailmap;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.testing.Mail;
import dev.parley.testing.QuoteChecks;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ranking and attribution of quotes: the sample debate's reference case, copies, repeats, robots, stances. */
class QuoteFinderTest {

    private static final String ROOT = "20180604081233.21877-1-grant@kernel.example";
    private static final String PRESS_QUOTE = "Developing the same code in two trees at once has never worked, and the "
            + "sorry state of this driver is the proof of that.";

    private static ThreadReading sample() {
        return ThreadReading.read("wavefs", Samples.parsed(Samples.WAVEFS), Mailmap.EMPTY);
    }

    @Test
    void thePressQuoteRanksInTheProposersTopThree() {
        ThreadReading r = sample();
        List<Quote> grant = QuoteFinder.select(r.debate(), r.quotes(), "grant@kernel.example", null, 3);
        assertEquals(3, grant.size());
        assertTrue(grant.stream().anyMatch(q -> q.text().equals(PRESS_QUOTE)), grant.toString());
        Quote press = grant.stream().filter(q -> q.text().equals(PRESS_QUOTE)).findFirst().orElseThrow();
        assertEquals(ROOT, press.messageId());
        assertEquals("Grant Kessler", press.author());
        assertEquals(Stance.FOR, press.stance());
        assertEquals(7200, press.offsetSeconds());
        assertEquals("2018-06-04T08:12:33Z", press.date().toString());
        assertTrue(press.reasons().stream().anyMatch(x -> x.startsWith("decisive")), press.reasons().toString());
    }

    @Test
    void everySampleQuoteIsVerbatimOwnTextOfAPersonNotARobot() {
        ThreadReading r = sample();
        assertFalse(r.quotes().isEmpty());
        for (Quote q : r.quotes()) {
            ParsedMessage m = r.messages().stream().filter(p -> p.messageId().equals(q.messageId())).findFirst().orElseThrow();
            assertNull(QuoteChecks.problem(q, m), q.text());
            assertFalse(q.address().startsWith("lkp@"), "the build robot is not quoted: " + q.text());
        }
        // Neil quotes Helena's "Delete it." and answers it: only his answer is his
        assertTrue(r.quotes().stream().noneMatch(q -> q.author().equals("Neil Bramble") && q.text().contains("Delete it")));
        // stances come from the debate
        assertTrue(r.quotes().stream().filter(q -> q.author().equals("Anders Dahlgren")).allMatch(q -> q.stance() == Stance.AGAINST));
        // best first
        for (int i = 1; i < r.quotes().size(); i++) assertTrue(r.quotes().get(i - 1).score() >= r.quotes().get(i).score());
    }

    @Test
    void aSentenceThatPointsBackRanksBelowTheSameSentenceStandingAlone() {
        Quotability q = new Quotability(java.util.Map.of(), new dev.parley.analysis.tone.LexiconToneScorer());
        String alone = "Keeping the driver in staging has never helped its users at all.";
        String pointing = "This has never helped its users at all, and it never will.";
        assertTrue(q.score(alone, TopicTerms.of(alone), 0, "").value()
                > q.score(pointing, TopicTerms.of(pointing), 0, "").value());
        String hedged = "Maybe keeping the driver in staging is not helping its users much.";
        assertTrue(q.score(alone, TopicTerms.of(alone), 0, "").value()
                > q.score(hedged, TopicTerms.of(hedged), 0, "").value());
    }

    @Test
    void copiesAndRepeatsAreQuotedOnceInTheFirstSayersName() throws Exception {
        String root = "r1@example.org";
        List<ParsedMessage> thread = new ArrayList<>();
        thread.add(parse(Mail.message(root).from("Ann Author <ann@example.org>").subject("[PATCH] frob: remove the legacy frob interface")
                .body("""
                        The legacy frob interface has been broken for years and nobody has noticed, so remove it.

                        Signed-off-by: Ann Author <ann@example.org>
                        """)));
        thread.add(parse(Mail.message("r2@example.org").from("Bob Builder <bob@example.org>").replyTo(root)
                .date("Mon, 4 Jun 2018 12:00:00 +0200").subject("Re: [PATCH] frob: remove the legacy frob interface")
                .body("""
                        Ann said so on the other list already:

                        The legacy frob interface has been broken for years and nobody has noticed, so remove it.

                        My users still depend on the old ioctl path every single day at work.
                        My users still depend on the old ioctl path every single day, at work too.
                        """)));
        ThreadReading r = ThreadReading.read("t", thread, dev.parley.identity.Mailmap.EMPTY);
        List<Quote> copies = r.quotes().stream().filter(q -> q.text().startsWith("The legacy frob interface has been broken for years and")).toList();
        assertEquals(1, copies.size());
        assertEquals("Ann Author", copies.get(0).author());
        long bobs = r.quotes().stream().filter(q -> q.author().equals("Bob Builder")).count();
        assertEquals(1, bobs, "Bob's two near-identical sentences count once: " + r.quotes());
    }

    private static ParsedMessage parse(Mail m) throws Exception {
        return MessageParser.parse(new RawMessage(m.bytes(), "test", 0, null));
    }
}
