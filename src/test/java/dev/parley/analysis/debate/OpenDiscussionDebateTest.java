package dev.parley.analysis.debate;

import dev.parley.analysis.stance.ProposalKind;
import dev.parley.identity.Mailmap;
import dev.parley.mail.MailParseException;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.testing.Mail;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A fictional open policy discussion (a summit topic, no patch): the root names a problem and a remedy. Sharing the
 * problem and building on it is support; sharing the problem but rejecting the remedy is mixed; denying the problem
 * is opposition; a question about the venue is a side matter; agreeing with a supporter supports.
 */
class OpenDiscussionDebateTest {

    private static final String ROOT = "20230301090000.1-ruth@kernel.example";
    private static final String SUBJECT = "[MAINTAINERS SUMMIT] Reviewer fatigue";
    private static int minute = 1;

    private static ParsedMessage mail(String id, String from, String body, String... chain) {
        Mail m = Mail.message(id).from(from).subject(chain.length == 0 ? SUBJECT : "Re: " + SUBJECT)
                .date(String.format(Locale.ROOT, "Wed, 1 Mar 2023 11:%02d:00 +0100", minute++)).body(body);
        if (chain.length > 0) m.replyTo(chain);
        try {
            return MessageParser.parse(new RawMessage(m.bytes(), "fixture", -1, null));
        } catch (MailParseException e) {
            throw new AssertionError(e);
        }
    }

    private static Debate debate() {
        List<ParsedMessage> thread = new ArrayList<>();
        thread.add(mail(ROOT, "Ruth Alder <ruth@kernel.example>", """
                Reviewers in most subsystems are tired.  The same five people review
                everything, and they are burning out.

                I propose that every series names its reviewers up front, so that the
                load is shared and nobody is left reviewing alone.
                """));
        thread.add(mail("ann-1@example.org", "Ann Berg <ann@example.org>", """
                On Wed, Ruth Alder wrote:
                > Reviewers in most subsystems are tired.

                I've been there too.  To address reviewer fatigue we need to credit
                review as much as code.
                """, ROOT));
        thread.add(mail("bob-1@example.org", "Bob Crane <bob@example.org>", """
                I agree this is an important topic.  But naming reviewers up front
                isn't a good fit for the small drivers I look after: there is nobody
                to name.
                """, ROOT));
        thread.add(mail("cy-1@example.org", "Cy Dunn <cy@example.org>", """
                Which day is the summit this year?
                """, ROOT));
        thread.add(mail("dot-1@example.org", "Dot Engel <dot@example.org>", """
                On Wed, Ann Berg wrote:
                > To address reviewer fatigue we need to credit review as much as code.

                Agreed.
                """, ROOT, "ann-1@example.org"));
        thread.add(mail("eve-1@example.org", "Eve Falk <eve@example.org>", """
                On Wed, Ruth Alder wrote:
                > The same five people review everything, and they are burning out.

                I do not have the same experience in my part of the tree.  Forcing
                names on every series would be really unfortunate.
                """, ROOT));
        thread.add(mail("gus-1@example.org", "Gus Hale <gus@example.org>", """
                On Wed, Ruth Alder wrote:
                > I propose that every series names its reviewers up front, so that the
                > load is shared and nobody is left reviewing alone.

                Most of my series have one reviewer at most, and that reviewer is me.

                Forcing names on every series would be really unfortunate.
                """, ROOT));
        thread.add(mail("fay-1@example.org", "Fay Irwin <fay@example.org>", """
                On Wed, Gus Hale wrote:
                > > I propose that every series names its reviewers up front, so that the
                > > load is shared and nobody is left reviewing alone.
                >
                > Most of my series have one reviewer at most, and that reviewer is me.

                Same here.
                """, ROOT, "gus-1@example.org"));
        thread.add(mail("hal-1@example.org", "Hal Jones <hal@example.org>", """
                I support this proposal.  Long overdue.
                """, ROOT));
        thread.add(mail("hal-2@example.org", "Hal Jones <hal@example.org>", """
                On Wed, Dot Engel wrote:
                > Agreed.

                Naming them up front also shows newcomers where review is wanted.
                """, ROOT, "ann-1@example.org", "dot-1@example.org"));
        thread.add(mail("ida-1@example.org", "Ida Kohl <ida@example.org>", """
                On Wed, Hal Jones wrote:
                > Naming them up front also shows newcomers where review is wanted.

                I fully agree.
                """, ROOT, "ann-1@example.org", "dot-1@example.org", "hal-2@example.org"));
        thread.add(mail("kim-1@example.org", "Kim Lund <kim@example.org>", """
                This makes sense.
                """, ROOT));
        thread.add(mail("kim-2@example.org", "Kim Lund <kim@example.org>", """
                Rotating the named reviewers every cycle spreads the work further.
                """, ROOT, "kim-1@example.org"));
        thread.add(mail("jo-1@example.org", "Jo Marsh <jo@example.org>", """
                On Wed, Kim Lund wrote:
                > Rotating the named reviewers every cycle spreads the work further.

                I agree.
                """, ROOT, "kim-1@example.org", "kim-2@example.org"));
        thread.add(mail("liv-1@example.org", "Liv Nagy <liv@example.org>", """
                On Wed, Cy Dunn wrote:
                > Which day is the summit this year?

                Whatever the day, forcing names on every series is not acceptable.
                """, ROOT, "cy-1@example.org"));
        return DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed("thread-2", thread);
    }

