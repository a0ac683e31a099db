package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.tone.Tone;

import java.util.ArrayList;
import java.util.List;

/**
 * The stage of a debate that labels who answered whom: replies between two different people (robots left out), each
 * with how it relates to what it answers: its agreement or disagreement with the answered text, and its own position
 * on the proposal set against the answered side's (a NAK in answer to a supporter disagrees with them).
 */
final class Exchanges {

    private Exchanges() {
    }

    /** The thread's exchanges, oldest first. */
    static List<Exchange> of(ReplyThread thread, MessageContexts contexts, MessageTones tones, Leanings leanings) {
        List<Exchange> out = new ArrayList<>();
        for (ThreadMessage m : thread.byDate()) {
            ThreadMessage p = thread.parent(m);
            if (p == null || m.bot() || p.bot() || p.author().id().equals(m.author().id())) continue;
            double side = Math.abs(leanings.lean(p)) >= 0.2 ? leanings.lean(p)
                    : 0.5 * leanings.positions().getOrDefault(p.author().id(), 0.0);
            double relation = 0;
            Evidence strongest = null;
            double strongestSize = 0;
            boolean turning = false;
            for (Contribution c : leanings.of(m)) {
                Cue cue = c.evidence().cue();
                double r = c.relation() != 0 ? c.relation() : c.value() * side;
                if (cue == Cue.NAK || cue == Cue.COUNTER_PROPOSAL || cue == Cue.CHANGE_OF_MIND) turning = true;
                if (Math.abs(r) < 0.05) continue;
                relation += r;
                double size = Math.abs(r) + (c.relation() != 0 ? 1 : 0); // what answers the parent shows it best
                if (size > strongestSize) {
                    strongestSize = size;
                    strongest = c.evidence();
                }
            }
            Relation rel = relation >= 0.3 ? Relation.AGREE : relation <= -0.3 ? Relation.DISAGREE : Relation.NEUTRAL;
            String text = strongest != null && rel != Relation.NEUTRAL ? strongest.text() : contexts.firstLine(m);
            double weight = Math.min(1, Math.abs(relation) / 1.5 * (1 + Math.abs(leanings.lean(m) - leanings.lean(p)) / 2)
                    + (turning ? 0.3 : 0) + (tones.of(m).label() == Tone.Label.HEATED ? 0.2 : 0));
            if (rel == Relation.NEUTRAL) weight = Math.min(weight, 0.3);
            out.add(new Exchange(m.id(), p.id(), m.author().id(), m.author().displayName(), p.author().id(),
                    p.author().displayName(), rel, text, m.date(), StanceSolver.round(weight)));
        }
        return List.copyOf(out);
    }
}
