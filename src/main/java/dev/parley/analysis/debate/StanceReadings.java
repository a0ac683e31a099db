package dev.parley.analysis.debate;

import dev.parley.analysis.stance.MessageReading;
import dev.parley.analysis.stance.StanceScorer;

import java.util.HashMap;
import java.util.Map;

/**
 * The stage of a debate where the {@link StanceScorer} reads each message: every message but the proposal's own and
 * robots' ({@link MessageReading#EMPTY} for those).
 *
 * @param byId each message's reading by Message-ID
 */
record StanceReadings(Map<String, MessageReading> byId) {

    StanceReadings {
        byId = Map.copyOf(byId);
    }

    static StanceReadings read(ReplyThread thread, Proposal proposal, MessageContexts contexts, StanceScorer scorer) {
        Map<String, MessageReading> out = new HashMap<>();
        for (ThreadMessage m : thread.byDate()) {
            boolean reads = !m.bot() && !proposal.includes(m.id());
            out.put(m.id(), reads ? scorer.read(contexts.of(m)) : MessageReading.EMPTY);
        }
        return new StanceReadings(out);
    }

    MessageReading of(ThreadMessage m) {
        return byId.get(m.id());
    }
}
