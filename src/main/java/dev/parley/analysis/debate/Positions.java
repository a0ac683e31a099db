package dev.parley.analysis.debate;

import dev.parley.analysis.debate.Participant.Shift;
import dev.parley.analysis.stance.Cue;
import dev.parley.mail.Trailer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges one person's final position from their resolved contributions: how much pulls for and against, whether
 * support came with a condition, and whether the direction turned round during the thread (a change of mind: the
 * later position is the one it moved to, and the stance is mixed).
 */
final class Positions {

    /**
     * Below this much pull either way a participant has no position: one clear cue, even hedged or asked, is a position,
     * and so is agreeing with someone whose own position is only moderate.
     */
    private static final double THRESHOLD = 0.2;

    private Positions() {
    }

    /**
     * Judges one person.
     *
     * @param contributions all their resolved contributions, oldest message first
     * @param ownMessages the messages they wrote, oldest first
     * @param explicitChange whether they said they changed their mind
     */
    static Position judge(List<Contribution> contributions, List<ThreadMessage> ownMessages, boolean explicitChange,
                           Leanings leanings, MessageContexts contexts) {
        double pro = 0, con = 0, conditional = 0, votes = 0, naks = 0;
        for (Contribution c : contributions) {
            double v = c.value();
            if (Math.abs(v) < 0.1) continue;
            if (v > 0) pro += v;
            else con -= v;
            if (c.conditional()) conditional += v;
            Cue cue = c.evidence().cue();
            if (cue == Cue.TRAILER || cue == Cue.ACT || cue == Cue.PROPOSAL_TRAILER) {
                if (v > 0) votes += v;
                else naks -= v;
            }
            if (cue == Cue.NAK) naks -= v;
        }
        // a vote stands until it is withdrawn: later reservations weaker than it are no change of mind
        boolean voteStands = votes >= 1.4 && naks == 0 && con < votes && !explicitChange;
        Shift shift = voteStands ? Shift.NONE : shift(ownMessages, explicitChange, leanings);
        double net = pro - con;
        Stance stance;
        String reason;
        if (pro < THRESHOLD && con < THRESHOLD) {
            stance = Stance.NEUTRAL;
            reason = contributions.isEmpty() ? "no statement on the proposal" : "took part without a position on the proposal";
        } else if (shift != Shift.NONE) {
            stance = Stance.MIXED;
            reason = (shift == Shift.TOWARD_FOR ? "changed their mind, came round to it: " : "changed their mind, turned against it: ")
                    + reasons(contributions, 0);
        } else if (conditional > 0 && pro - conditional < THRESHOLD && con < THRESHOLD) {
            stance = Stance.MIXED;
            reason = "support with a condition";
        } else if (Math.min(pro, con) >= 0.45 && Math.min(pro, con) / Math.max(pro, con) >= 0.4
                && !(votes >= 1.4 && naks == 0) && !(naks >= 1.4 && votes == 0)) {
            stance = Stance.MIXED;
            reason = "both ways: " + reasons(contributions, 0);
        } else if (net > 0) {
            stance = Stance.FOR;
            reason = reasons(contributions, 1);
        } else {
            stance = Stance.AGAINST;
            reason = reasons(contributions, -1);
        }
        double confidence = confidence(stance, pro, con, votes, naks, ownMessages.size());
        return new Position(stance, confidence, stance == Stance.MIXED ? shift : Shift.NONE, reason,
                evidence(stance, contributions, ownMessages, contexts));
    }

