package dev.parley.analysis.debate;

import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.tone.ToneScorer;

import java.util.HashMap;
import java.util.Map;

/**
 * The stage of a debate that scores the tone of each message (robots' too) from its author's own text, with the
 * same scorer the import uses, so it agrees with the index's {@code tone} field unless the index predates a change
 * of the scorer ({@code parley reindex} brings the index up to date); here the tone keeps its cues, for explanation.
 *
 * @param byId each message's tone by Message-ID
 */
record MessageTones(Map<String, Tone> byId) {

    MessageTones {
        byId = Map.copyOf(byId);
    }

    static MessageTones score(ReplyThread thread, ToneScorer scorer) {
        Map<String, Tone> out = new HashMap<>();
        for (ThreadMessage m : thread.byDate()) out.put(m.id(), scorer.score(m.mail().body().ownText()));
        return new MessageTones(out);
    }

    Tone of(ThreadMessage m) {
        return byId.get(m.id());
    }
}
