package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.MessageReading;
import dev.parley.analysis.stance.Signal;
import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The debate's stages one by one, on the fictional removal debate of {@link DebateAnalyzerTest}. */
class DebateStagesTest {

    private static final String ROOT = "20200301090000.1-ruth@kernel.example";

    @Test
    void eachMessageIsReadOnceInDateOrderWithRobotsSetAside() {
        List<ParsedMessage> thread = new ArrayList<>(DebateAnalyzerTest.thread());
        thread.add(0, thread.get(thread.size() - 1)); // the latest message, delivered twice
        AuthoredMessages authored = AuthoredMessages.read(thread, Mailmap.EMPTY);
        assertEquals(thread.size() - 1, authored.byDate().size());
        for (int i = 1; i < authored.byDate().size(); i++) {
            assertFalse(authored.byDate().get(i).date().isBefore(authored.byDate().get(i - 1).date()));
        }
        for (ThreadMessage m : authored.byDate()) {
            assertEquals(m.mail().from().address().startsWith("lkp@"), m.bot(), m.id());
            assertEquals("", m.parentId(), "no reply tree yet");
        }
        assertEquals(authored.people().person(authored.byDate().get(0).mail().from()), authored.byDate().get(0).author());
    }

    @Test
    void repliesAreLinkedToWhatTheyAnswer() {
        ReplyThread thread = ReplyThread.link(AuthoredMessages.read(DebateAnalyzerTest.thread(), Mailmap.EMPTY));
        assertEquals(ROOT, thread.treeRoot().id());
        ThreadMessage eli2 = thread.byId().get("eli-2@example.com");
        assertEquals("ian-1@example.org", eli2.parentId());
        assertEquals("bea-1@board.example", thread.parent(thread.parent(eli2)).id());
        assertEquals(ROOT, thread.top(eli2).id());
        assertNull(thread.parent(thread.treeRoot()));

        List<ParsedMessage> withoutRoot = new ArrayList<>(DebateAnalyzerTest.thread());
        withoutRoot.removeIf(m -> m.messageId().equals(ROOT));
        ReplyThread orphaned = ReplyThread.link(AuthoredMessages.read(withoutRoot, Mailmap.EMPTY));
        assertNull(orphaned.treeRoot());
        assertEquals("", orphaned.byId().get("bea-1@board.example").parentId(), "its parent is not in the thread");
    }

    @Test
    void theStanceScorerIsWhereAModelPlugsIn() {
        Set<String> seen = new TreeSet<>();
        // a stand-in for a trained model: every message it is shown is a NAK
        Debate d = DebateSetup.standard().withStanceScorer(context -> {
            seen.add(context.messageId());
            return new MessageReading(List.of(new Signal(0, "NAK.", Cue.NAK, Signal.Target.PROPOSAL, -1.5)), false);
        }).analyzer(Mailmap.EMPTY).analyzeParsed("thread-1", DebateAnalyzerTest.thread());
        assertFalse(seen.contains(ROOT), "the proposal is not read for stance");
        assertFalse(seen.contains("lkp-1@intel.example.com"), "robots are not read for stance");
        assertEquals(d.messages().size() - 2, seen.size());
        for (Participant p : d.participants()) {
            if (p.proposer() || !p.wrote() || p.addresses().contains("kim@lab.example")) continue;
            assertEquals(Stance.AGAINST, p.stance(), p.name());
            assertTrue(p.evidence().stream().allMatch(e -> e.text().equals("NAK.") && e.cue() == Cue.NAK), p.name());
        }
        assertEquals(Stance.MIXED, d.byAddress("kim@lab.example").orElseThrow().stance(),
                "credited in the proposal's trailers, NAKing it in the thread");
    }
}
