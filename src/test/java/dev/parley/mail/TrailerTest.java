package dev.parley.mail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrailerTest {

    private static Trailer.Meaning meaningOf(String line) {
        Trailer t = Trailer.parse(line);
        assertTrue(t != null, line);
        return t.meaning();
    }

    @Test
    void eachKeyMeansOneThingWhateverItsCase() {
        assertEquals(Trailer.Meaning.ACK, meaningOf("Acked-by: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.ACK, meaningOf("Acked-By: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.REVIEW, meaningOf("Reviewed-by: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.TEST, meaningOf("Reported-and-tested-by: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.NAK, meaningOf("NAKed-by: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.REPORT, meaningOf("Reported-by: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.SUGGESTION, meaningOf("Suggested-by: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.SIGN_OFF, meaningOf("Signed-off-by: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.CO_DEVELOPMENT, meaningOf("Co-developed-by: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.FIXES, meaningOf("Fixes: 1234567890ab (\"frob: add probe\")"));
        assertEquals(Trailer.Meaning.LINK, meaningOf("Link: https://lore.kernel.org/r/1@example.org"));
        assertEquals(Trailer.Meaning.LINK, meaningOf("Closes: https://bugzilla.kernel.org/show_bug.cgi?id=1"));
        assertEquals(Trailer.Meaning.CC, meaningOf("CC: Jane Doe <jane@example.org>"));
        assertEquals(Trailer.Meaning.OTHER, meaningOf("Debugged-by: Jane Doe <jane@example.org>"));
    }

    @Test
    void commonMisspellingsMeanWhatTheKeyMeans() {
        for (String key : List.of("Reviwed-by", "Reviewd-by", "Reveiwed-by", "REVIEWED-BY")) {
            Trailer t = Trailer.parse(key + ": Mark Brown <broonie@kernel.org>");
            assertTrue(t.isReview(), key);
            assertEquals("broonie@kernel.org", t.person().address(), key);
        }
        assertTrue(Trailer.parse("Nacked-by: Neil <neil@example.com>").isNak());
        assertTrue(Trailer.parse("Nak-by: Neil <neil@example.com>").isNak());
        assertEquals(Trailer.Meaning.SIGN_OFF, meaningOf("Singed-off-by: Jane Doe <jane@example.org>"));
        assertFalse(Trailer.parse("Reviewed-and-rejected-by: Neil <neil@example.com>").isReview());
    }

    @Test
    void personTrailersNameAPersonAndOnlyByTrailersCreditOne() {
        Trailer ack = Trailer.parse("  Acked-by: \"Doe, Jane\" <jane@example.org>  ");
        assertEquals("Acked-by: \"Doe, Jane\" <jane@example.org>", ack.toString());
        assertEquals("Doe, Jane", ack.person().name());
        assertEquals(ack.person(), ack.credited());
        Trailer cc = Trailer.parse("Cc: stable@vger.kernel.org");
        assertEquals("stable@vger.kernel.org", cc.person().address());
        assertNull(cc.credited(), "a Cc: credits nobody");
        assertNull(Trailer.parse("Fixes: 1234567890ab (\"frob: add probe\")").person());
    }

    @Test
    void proseAndOtherLinesAreNoTrailers() {
        for (String line : List.of("Thanks for the review: I will respin.", "Acked-by:", "> Acked-by: Jane <jane@example.org>")) {
            assertNull(Trailer.parse(line), line);
            assertFalse(Trailer.isTrailer(line), line);
        }
        assertTrue(Trailer.isTrailer("Link: https://lore.kernel.org/r/1@example.org"));
    }

    @Test
    void trailersWrittenInsideASentenceParseLikeTrailerLines() {
        List<Trailer> found = Trailer.inProse(
                "Looks good, please add my Reviwed-by: Mark Brown <broonie@kernel.org> and Tested-by: Kim <kim@lab.example>.");
        assertEquals(List.of("Reviwed-by", "Tested-by"), found.stream().map(Trailer::key).toList());
        assertTrue(found.get(0).isReview());
        assertEquals("kim@lab.example", found.get(1).person().address());
        assertEquals(List.of(), Trailer.inProse("I never know where the Acked-by: line goes."), "no address, no trailer");
    }

    @Test
    void theKeyOfATrailerIsFoundInsideText() {
        assertEquals("Acked-by", Trailer.keyIn("You can add my Acked-by to the next version."));
        assertEquals("Signed-off-by", Trailer.keyIn("Signed-off-by: Jane Doe <jane@example.org>"));
        assertNull(Trailer.keyIn("Ack."));
    }
}
