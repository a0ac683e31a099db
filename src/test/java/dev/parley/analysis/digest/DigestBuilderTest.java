package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.debate.ToneTimeline;
import dev.parley.analysis.tone.Tone;
import dev.parley.identity.Mailmap;
import dev.parley.testing.DebateFixture;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestBuilderTest {

    private static Digest fixture() {
        return DigestBuilder.build(ThreadReading.read("t", DebateFixture.parsed(), Mailmap.EMPTY));
    }

    @Test
    void theFixtureDebateHasItsPositionsTurningPointsAndOpenQuestion() {
        Digest d = fixture();
        assertEquals("frob: remove the <legacy> & \"old\" frob interface", d.title());
        assertEquals(List.of("devel.lists.example.org"), d.lists());
        assertEquals(5, d.messages());
        assertEquals(4, d.participants());
        assertEquals(DebateFixture.ROOT, d.proposal().messageId());
        assertEquals("Ann Author", d.proposal().author());
        assertTrue(d.proposal().summary().startsWith("The legacy frob interface has been broken for years"));

        Digest.Side pro = d.sides().get(0), con = d.sides().get(1);
        assertEquals(Stance.FOR, pro.stance());
        assertTrue(pro.people().containsAll(List.of("Ann Author", "Carol Reviewer")), pro.people().toString());
        assertEquals(List.of("Bob Keeper"), con.people());
        assertNotNull(pro.strongest());
        assertEquals("Bob Keeper", con.strongest().author());
        assertTrue(pro.quotes().stream().map(q -> q.authorId()).distinct().count() == pro.quotes().size(), "one per person");

        List<Digest.TurningPoint.Kind> kinds = d.turningPoints().stream().map(Digest.TurningPoint::kind).toList();
        assertTrue(kinds.contains(Digest.TurningPoint.Kind.NAK), d.turningPoints().toString());
        Digest.TurningPoint concession = d.turningPoints().stream()
                .filter(t -> t.kind() == Digest.TurningPoint.Kind.CONCESSION).findFirst().orElseThrow();
        assertEquals("Bob Keeper", concession.author());
        assertEquals("Carol Reviewer", concession.to());
        assertTrue(concession.text().startsWith("Fair enough"), concession.text());
        for (int i = 1; i < d.turningPoints().size(); i++) {
            assertFalse(d.turningPoints().get(i).date().isBefore(d.turningPoints().get(i - 1).date()), "oldest first");
        }

        assertEquals(1, d.openQuestions().size(), d.openQuestions().toString());
        assertEquals(DebateFixture.QUESTION, d.openQuestions().get(0).text());
        assertEquals("Dave Asker", d.openQuestions().get(0).author());

        assertEquals(List.of(LocalDate.of(2018, 6, 4), LocalDate.of(2018, 6, 5), LocalDate.of(2018, 6, 6)),
                d.timeline().stream().map(Digest.Period::from).toList());
        assertEquals(5, d.timeline().stream().mapToInt(Digest.Period::messages).sum());
    }

    @Test
    void anAnsweredQuestionIsNotOpen() {
        var mails = new ArrayList<>(DebateFixture.parsed());
        var answer = dev.parley.testing.Mail.message("frob-a@example.org").from("Ann Author <ann@example.org>")
                .subject("Re: x").replyTo(DebateFixture.ROOT, "frob-q@example.org").date("Wed, 6 Jun 2018 10:00:00 +0000")
                .body("I will update the frob tools myself, the patches are ready.\n");
        try {
            mails.add(dev.parley.mail.MessageParser.parse(new dev.parley.mail.RawMessage(answer.bytes(), "t", 0, null)));
        } catch (dev.parley.mail.MailParseException e) {
            throw new AssertionError(e);
        }
        Digest d = DigestBuilder.build(ThreadReading.read("t", mails, Mailmap.EMPTY));
        assertTrue(d.openQuestions().stream().noneMatch(q -> q.text().equals(DebateFixture.QUESTION)), d.openQuestions().toString());
    }

    @Test
    void theSampleDebateDigestHasTheReferenceQuoteAndTheNak() {
        ThreadReading r = ThreadReading.read("wavefs", Samples.parsed(Samples.WAVEFS), Mailmap.EMPTY);
        Digest d = DigestBuilder.build(r);
        assertEquals("staging: wavefs: delete the filesystem from the tree.", d.title());
        assertEquals(17, d.messages());
        assertEquals(1, d.robots());
        // the side for opens with the proposer's key claim, the thread's first quote
        assertEquals(r.quotes().get(0), d.sides().get(0).strongest());
        assertTrue(d.sides().get(0).strongest().proposal());
        assertTrue(d.turningPoints().stream().anyMatch(t -> t.kind() == Digest.TurningPoint.Kind.NAK
                && t.author().equals("Neil Bramble")), d.turningPoints().toString());
        assertTrue(d.turningPoints().stream().anyMatch(t -> t.kind() == Digest.TurningPoint.Kind.COUNTER_PROPOSAL
                && t.author().equals("Anders Dahlgren")), d.turningPoints().toString());
        assertEquals(List.of("Priya Raman"), d.neutral());
        // what became of it, and the sharpest line said to the other side
        assertEquals(dev.parley.analysis.debate.Outcome.Status.APPLIED, d.outcome().status());
        assertEquals("Helena Voss", d.sharpest().quote().author());
        assertEquals("Anders Dahlgren", d.sharpest().to());
        assertTrue(d.sharpest().quote().text().contains("stop wasting everyone's time"), d.sharpest().toString());
        // an opponent's strongest quote states why they object, not a concession
        assertTrue(d.sides().get(1).strongest().text().startsWith("I'd rather keep it in staging"), d.sides().get(1).toString());
    }

    @Test
    void aLongThreadsTimelineCountsWeeks() {
        List<ToneTimeline.Day> days = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 1, 6); // a Monday
        for (int i = 0; i < 30; i++) {
            days.add(new ToneTimeline.Day(start.plusDays(i), 2, 0, i == 10 ? Tone.Label.HEATED : Tone.Label.NEUTRAL, i == 10 ? 1 : 0,
                    i == 10 ? java.util.List.of("complete garbage") : java.util.List.of()));
        }
        List<Digest.Period> weeks = DigestBuilder.timeline(days);
        assertEquals(5, weeks.size());
        assertEquals(start, weeks.get(0).from());
        assertEquals(start.plusDays(6), weeks.get(0).to());
        assertEquals(14, weeks.get(0).messages());
        assertEquals(Tone.Label.HEATED, weeks.get(1).tone());
        assertEquals(List.of("complete garbage"), weeks.get(1).heatedEvidence(), "a week shows what made its days heated");
        assertEquals(Tone.Label.NEUTRAL, weeks.get(0).tone());
        assertEquals(60, weeks.stream().mapToInt(Digest.Period::messages).sum());
        assertEquals(3, DigestBuilder.timeline(days.subList(0, 3)).size(), "a short thread keeps its days");
    }
}
