package dev.parley.analysis.debate;

import dev.parley.analysis.stance.ProposalKind;
import dev.parley.analysis.tone.Tone;
import dev.parley.identity.Mailmap;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample debate comes out as samples/README.md describes it, read through the archive. */
class WavefsDebateTest {

    static final String ROOT = "20180604081233.21877-1-grant@kernel.example";
    static Debate debate;

    @BeforeAll
    static void analyse(@TempDir Path tmp) throws IOException {
        try (TestArchive a = new TestArchive(tmp.resolve("index"))) {
            a.importPaths(Samples.WAVEFS);
            debate = DebateSetup.standard().analyzer(Mailmap.EMPTY).analyze(a.archive.thread(a.threadOf(ROOT), true));
        }
    }

    private static Participant who(String address) {
        return debate.byAddress(address).orElseThrow(() -> new AssertionError("no participant " + address));
    }

    @Test
    void theProposal() {
        Proposal p = debate.proposal();
        assertEquals(ROOT, p.messageId());
        assertEquals("Grant Kessler", p.author());
        assertEquals("grant@kernel.example", p.address());
        assertEquals(ProposalKind.REMOVE, p.kind());
        assertEquals("staging: wavefs: delete the filesystem from the tree.", p.subject());
        assertFalse(p.summary().isBlank());
    }

    @Test
    void theStancesOfTheReadme() {
        assertEquals(Stance.FOR, who("grant@kernel.example").stance());
        assertTrue(who("grant@kernel.example").proposer());
        Participant oskar = who("oskar@fsdev.example.net");
        assertEquals(Stance.FOR, oskar.stance());
        assertFalse(oskar.wrote(), "Oskar only acked before posting");
        assertEquals(Stance.FOR, who("hvoss@lst.example.de").stance());
        assertEquals(Stance.FOR, who("trenner@penguin.example.com").stance());
        assertEquals(Stance.AGAINST, who("adahlgren@hpstore.example.com").stance());
        assertEquals(Stance.AGAINST, who("neilb@suse.example.com").stance());
        assertEquals(Stance.NEUTRAL, who("praman@example.net").stance());
        assertEquals(7, debate.participants().size());
        assertEquals(1, debate.bots().size());
        assertEquals("kbuild test robot", debate.bots().get(0).name());
    }

    @Test
    void theEvidenceIsTheirOwnWords() {
        assertTrue(who("adahlgren@hpstore.example.com").evidence().stream()
                .anyMatch(e -> e.text().startsWith("I'd rather keep it")), "Anders: I'd rather keep it");
        assertTrue(who("neilb@suse.example.com").evidence().stream()
                .anyMatch(e -> e.text().equals("Nacked-by: Neil Bramble <neilb@suse.example.com>")));
        assertTrue(who("hvoss@lst.example.de").evidence().stream().anyMatch(e -> e.text().equals("Delete it.")),
                "the harsh words are aimed at the code, so they count as support");
        // Neil quotes Helena's "Delete it." — quoted, so never his evidence for anything
        assertTrue(who("neilb@suse.example.com").evidence().stream().noneMatch(e -> e.text().contains("Delete it")));
    }

    @Test
    void neilDisagreesWithHelena() {
        Exchange e = debate.exchanges().stream()
                .filter(x -> x.messageId().equals("87sh62wx1m.fsf@bramble.suse.example.com")).findFirst().orElseThrow();
        assertEquals("Helena Voss", e.to());
        assertEquals(Relation.DISAGREE, e.relation());
        assertEquals("No.", e.text());
    }

    @Test
    void priyasSideQuestionIsNoPosition() {
        Exchange e = debate.exchanges().stream()
                .filter(x -> x.messageId().equals("20180605100244.GA22107@kernel.example")).findFirst().orElseThrow();
        assertEquals(Relation.NEUTRAL, e.relation(), "Grant's technical answer to Priya");
    }

    /**
     * Issue 20's definitions: sharp words said civilly ("This is absurd.", "stop wasting everyone's time") are
     * displeasure, not hostility; a false heated is the worst error a tone can make.
     */
    @Test
    void theSharpSubThreadLeansNegativeButIsNotHeated() {
        for (String id : List.of("20180606070240.GA7731@lst.example.de", "e81b6d04-9f3a-2c57-0b14-6a2d7f4c88e2@hpstore.example.com")) {
            assertNotEquals(Tone.Label.HEATED, tone(id), id);
            assertTrue(score(id) < 0, id + " leans negative: " + score(id));
        }
        assertFalse(tone(ROOT) == Tone.Label.HEATED, "'the sorry state of this driver' is about code");
    }

    private static double score(String id) {
        return debate.messages().stream().filter(m -> m.messageId().equals(id)).findFirst().orElseThrow().tone().score();
    }

    private static Tone.Label tone(String id) {
        return debate.messages().stream().filter(m -> m.messageId().equals(id)).findFirst().orElseThrow().tone().label();
    }
}