    private static Stance stanceOf(Debate d, String address) {
        return d.byAddress(address).orElseThrow(() -> new AssertionError("no participant " + address)).stance();
    }

    @Test
    void anOpenQuestionWithoutAPatchIsADiscussion() {
        assertEquals(ProposalKind.DISCUSSION, debate().proposal().kind());
    }

    @Test
    void sharingTheProblemAndBuildingOnItIsSupport() {
        assertEquals(Stance.FOR, stanceOf(debate(), "ann@example.org"));
    }

    @Test
    void agreeingWithASupporterIsSupport() {
        assertEquals(Stance.FOR, stanceOf(debate(), "dot@example.org"));
    }

    @Test
    void sharingTheProblemButRejectingTheRemedyIsMixed() {
        assertEquals(Stance.MIXED, stanceOf(debate(), "bob@example.org"));
    }

    @Test
    void denyingTheProblemIsOpposition() {
        assertEquals(Stance.AGAINST, stanceOf(debate(), "eve@example.org"));
    }

    @Test
    void agreeingWithAnAnswerBelowTheQuotedProposalAgreesWithTheAnswer() {
        // the quote opens with the proposal's words, but the lines right above "Same here" are Gus's
        assertEquals(Stance.AGAINST, stanceOf(debate(), "gus@example.org"));
        assertEquals(Stance.AGAINST, stanceOf(debate(), "fay@example.org"));
    }

    @Test
    void agreeingDeepInADiscussionWithASupportersArgumentIsSupport() {
        // Hal's answer to Dot carries no cue of its own; in an open discussion it argues the one topic, as Hal does
        assertEquals(Stance.FOR, stanceOf(debate(), "hal@example.org"));
        assertEquals(Stance.FOR, stanceOf(debate(), "ida@example.org"));
    }

    @Test
    void agreeingWithTheArgumentOfAModerateSupporterIsSupport() {
        // Kim's one plain "makes sense" is a moderate position; Jo's "I agree" with her cue-less argument takes it up
        assertEquals(Stance.FOR, stanceOf(debate(), "kim@example.org"));
        assertEquals(Stance.FOR, stanceOf(debate(), "jo@example.org"));
    }

    @Test
    void aQuestionAboutSomethingElseIsNeutral() {
        assertEquals(Stance.NEUTRAL, stanceOf(debate(), "cy@example.org"));
    }

    @Test
    void anObjectionSaidToSomeoneWhoseSideNothingShowsIsAboutTheProposal() {
        // Cy only asked about the day: "not acceptable" cannot be aimed at Cy's side, so it is aimed at the topic
        assertEquals(Stance.AGAINST, stanceOf(debate(), "liv@example.org"));
        assertEquals(Stance.NEUTRAL, stanceOf(debate(), "cy@example.org"));
    }
}
