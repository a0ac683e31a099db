package dev.parley.analysis.stance;

import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.analysis.stance.MessageContext.QuoteKind;
import dev.parley.analysis.stance.Signal.Target;
import dev.parley.mail.Address;
import dev.parley.mail.Trailer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule-based stance reading (sentences and trailers), on fictional sentences. */
class StanceRulesTest {

    private static final StanceScorer SCORER = CompositeStanceScorer.rules(CueLexicon.standard(), StanceWeights.STANDARD);
    private static final String REMOVAL = "staging: wavefs: delete the filesystem";
    private static final String ADDITION = "staging: tinkerfs: add the tinkerfs filesystem";

    private static MessageReading read(ProposalKind kind, String subject, boolean answersProposal, QuoteKind quote,
                                       List<Trailer> trailers, String... sentences) {
        ProposalContext p = new ProposalContext(kind, CueLexicon.standard().subjectTerms(subject));
        Passage passage = new Passage(quote == QuoteKind.NONE ? "" : "quoted text", quote, List.of(sentences));
        return SCORER.read(new MessageContext(p, "m@example.org", false, answersProposal, answersProposal, false, false,
                List.of(passage), trailers));
    }

    /** Net pull of one sentence answering a removal proposal directly. */
    private static double onRemoval(String sentence) {
        return net(read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(), sentence));
    }

    private static double net(MessageReading r) {
        return net(r.signals());
    }

    private static double net(List<Signal> signals) {
        return signals.stream().mapToDouble(Signal::polarity).sum();
    }

    @Test
    void agreementAndItsNegation() {
        assertTrue(onRemoval("This is a good idea.") > 0.5);
        assertTrue(onRemoval("I don't think this is a good idea.") < -0.3, "negation raised from 'think'");
        assertTrue(onRemoval("This is not a good idea.") < -0.5);
        assertTrue(onRemoval("I have no objections.") > 0.5);
        assertTrue(onRemoval("I don't object to this.") > 0.2, "a negated objection is weak support");
        assertTrue(onRemoval("That's not to say this isn't a good idea.") > 0, "two negations cancel");
    }

    @Test
    void anObjectionNamingNothingSaidToAThirdPartyIsAboutWhatTheySaid() {
        ProposalContext p = new ProposalContext(ProposalKind.DISCUSSION, CueLexicon.standard().subjectTerms("Rust kernel policy"));
        Passage passage = new Passage("", QuoteKind.NONE, List.of("It would be a step backwards."));
        Signal toThirdParty = SCORER.read(new MessageContext(p, "m@example.org", false, false, false, false, false,
                List.of(passage), List.of())).signals().get(0);
        assertEquals(Target.ANSWERED, toThirdParty.target(), "said to a participant who proposed something else");
        assertTrue(toThirdParty.polarity() < 0);
        Signal toProposer = SCORER.read(new MessageContext(p, "m@example.org", false, false, true, false, false,
                List.of(passage), List.of())).signals().get(0);
        assertEquals(Target.PROPOSAL, toProposer.target(), "said to the proposer it is about the proposal");
        Passage named = new Passage("", QuoteKind.NONE, List.of("Rust would be a step backwards."));
        assertEquals(Target.PROPOSAL, SCORER.read(new MessageContext(p, "m@example.org", false, false, false, false, false,
                List.of(named), List.of())).signals().get(0).target(), "naming the proposal's subject");
        Passage support = new Passage("", QuoteKind.NONE, List.of("It is the right call."));
        assertEquals(Target.PROPOSAL, SCORER.read(new MessageContext(p, "m@example.org", false, false, false, false, false,
                List.of(support), List.of())).signals().get(0).target(), "support by pronoun keeps the proposal's topic");
    }

    @Test
    void hedgesAndQuestionsWeaken() {
        double plain = onRemoval("This makes sense.");
        double hedged = onRemoval("Maybe this makes sense.");
        double asked = onRemoval("Does this make sense?");
        assertTrue(plain > hedged && hedged > 0, plain + " > " + hedged);
        assertTrue(asked < hedged, "a question commits to little");
        assertTrue(onRemoval("Does this really make sense?") < 0, "asking whether it really does doubts it");
        MessageReading q = read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(),
                "Which release did the last wavefs fix go into?");
        assertEquals(Cue.SIDE, q.signals().get(0).cue(), "a question with no cue is a side remark");
        double doubt = onRemoval("Who will maintain the user-space tools after this?");
        assertTrue(doubt < 0 && doubt > -0.5, "a sceptical question is doubt, weak on its own: " + doubt);
    }

    @Test
    void supportWithAConditionIsConditional() {
        MessageReading r = read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(),
                "I'm fine with this as long as the user-space tools keep working.");
        assertEquals(Cue.CONDITION, r.signals().get(0).cue());
        assertTrue(r.signals().get(0).polarity() > 0);
        assertFalse(read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(),
                "It has been a mess for as long as I can remember.").signals().stream()
                .anyMatch(s -> s.cue() == Cue.CONDITION), "'for as long as' is no condition");
    }

    @Test
    void naksAndTheirNegation() {
        MessageReading nak = read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), "So my NAK stands.");
        assertEquals(Cue.NAK, nak.signals().get(0).cue());
        assertEquals(Target.PROPOSAL, nak.signals().get(0).target(), "a NAK is about the proposal whatever it answers");
        assertTrue(nak.signals().get(0).polarity() <= -1.5);
        assertTrue(onRemoval("I won't NAK this, but I'm not happy.") > -1, "a negated NAK is no NAK");
        MessageReading withdrawn = read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "Fair enough, I withdraw my NAK.");
        assertTrue(net(withdrawn) > 0);
        assertTrue(withdrawn.changeOfMind());
    }

    @Test
    void anOpenQuestionClaimsNothing() {
        assertEquals(0, onRemoval("I don't know what the right thing to do here is."), 1e-9);
        assertEquals(0, onRemoval("I'm not sure whether this is a good idea."), 1e-9);
        assertEquals(0, onRemoval("Keep it in a separate directory so it is easy to drop in case it turns out to be a big mistake."),
                1e-9, "'in case' is a precaution, no claim");
    }

    @Test
    void aHarmTheChangeWouldDoOpposesIt() {
        assertTrue(onRemoval("Removing it will break the boot of every board we test.") < -0.3);
        assertTrue(onRemoval("It will not break anything.") >= 0, "a harm denied is no objection");
        assertEquals(0, net(read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.CODE, List.of(),
                "This will break the build on arm64.")), 1e-9, "about a quoted hunk it is a review");
    }

    /** Net pull of one sentence in an open discussion (no patch), answering some participant, not the root. */
    private static double inDiscussion(String sentence) {
        return net(read(ProposalKind.DISCUSSION, "Reviewer fatigue", false, QuoteKind.PROSE, List.of(), sentence));
    }

    @Test
    void sharingTheProblemOfAnOpenDiscussionSupportsIt() {
        assertTrue(inDiscussion("I agree this is an important topic for the summit.") > 0.5);
        assertTrue(inDiscussion("To address reviewer fatigue we need to change how we credit review.") > 0.5);
        assertTrue(inDiscussion("I think the merge window timing is part of the problem.") > 0.5);
        assertTrue(inDiscussion("Maybe part of the solution is to credit reviewers in the changelog.") > 0.5,
                "a hedge doubts the remedy, not the shared problem");
        assertEquals(0, inDiscussion("With two tracks at once you miss out on a critically important discussion."), 1e-9,
                "an important discussion elsewhere is not this topic");
        assertTrue(inDiscussion("So I do think we should revisit this.") > 0.5);
        assertTrue(inDiscussion("Thanks for raising this, I'd be very interested in discussing it.") > 0.5,
                "wanting a summit topic discussed supports it");
        assertTrue(inDiscussion("I don't think we should revisit this.") < 0, "not wanting the topic taken up opposes it");
        assertTrue(inDiscussion("This is not an important topic.") <= 0, "a denied premise is not shared");
    }

    @Test
    void confirmingTheAnsweredTextFromExperienceIsAgreement() {
        for (String s : List.of("That sounds like a familiar experience.", "I've been there too.", "Yeah, this is spot-on.",
                "I think that would help spread the load a little.")) {
            MessageReading r = read(ProposalKind.DISCUSSION, "Reviewer fatigue", false, QuoteKind.PROSE, List.of(), s);
            assertEquals(Target.ANSWERED, r.signals().get(0).target(), s);
            assertTrue(r.signals().get(0).polarity() > 0.5, s);
        }
    }

    @Test
    void commonWaysOfSayingYesAndNo() {
        for (String yes : List.of("This matches my experience.", "That's a good argument.", "Point taken.",
                "I couldn't agree more.")) {
            assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), yes)) > 0.5, yes);
        }
        for (String no : List.of("That is not the case.", "I beg to differ.", "This misses the point.")) {
            assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), no)) < -0.5, no);
        }
        assertTrue(onRemoval("It won't help anyone and is not worth the churn.") < -0.5);
        assertTrue(onRemoval("A welcome change, and long overdue.") > 0.5);
        assertEquals(0, inDiscussion("I've seen this argument used for years with little evidence."), 1e-9,
                "having seen an argument is not sharing the problem");
        assertEquals(0, onRemoval("It means enforcing the process, but not necessarily reviewing everything."), 1e-9);
    }

    @Test
    void anIntensifiedYesIsAgreement() {
        for (String yes : List.of("That's even better from my point of view.", "Sounds perfectly fine to me.")) {
            assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), yes)) > 0.5, yes);
        }
        assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "That doesn't sound perfectly fine to me.")) <= 0, "a denied yes is no agreement");
    }

    @Test
    void aRebuttalOfTheAnsweredTextIsDisagreement() {
        for (String no : List.of("I think all this worry about the allocator is way overblown.",
                "You are mixing up two things here.", "Honestly, this is an appeal to fear.", "That is just FUD.",
                "I never said that.", "Could we please stop calling every vendor interface a backdoor.")) {
            assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), no)) < -0.5, no);
        }
        assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "The risk is not overblown.")) >= 0, "a denied rebuttal is no disagreement");
        assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "I don't know that this is really specific to staging though.")) < -0.3, "the polite 'I don't know that'");
        assertEquals(0, net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "I don't know whether this is specific to staging.")), 1e-9, "an open question claims nothing");
    }

    @Test
    void aRemedyThatDoesNotFitIsDisagreementWithIt() {
        MessageReading r = read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "I think they covered why the other tree isn't a great fit, but I agree with the overall idea.");
        assertTrue(r.signals().stream().anyMatch(x -> x.polarity() < 0) && r.signals().stream().anyMatch(x -> x.polarity() > 0),
                "agreeing with the idea and rejecting the remedy both show: " + r.signals());
        assertTrue(onRemoval("This would be really unfortunate.") < -0.5);
        assertTrue(onRemoval("That's not to say this isn't a good idea, it's just hard to do.") < 0.3,
                "'not to say' concedes before the real point");
    }

    @Test
    void changesOfMindAreSeenUnlessDenied() {
        assertTrue(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "OK, you have convinced me.").changeOfMind());
        assertFalse(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "Nothing in this thread has changed my mind.").changeOfMind());
    }

    @Test
    void quotedWordsInsideASentenceAreNotTheAuthors() {
        assertEquals(0, onRemoval("You keep saying \"I agree\" but nobody does."), 1e-9);
    }

    @Test
    void criticismOfWhatARemovalRemovesSupportsIt() {
        assertTrue(onRemoval("It is an unreviewable mess.") > 0);
        assertTrue(onRemoval("We use it in production on several hundred machines.") < 0, "defending the thing opposes removal");
        double onAddition = net(read(ProposalKind.ADD, ADDITION, true, QuoteKind.NONE, List.of(),
                "The tinkerfs code is an unreviewable mess."));
        assertTrue(onAddition < 0, "for an addition the same criticism opposes it");
    }

    @Test
    void theSubjectIsNamedByAnotherFormOfItsWord() {
        String subject = "Retiring LSFMMBPF";
        double spelledOut = net(read(ProposalKind.REMOVE, subject, false, QuoteKind.PROSE, List.of(),
                "The community has long outgrown LSF/MM/BPF."));
        assertTrue(spelledOut > 0.3, "the composite acronym with slashes is the subject: " + spelledOut);
        ProposalContext p = new ProposalContext(ProposalKind.REMOVE, CueLexicon.standard().subjectTerms(subject));
        assertTrue(p.names("lsfmm") && p.names("lsfmmbpf"));
        assertFalse(p.names("lsf"), "too short to be a form of it by chance");
        ProposalContext fs = new ProposalContext(ProposalKind.ADD, CueLexicon.standard().subjectTerms(ADDITION));
        assertTrue(fs.names("filesystems"));
    }

    @Test
    void aGoodTheChangeWouldDoSupportsIt() {
        assertTrue(onRemoval("Merging the two events will make it much easier for me.") > 0.5);
        assertEquals(0, net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "A faster laptop would make things easier.")), 1e-9, "a good of something else, in a side reply");
    }

    @Test
    void criticismAnsweringTheProposalsOwnProseIsAboutTheThing() {
        MessageReading r = read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.PROSE, List.of(),
                "I've always found the mount options off-putting.");
        assertTrue(net(r) > 0.3, "answering the proposal's own prose: " + r.signals());
        assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.PROSE, List.of(),
                "The present on-disk format still has merit.")) < 0);
    }

    @Test
    void callsCountOnlyWhenTheirObjectIsTheThing() {
        assertTrue(onRemoval("Delete it.") > 0.5);
        assertTrue(onRemoval("Please keep this driver.") < -0.5);
        assertEquals(0, onRemoval("My advice is to delete all the COMPILE_TEST code."), 1e-9);
        assertEquals(0, onRemoval("You need to keep an eye on the locking."), 1e-9);
    }

    @Test
    void counterProposalsOppose() {
        MessageReading r = read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(),
                "What I would propose instead: give us until the 4.19 release.");
        assertEquals(Cue.COUNTER_PROPOSAL, r.signals().get(0).cue());
        assertTrue(net(r) < 0);
        MessageReading later = read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(),
                "The plan was to remove it after the next LTS release.");
        assertTrue(later.signals().stream().anyMatch(s -> s.cue() == Cue.CONDITION && s.polarity() > 0)
                && later.signals().stream().anyMatch(s -> s.cue() == Cue.COUNTER_PROPOSAL && s.polarity() < 0),
                "yes, but later: the removal is wanted on a condition of timing, the deferral is a counter-proposal");
        assertEquals(0, net(read(ProposalKind.ADD, ADDITION, true, QuoteKind.NONE, List.of(),
                "Pick one example rather than removing them all.")), 1e-9, "opposing a removal says nothing on an addition");
    }

    @Test
    void plainYesAndNoAreAboutTheAnsweredText() {
        MessageReading yes = read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), "Yes.");
        assertEquals(Target.ANSWERED, yes.signals().get(0).target());
        assertTrue(yes.signals().get(0).polarity() > 0.5);
        MessageReading no = read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), "No.");
        assertTrue(no.signals().get(0).polarity() < -0.5);
        double concession = net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(),
                "Yes, and there are good reasons for that."));
        assertTrue(concession > 0 && concession < 0.3, "'Yes, and ...' concedes a fact, no more");
    }

    @Test
    void objectionsToAQuotedCodeHunkAreReviewNotOpposition() {
        MessageReading r = read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.CODE, List.of(), "This is wrong.");
        assertTrue(r.signals().stream().noneMatch(s -> s.polarity() < 0));
    }

    @Test
    void theAuthorsTrailersAreVotesUnlessTheyPostAPatch() {
        Trailer ack = new Trailer("Acked-by", "Jane Doe <jane@example.org>", new Address("Jane Doe", "jane@example.org"));
        Trailer nak = new Trailer("Nacked-by", "Jane Doe <jane@example.org>", new Address("Jane Doe", "jane@example.org"));
        assertEquals(1.5, net(read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(ack))), 1e-9);
        assertEquals(-1.5, net(read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(nak))), 1e-9);
        Trailer signOff = new Trailer("Signed-off-by", "Jane Doe <jane@example.org>", new Address("Jane Doe", "jane@example.org"));
        ProposalContext p = new ProposalContext(ProposalKind.REMOVE, CueLexicon.standard().subjectTerms(REMOVAL));
        MessageReading ownPatch = SCORER.read(new MessageContext(p, "x", false, true, true, false, true, List.of(), List.of(signOff)));
        assertTrue(ownPatch.signals().isEmpty(), "a sign-off on one's own patch is authorship");
        assertTrue(net(read(ProposalKind.CHANGE, "CodingStyle: inclusive terminology", true, QuoteKind.NONE,
                List.of(signOff))) > 0.5, "a sign-off given in a reply endorses");
        assertEquals(0, onRemoval("When I can't review properly I just slap an Acked-by on it."), 1e-9,
                "talking about trailers is not giving one");
    }

    private static final String TAGGING = "[SUMMIT] Tagging patches written with tools";

    /** What one sentence of an open discussion about tagging patches yields, answering some participant. */
    private static List<Signal> inTaggingDiscussion(boolean answersRoot, String sentence) {
        return read(ProposalKind.DISCUSSION, TAGGING, answersRoot, QuoteKind.PROSE, List.of(), sentence).signals();
    }

    @Test
    void politeNoIntensifiedYesAndDismissal() {
        assertTrue(onRemoval("I'm not sure dropping the whole directory is really a good idea.") < -0.3,
                "'not sure it is a good idea' is a polite no");
        assertEquals(0, onRemoval("I'm not sure what the right approach is."), 1e-9, "an open question claims nothing");
        for (String yes : List.of("Completely agreed.", "I tend to agree with that.", "Yes please.", "Perfect.")) {
            assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), yes)) > 0.4, yes);
        }
        assertTrue(net(read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), "That's stupid.")) < -0.5);
    }

    @Test
    void beingAllForTheNamedThingSupportsTheProposal() {
        Signal s = inTaggingDiscussion(false, "I am all for tagging such patches clearly.").get(0);
        assertEquals(Target.PROPOSAL, s.target(), "what one is all for is the proposal's own thing");
        assertTrue(s.polarity() > 0.5);
        assertEquals(Target.ANSWERED, inTaggingDiscussion(false, "I'm all for that.").get(0).target(),
                "'that' is what the answered text says");
    }

    @Test
    void aBareConditionIsAConditionalYes() {
        Signal s = inTaggingDiscussion(true, "As long as it stays optional for small fixes.").get(0);
        assertEquals(Cue.CONDITION, s.cue());
        assertEquals(Target.PROPOSAL, s.target());
        assertTrue(s.polarity() > 0);
        assertTrue(inTaggingDiscussion(true, "As long as the sender uses the helper, then the tool can find the base.")
                .isEmpty(), "a condition with its consequence states a fact");
    }

    @Test
    void yesButWithTermsIsConditional() {
        List<Signal> r = inTaggingDiscussion(true, "I agree we should talk about it, but it should cover more than tools.");
        assertEquals(Cue.CONDITION, r.get(0).cue());
        assertTrue(inTaggingDiscussion(true, "I agree, but we should also ask the tool vendors.").stream()
                .noneMatch(x -> x.cue() == Cue.CONDITION), "'but ... also' adds, it sets no terms");
    }

    @Test
    void aBareAckInADiscussionAgreesWithWhoItAnswers() {
        Signal s = inTaggingDiscussion(false, "Ack.").get(0);
        assertEquals(Target.ANSWERED, s.target(), "no patch to ack: it agrees with the answered participant");
        assertEquals(Cue.TRAILER, read(ProposalKind.REMOVE, REMOVAL, false, QuoteKind.PROSE, List.of(), "Ack.")
                .signals().get(0).cue(), "in a patch thread it is still a vote");
    }

    @Test
    void counterProposalsHarmsAndRealProblems() {
        for (String counter : List.of("Instead of a list of words the rule should state the principle.",
                "Maybe instead of a list of words, the rule should state the principle.")) {
            assertTrue(net(read(ProposalKind.CHANGE, "CodingStyle: inclusive terminology", true, QuoteKind.NONE,
                    List.of(), counter)) < -0.3, counter);
        }
        assertEquals(0, net(read(ProposalKind.CHANGE, "CodingStyle: inclusive terminology", true, QuoteKind.NONE,
                List.of(), "Instead of a list they went with a table.")), 1e-9, "narrated, not proposed");
        assertTrue(net(read(ProposalKind.CHANGE, "CodingStyle: inclusive terminology", true, QuoteKind.NONE, List.of(),
                "Renaming the terminology might have exactly the opposite effect.")) < -0.3);
        assertTrue(net(inTaggingDiscussion(false, "The burden of untagged tool output is very real.")) > 0.5,
                "the problem is real: the premise shared");
        assertTrue(net(inTaggingDiscussion(false, "We should have a discussion about when to require it.")) > 0.5,
                "wanting the topic discussed takes it up");
        assertEquals(0, net(inTaggingDiscussion(true, "They asked us to revert the damn thing.")), 1e-9,
                "an open discussion has no patch to revert");
    }

    @Test
    void aFormOfTheThingThatWouldDoIsSupport() {
        assertTrue(net(inTaggingDiscussion(true, "For this purpose a tag in the changelog would be useful.")) > 0.4,
                "answering the proposal: the proposed thing, in some form, would help");
        assertTrue(net(inTaggingDiscussion(true, "Just a line under the cut-off would be fine.")) > 0.4);
        assertEquals(0, net(inTaggingDiscussion(true, "A tag would not be useful.")), 1e-9, "denied, no support");
    }

    @Test
    void aCounterProposalAboutAnotherNamedThingIsASideMatter() {
        assertEquals(0, onRemoval("I would find the alternative of an IGNORE_WERROR variable much simpler."), 1e-9);
        assertTrue(onRemoval("I would find the alternative of a separate tree much simpler.") < 0);
    }

    @Test
    void aCourseJudgedDoomedOrSecondRateIsOpposed() {
        assertTrue(net(inTaggingDiscussion(true, "Refusing tool output outright is a losing battle.")) < -0.3);
        assertTrue(net(inTaggingDiscussion(true, "Rules like these are just futile attempts to cure symptoms.")) < -0.3);
        assertTrue(net(inTaggingDiscussion(true, "Keeping the tags only in the archive would be suboptimal.")) < -0.3);
        assertEquals(0, net(inTaggingDiscussion(true, "I have no idea whether a tag is a good idea.")), 1e-9,
                "an open question claims nothing");
    }

    @Test
    void moreWaysOfSayingNoPolitely() {
        for (String no : List.of("I'm rather sceptical.", "I remain skeptical about it.",
                "I have serious reservations about it.", "I don't like the idea.", "I'd prefer we didn't.")) {
            assertTrue(onRemoval(no) < -0.3, no);
        }
        assertTrue(onRemoval("I'm not sceptical at all.") >= 0, "a denied doubt is no objection");
    }

    @Test
    void subjectTermsLeaveOutTagsAndVerbs() {
        assertEquals(List.of("octeon", "driver"), List.copyOf(CueLexicon.standard().subjectTerms("staging: octeon: delete driver")));
    }

    @Test
    void aChangeJudgedGoodInItselfIsSupport() {
        assertTrue(onRemoval("Dropping wavefs would be a good thing for everyone who builds allmodconfig.") > 0.5);
        assertTrue(onRemoval("For the people who keep fixing it up this is a clear win.") > 0.5);
        assertTrue(onRemoval("I don't think that would be a good thing.") < -0.2, "negated, it is a doubt");
    }

    @Test
    void missingWhatTheChangeTakesAwayOpposesIt() {
        assertTrue(onRemoval("I would personally miss it, I still mount old wavefs images now and then.") < -0.3);
        assertEquals(0, onRemoval("I missed the last release, sorry for the late reply."), 1e-9, "no 'would miss'");
    }

    @Test
    void anotherRemedyForTheProblemIsACounterProposal() {
        MessageReading r = read(ProposalKind.REMOVE, REMOVAL, true, QuoteKind.NONE, List.of(),
                "Perhaps the answer is to find wavefs a new maintainer rather than a deadline.");
        assertEquals(Cue.COUNTER_PROPOSAL, r.signals().get(0).cue());
        assertTrue(net(r) < -0.3, "hedged, still against: " + net(r));
    }

    @Test
    void hopingForWhatTheTopicAsksIsSupport() {
        assertTrue(inDiscussion("I do hope we can get some movement on shared review tooling next year.") > 0.3);
        assertEquals(0, inDiscussion("I hope the slides will be online afterwards?"), 1e-9, "a hope about something else");
    }
}
