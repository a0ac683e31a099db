package dev.parley.analysis.tone;

import dev.parley.analysis.tone.ToneFeatures.Feature;
import dev.parley.analysis.tone.ToneFeatures.Found;
import dev.parley.analysis.tone.ToneFeatures.Signal;
import dev.parley.analysis.tone.ToneFeatures.Target;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToneFeaturesTest {

    private static final ToneFeatures FEATURES = new ToneFeatures(ToneLexicon.standard());

    private static List<Found> found(String own, Signal signal) {
        return FEATURES.read(own).found().stream().filter(f -> f.signal() == signal).toList();
    }

    private static double value(String own, Feature f) {
        return FEATURES.read(own).values()[f.ordinal()];
    }

    @Test
    void politenessFormulasAreCountedApartFromWarmth() {
        String routine = "Thanks for the patch, looks good to me.\n\nThanks,\nDave\n";
        assertTrue(found(routine, Signal.WARM).isEmpty());
        assertEquals(List.of("Thanks for the patch", "looks good to me"), found(routine, Signal.POLITE).stream().map(Found::text).toList(),
                "the sign-off \"Thanks,\" is no sentence at all");
        assertEquals(List.of("great work"), found("This is great work, thank you so much for doing it!", Signal.WARM).stream()
                .map(Found::text).toList().subList(0, 1));
    }

    @Test
    void aNegativeWordIsAimedAtWhatStandsNearIt() {
        Found person = found("Kent, your argument is *garbage*.", Signal.CONTEMPT).get(0);
        assertEquals(Target.PERSON, person.target());
        assertEquals(Target.PERSON, found("Bullshit, Dave.", Signal.PROFANE).get(0).target(), "a name said to the reader");
        assertEquals(Target.SELF, found("Ah, I'm a blind idiot...", Signal.INSULT).get(0).target());
        assertEquals(Target.THING, found("There are plenty of stupid bugs still in this.", Signal.CONTEMPT).get(0).target());
        assertEquals(Target.OTHER, found("That whole concept has been one fricking disaster.", Signal.PROFANE).get(0).target());
        assertTrue(value("Ah, I'm a blind idiot...", Feature.AIMED_AT_SELF_OR_THING) > 0);
        assertTrue(value("Kent, your argument is *garbage*.", Feature.EMPHASIS) > 0);
    }

    @Test
    void wordsInQuotationMarksAreSomeoneElses() {
        assertTrue(found("Also, can you elaborate on 'fucked up package delivery mechanism'?", Signal.PROFANE).isEmpty());
        assertEquals(1, found("Why would we want to support such a fucked up package delivery mechanism?", Signal.PROFANE).size());
        assertTrue(value("Those \"fixes\" are also useless.", Feature.SCARE_QUOTES) > 0);
    }

    @Test
    void negationTurnsWarmthAroundAndTakesContemptBackButNotSwearing() {
        assertEquals(Signal.DISPLEASED, FEATURES.read("I am not glad about where this went.").found().get(0).signal());
        assertTrue(found("The patch is not stupid at all.", Signal.CONTEMPT).isEmpty());
        assertEquals(1, found("It would have been less effort without the idiotic staging detour.", Signal.CONTEMPT).size());
        assertEquals(1, found("No fucking way.", Signal.PROFANE).size());
    }

    @Test
    void capitalsAreShoutingOnlyInASentenceWrittenInLowerCase() {
        List<Found> shout = found("So let me be very clear: if you feel that you control who can use your code, YOU ARE WRONG.", Signal.SHOUTING);
        assertEquals(List.of("YOU ARE WRONG"), shout.stream().map(Found::text).toList());
        assertTrue(found("I AM READY FOR COMING TO YOUR ADDRESS WITH THIS ATM CARD, SEND THE FEE.", Signal.SHOUTING).isEmpty(), "spam");
        assertTrue(found("The attendance cost of LSF/MM/BPF is in excess of $1K per person.", Signal.SHOUTING).isEmpty());
        assertTrue(found("This needs CONFIG_DEBUG_VM and the XFS DEBUG option.", Signal.SHOUTING).isEmpty());
    }

    @Test
    void technicalSensesCarryNoTone() {
        String technical = """
                If reclaim tears down the inode first, the problem will go away, and we can kill the
                fatal abort path. The garbage collection of post-EOF blocks is broken anyway: NAK.
                """;
        assertTrue(FEATURES.read(technical).found().isEmpty(), FEATURES.read(technical).found().toString());
    }

    @Test
    void hostilityInACurtSentenceCountsApart() {
        assertTrue(value("So you are trying to blacklist colors. That's stupid.", Feature.CURT_HOSTILITY) > 0);
        assertEquals(0, value("Fix all this stupidity by adding a loop macro that iterates every logical block for us.",
                Feature.CURT_HOSTILITY));
    }

    @Test
    void countsAreTakenAsTheirLogarithm() {
        assertEquals(Math.log1p(3), value("Ugh. Sigh. Ugh.", Feature.DISPLEASED) / 0.8 * 0.8, 1.0);
        assertEquals(Math.log1p(4), value("one two three four", Feature.WORDS), 1e-9);
        assertEquals(0.5, value("Why? Because.", Feature.QUESTION_SHARE), 1e-9);
    }
}
