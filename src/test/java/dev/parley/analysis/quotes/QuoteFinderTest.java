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
        // an editor's ten: at most two per person of their replies, a share for the proposal's own text
        List<Quote> top = r.quotes().subList(0, 10);
        java.util.Map<String, Long> perPerson = top.stream().filter(q -> !q.proposal())
                .collect(java.util.stream.Collectors.groupingBy(Quote::authorId, java.util.stream.Collectors.counting()));
        assertTrue(perPerson.values().stream().allMatch(n -> n <= 2), perPerson.toString());
        assertTrue(top.stream().filter(Quote::proposal).count() <= EditorsOrder.PROPOSAL_SHARE, top.toString());
        // every side with a position is heard
        for (Stance side : List.of(Stance.FOR, Stance.AGAINST)) {
            assertTrue(top.stream().anyMatch(q -> q.stance() == side), side + " in " + top);
        }
        // past the first ten, and inside it after the key claim, best first
        for (int i = 2; i < 10; i++) assertTrue(top.get(i - 1).score() >= top.get(i).score(), top.toString());
    }

    @Test
    void theRootsKeyClaimIsAmongTheFirstThreeQuotesOfTheThread() {
        // the sample mirrors the Lustre removal, whose root's "This dual-tree development model has never worked, and
        // the state of this codebase is proof of that." is what the press quoted first
        List<Quote> first = sample().quotes().subList(0, 3);
        assertTrue(first.stream().anyMatch(q -> q.sentence().equals(PRESS_QUOTE) && q.proposal()), first.toString());
    }

    @Test
    void aSentenceThatPointsBackRanksBelowTheSameSentenceStandingAloneAndContextHelps() {
        Quotability q = new Quotability(java.util.Map.of(), new dev.parley.analysis.tone.LexiconToneScorer());
        String alone = "Keeping the driver in staging has never helped its users at all.";
        String pointing = "This has never helped its users at all, and it never will.";
        assertTrue(score(q, alone, false) > score(q, pointing, false));
        assertTrue(score(q, pointing, true) > score(q, pointing, false), "the sentence before, offered as context, helps");
        String hedged = "Maybe keeping the driver in staging is not helping its users much.";
        assertTrue(score(q, alone, false) > score(q, hedged, false));
    }

    @Test
    void aShortSharpLineOutranksALongArgumentAndACourtesyRanksLow() {
        Quotability q = new Quotability(java.util.Map.of(), new dev.parley.analysis.tone.LexiconToneScorer());
        String sharp = "Did you actually look at the thing instead of blindly applying some pile of crap?";
        String long_ = "I have been thinking about the consequences of this change for the users of the older "
                + "interface, and while I understand the motivation I would like to see some numbers on how many "
                + "of them still depend on it before we decide anything either way.";
        String courtesy = "Thanks for looking into this.";
        assertTrue(score(q, sharp, false) > score(q, long_, false));
        assertTrue(score(q, courtesy, false) < 0.5, "a courtesy: " + score(q, courtesy, false));
        assertTrue(q.sharpness(sharp, dev.parley.analysis.text.Words.of(sharp)) >= QuoteFinder.SHARP);
        assertTrue(q.sharpness(courtesy, dev.parley.analysis.text.Words.of(courtesy)) < 0.2);
    }

    @Test
    void howThePatchTravelsRanksBelowWhatItClaims() {
        // both from the sample's proposal: where the commit lives is logistics, the verdict on the tree is the story
        Quotability q = new Quotability(java.util.Map.of(), new dev.parley.analysis.tone.LexiconToneScorer());
        double claim = score(q, "The TODO file today is longer than the one that was merged.", false);
        double where = score(q, "The complete commit is in the wavefs-delete branch of staging.git.", false);
        double trimmed = score(q, "The full patch is far too big for the list, so the diff below is trimmed.", false);
        assertTrue(where < claim - 0.1, where + " vs " + claim);
        assertTrue(trimmed < claim - 0.1, trimmed + " vs " + claim);
        List<String> reasons = q.score("The complete commit is in the wavefs-delete branch of staging.git.",
                new Quotability.Signals(java.util.Set.of(), false, 0, "", true, true, false, 0, 0, false, false)).reasons();
        assertTrue(reasons.contains("how the patch travels"), reasons.toString());
    }

    private static double score(Quotability q, String sentence, boolean context) {
        return q.score(sentence, new Quotability.Signals(TopicTerms.of(sentence), context, 0, "", false, false, false, 0, 0, false, false)).value();
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

    @Test
    void theCeilingOfATopTenKeepsTheEditorsRules() {
        ThreadReading r = sample();
        List<Quote> all = r.quotes();
        // each quote its own target: any ten hold ten
        assertEquals(10, EditorsOrder.ceiling(all, r.debate(), q -> java.util.Set.of(all.indexOf(q))));
        // one person's replies: two at most, however many there are
        Quote reply = all.stream().filter(q -> !q.proposal()).findFirst().orElseThrow();
        long theirs = all.stream().filter(q -> !q.proposal() && q.authorId().equals(reply.authorId())).count();
        assertTrue(theirs > 2, "the sample has a talkative replier: " + theirs);
        assertEquals(2, EditorsOrder.ceiling(all, r.debate(),
                q -> !q.proposal() && q.authorId().equals(reply.authorId()) ? java.util.Set.of(all.indexOf(q)) : java.util.Set.of()));
        // the proposal's own text: six at most
        long proposal = all.stream().filter(Quote::proposal).count();
        assertEquals(Math.min(EditorsOrder.PROPOSAL_SHARE, proposal), EditorsOrder.ceiling(all, r.debate(),
                q -> q.proposal() ? java.util.Set.of(all.indexOf(q)) : java.util.Set.of()));
        // one quote hitting three targets counts three
        assertEquals(3, EditorsOrder.ceiling(all, r.debate(), q -> q == reply ? java.util.Set.of(1, 2, 3) : java.util.Set.of()));
    }

    private static ParsedMessage parse(Mail m) throws Exception {
        return MessageParser.parse(new RawMessage(m.bytes(), "test", 0, null));
    }
}
