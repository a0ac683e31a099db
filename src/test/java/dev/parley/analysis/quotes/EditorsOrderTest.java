package dev.parley.analysis.quotes;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.digest.ThreadReading;
import dev.parley.identity.Mailmap;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's ten: a person's two, and from which of their messages. */
class EditorsOrderTest {

    private static final Debate DEBATE = ThreadReading.read("wavefs", Samples.parsed(Samples.WAVEFS), Mailmap.EMPTY).debate();

    private static Quote quote(String text, String author, String message, double score) {
        return new Quote(text, text, "", Quote.Origin.OWN_TEXT, "", message, author, author, author + "@example.org",
                null, 0, Stance.NEUTRAL, false, score, 0, List.of());
    }

    /** Ten fillers by ten other people, all weaker than the quotes under test. */
    private static List<Quote> withFillers(Quote... quotes) {
        List<Quote> all = new ArrayList<>(List.of(quotes));
        for (int i = 0; i < 10; i++) all.add(quote("Filler " + i + " says something.", "filler" + i, "f" + i, 0.5 - i * 0.01));
        return all;
    }

    @Test
    void aPersonsSecondQuoteComesFromTheMessageOfTheirFirstUnlessClearlyWeaker() {
        Quote first = quote("The pull request did not touch that layer at all.", "linus", "m1", 0.95);
        Quote elsewhere = quote("Every single release we have new failed tests.", "linus", "m2", 0.93);
        Quote sameMessage = quote("You are saying that you disagree, which is fine.", "linus", "m1", 0.91);
        List<Quote> ten = EditorsOrder.of(withFillers(first, elsewhere, sameMessage), DEBATE).subList(0, 10);
        assertTrue(ten.contains(first) && ten.contains(sameMessage), ten.toString());
        assertFalse(ten.contains(elsewhere), ten.toString());

        Quote weak = quote("Thanks for the report, applied.", "linus", "m1", 0.80);
        ten = EditorsOrder.of(withFillers(first, elsewhere, weak), DEBATE).subList(0, 10);
        assertTrue(ten.contains(first) && ten.contains(elsewhere), ten.toString());
        assertFalse(ten.contains(weak), ten.toString());
        assertEquals(2, ten.stream().filter(q -> q.authorId().equals("linus")).count());
    }
}