    /** What they did, in a few words per kind of signal, strongest first: "Acked-by; spoke for it". */
    private static String reasons(List<Contribution> contributions, int sign) {
        List<Contribution> sorted = new ArrayList<>(contributions);
        sorted.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value())));
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        for (Contribution c : sorted) {
            double v = c.value();
            if (Math.abs(v) < 0.1 || sign != 0 && Math.signum(v) != sign) continue;
            String text = c.evidence().text();
            String part = switch (c.evidence().cue()) {
                case TRAILER -> trailerKey(text) + " given";
                case PROPOSAL_TRAILER -> "credited in the proposal's trailers";
                case NAK -> "NAKed it";
                case ACT -> "applied or queued it";
                case STATEMENT -> v > 0 ? "spoke for it" : "objected to it";
                case COUNTER_PROPOSAL -> "proposed another course";
                case CONDITION -> "support with a condition";
                case STATUS_QUO -> v > 0 ? "criticised what it changes" : "defended what it changes";
                case REPLY -> v > 0 ? "sided with its supporters" : "argued against its supporters";
                default -> null;
            };
            if (part != null) parts.add(part);
            if (parts.size() == 3) break;
        }
        return parts.isEmpty() ? "took part" : String.join("; ", parts);
    }

    /** "Acked-by" from "Acked-by: Jane ..." or "Please add my Signed-off-by: Jane ..."; "a vote" otherwise ("Ack."). */
    private static String trailerKey(String text) {
        String key = Trailer.keyIn(text);
        return key != null ? key : "a vote";
    }

    /**
     * A turn: the person's earliest and latest messages that took a clear position point opposite ways (an explicit
     * "you convinced me" lowers the bar).
     */
    private static Shift shift(List<ThreadMessage> own, boolean explicitChange, Leanings leanings) {
        double bar = explicitChange ? 0.3 : 0.6;
        double first = 0, last = 0;
        for (ThreadMessage m : own) {
            double net = leanings.net(m);
            if (Math.abs(net) < bar) continue;
            if (first == 0) first = net;
            last = net;
        }
        if (first == 0 || Math.signum(first) == Math.signum(last)) return Shift.NONE;
        return last > 0 ? Shift.TOWARD_FOR : Shift.TOWARD_AGAINST;
    }

    private static double confidence(Stance stance, double pro, double con, double votes, double naks, int messages) {
        double c = switch (stance) {
            case FOR -> (1 - Math.exp(-1.3 * (pro - con))) * (1 - con / (pro + con + 1e-9) * 0.6);
            case AGAINST -> (1 - Math.exp(-1.3 * (con - pro))) * (1 - pro / (pro + con + 1e-9) * 0.6);
            case MIXED -> 0.35 + 0.25 * Math.min(1, Math.min(pro, con));
            case NEUTRAL -> Math.max(0.3, Math.min(0.8, 0.45 + 0.1 * messages) - Math.max(pro, con));
        };
        if (stance == Stance.FOR && votes >= 1.4 || stance == Stance.AGAINST && naks >= 1.4) c = Math.max(c, 0.9);
        return Math.round(Math.max(0.05, Math.min(1, c)) * 100) / 100.0;
    }

    /** The sentences that decided it: strongest first, at most three; both sides for mixed; side remarks for neutral. */
    private static List<Evidence> evidence(Stance stance, List<Contribution> contributions, List<ThreadMessage> own,
                                           MessageContexts contexts) {
        List<Contribution> sorted = new ArrayList<>(contributions);
        sorted.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value())));
        Map<String, Evidence> out = new LinkedHashMap<>();
        switch (stance) {
            case FOR, AGAINST -> {
                double sign = stance == Stance.FOR ? 1 : -1;
                for (Contribution c : sorted) {
                    if (c.value() * sign > 0.05 && out.size() < 3) out.putIfAbsent(key(c.evidence()), c.evidence());
                }
            }
            case MIXED -> {
                for (Contribution c : sorted) if (c.value() > 0.05 && out.size() < 2) out.putIfAbsent(key(c.evidence()), c.evidence());
                int before = out.size();
                for (Contribution c : sorted) {
                    if (c.value() < -0.05 && out.size() < before + 2) out.putIfAbsent(key(c.evidence()), c.evidence());
                }
                for (Contribution c : sorted) {
                    if (c.evidence().cue() == Cue.CHANGE_OF_MIND) out.putIfAbsent(key(c.evidence()), c.evidence());
                }
            }
            case NEUTRAL -> {
                for (Contribution c : contributions) {
                    if (c.evidence().cue() == Cue.SIDE && out.size() < 2) out.putIfAbsent(key(c.evidence()), c.evidence());
                }
                if (out.isEmpty()) {
                    for (ThreadMessage m : own) {
                        String first = contexts.firstSentence(m);
                        if (first != null) {
                            Evidence e = new Evidence(m.id(), first, Cue.SIDE, 0);
                            out.put(key(e), e);
                            break;
                        }
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static String key(Evidence e) {
        return e.messageId() + "\u0000" + e.text();
    }
}
