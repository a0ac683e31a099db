package dev.parley.analysis.quotes;

import dev.parley.analysis.tone.LexiconToneScorer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an editor looks for in one sentence, each contribution on its own. */
class QuotabilityTest {

    private final Quotability quotability = new Quotability(Map.of(), new LexiconToneScorer());

    private Quotability.Score reply(String sentence) {
        return quotability.score(sentence, new Quotability.Signals(TopicTerms.of(sentence), false, 0, "", false, false,
                false, 0, 0, false, false));
    }

    private Quotability.Score rootSentence(String sentence, boolean key) {
        return quotability.score(sentence, new Quotability.Signals(TopicTerms.of(sentence), false, 0, "", true, true,
                key, 0, 0, false, false));
    }

    private static boolean has(Quotability.Score s, String reason) {
        return s.reasons().stream().anyMatch(r -> r.startsWith(reason));
    }

    @Test
    void aCountAShareOrAYearIsAFigureAndAVersionIsNot() {
        for (String s : new String[]{"There is enough work here for a team of 20 FT, and we are half that.",
                "I have read every bug report for the past 15+ years.", "The driver has sat in the tree since 2011 untouched.",
                "The majority of the crashes come from error paths.", "We carry 30 million lines of code nobody reads."}) {
            assertTrue(has(reply(s), "a figure"), s + " " + reply(s).reasons());
        }
        for (String s : new String[]{"The regression came with 5.4 and was fixed in 6.6-rc1.", "Patch 2 of the series drops the old flag."}) {
            assertFalse(has(reply(s), "a figure"), s + " " + reply(s).reasons());
        }
        assertTrue(reply("The driver has sat in the tree since 2011 untouched.").raw()
                > reply("The driver has sat in the tree for a while untouched.").raw());
    }

    @Test
    void aRhetoricalQuestionAssertsAndAPlainOneAsks() {
        Quotability.Score rhetorical = reply("It will help in a huge number of places, so why wouldn't we want that?");
        assertTrue(has(rhetorical, "a rhetorical question") && !has(rhetorical, "a question"), rhetorical.reasons().toString());
        Quotability.Score plain = reply("Does the series still build on arm64 with the new config?");
        assertTrue(has(plain, "a question") && !has(plain, "a rhetorical question"), plain.reasons().toString());
    }

    @Test
    void aDetachedPurposeClauseIsAFragmentButOneWithItsMainClauseIsNot() {
        assertTrue(has(reply("To not want to learn and change based on new evidence."), "a fragment"));
        assertFalse(has(reply("To get stuff working today, it's good to have it in staging."), "a fragment"));
        assertTrue(has(reply("To get stuff working today, it's good to have it in staging."), "decisive (good to"));
    }

    @Test
    void aProposalPresentingItselfDescribesTheChangeEvenAsAKeySentence() {
        Quotability.Score self = rootSentence("Given the recent events here is a proposal to replace the old terminology.", true);
        assertTrue(has(self, "describes the change"), self.reasons().toString());
        assertFalse(has(self, "a key sentence"), self.reasons().toString());
        Quotability.Score claim = rootSentence("Developing the same code in two trees at once has never worked.", true);
        assertTrue(has(claim, "a key sentence") && !has(claim, "describes the change"), claim.reasons().toString());
    }

    @Test
    void aHedgeBeforeButConcedesAndTheClaimAfterItStands() {
        Quotability.Score conceding = reply("It might be easier later, but it's good to have it in staging today.");
        assertFalse(has(conceding, "hedged"), conceding.reasons().toString());
        Quotability.Score hedging = reply("It is good to have it in staging, but it might be easier later.");
        assertTrue(has(hedging, "hedged"), hedging.reasons().toString());
    }

    @Test
    void aFrequencyQualifierHedgesAndSpeakingToSomeoneIsAVoice() {
        assertTrue(has(reply("I say some stupid things at times."), "hedged (at times)"));
        assertTrue(has(reply("You are not forced to take any of this code."), "to someone"));
        assertTrue(has(reply("I am not forcing you to take any of this code."), "in the first person"));
        assertFalse(has(reply("Nobody is forced to take any of this code."), "to someone"));
    }

    @Test
    void theClauseAfterAButIsTheClaimTheSpeakerMakes() {
        String sentence = "Now that the specs are out, a clean rewrite might be easier for everybody, and the old spec is a "
                + "subset of the new one, but to get things working today, for users, it's good to have it in staging.";
        Quotability.Signals signals = new Quotability.Signals(TopicTerms.of(sentence), false, 0, "", false, false,
                false, 0, 0, false, false);
        Quotability.Score claim = quotability.clause("to get things working today, for users, it's good to have it in staging.",
                sentence, signals);
        assertTrue(has(claim, "the claim after a 'but'"), claim.reasons().toString());
        Quotability.Score concession = quotability.clause("the old spec is a subset of the new one", sentence, signals);
        assertFalse(has(concession, "the claim after a 'but'"), concession.reasons().toString());
        assertTrue(claim.raw() > quotability.score(sentence, signals).raw() + 0.4, "worth quoting instead of its sentence");
    }

    @Test
    void aConnectiveOpeningLeansOnTheSentenceBefore() {
        for (String s : new String[]{"Rather, the point is to design types one cannot use wrong.",
                "Therefore the driver has to go."}) {
            assertTrue(has(reply(s), "leans on the sentence before"), s + " " + reply(s).reasons());
        }
        assertFalse(has(reply("The point is to design types one cannot use wrong."), "leans on the sentence before"));
    }

    @Test
    void aShortClaimIsAPunchLineAndANoteLabelIsNoShouting() {
        assertTrue(reply("I was wrong.").raw() > reply("I was home.").raw() + 0.4);
        assertFalse(has(reply("NOTE: the release manager does not write patches."), "sharp"),
                reply("NOTE: the release manager does not write patches.").reasons().toString());
        assertTrue(has(reply("The release manager NEVER writes patches."), "sharp"));
    }
}
