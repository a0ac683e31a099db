package dev.parley.analysis.quotes;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts scored quotes in the order an editor would pick them, ten at a time. In each ten: every side that has a
 * position (for, against, mixed) is heard by its best quote, nobody has more than {@value #PER_PERSON} quotes of
 * their own replies (the second from the message of the first unless clearly weaker), and the proposal's own text
 * (its description, the documentation it adds) fills at most {@value #PROPOSAL_SHARE} places, since an article
 * quotes the proposal in its author's words and then the people who argued about it (in the press set's tuning
 * threads, 24 of 35 press quotes came from the proposal's own text); the rest go by score. In the first ten the
 * proposer's key claim (the best quote of the proposal's own text) comes first, and the others follow by score. When
 * the rules leave places empty, the best of what is left fills them.
 */
public final class EditorsOrder {

    public static final int ROUND = 10;
    public static final int PER_PERSON = 2;
    public static final int PROPOSAL_SHARE = 6;
    /** How much better (in score) a person's quote from another message must be to stand beside their first. */
    static final double SAME_MESSAGE_MARGIN = 0.05;
    /** The sides that each ten must let speak, when someone who wrote holds them. */
    private static final List<Stance> SIDES = List.of(Stance.FOR, Stance.AGAINST, Stance.MIXED);

    private EditorsOrder() {
    }

    /**
     * @param byScore the quotes, best first
     * @return the same quotes in the editor's order
     */
    static List<Quote> of(List<Quote> byScore, Debate debate) {
        List<Quote> left = new ArrayList<>(byScore);
        List<Quote> out = new ArrayList<>(byScore.size());
        boolean first = true;
        while (!left.isEmpty()) {
            List<Quote> round = round(left, debate, first);
            left.removeAll(round);
            out.addAll(round);
            first = false;
        }
        return out;
    }

    /**
     * The most targets that any first ten obeying the rules could hold, whatever the scores: at most
     * {@value #PER_PERSON} of a person's replies and {@value #PROPOSAL_SHARE} of the proposal's own text, and a place
     * for each side with a position that no chosen quote speaks for. How far a ranking of these quotes can go on a
     * set of press quotes.
     *
     * @param quotes every quote of the thread
     * @param targets what each quote hits (the press quotes from its sentence), empty for most
     */
    public static int ceiling(List<Quote> quotes, Debate debate, Function<Quote, Set<Integer>> targets) {
        int required = 0;
        for (Stance side : SIDES) {
            if (debate.withStance(side).stream().anyMatch(Participant::wrote)) required |= bit(side);
        }
        Map<String, List<Quote>> buckets = new LinkedHashMap<>(); // who a quote counts against: the proposal, or a person
        for (Quote q : quotes) {
            if (!targets.apply(q).isEmpty()) buckets.computeIfAbsent(q.proposal() ? "" : q.authorId(), k -> new ArrayList<>()).add(q);
        }
        // best[used][sides spoken for] = most targets; the buckets' targets are taken as disjoint (a sentence is one
        // person's), so the sum may overcount only when one press quote matches sentences of two people
        int[][] best = new int[ROUND + 1][8];
        for (int[] row : best) Arrays.fill(row, -1);
        best[0][0] = 0;
        for (Map.Entry<String, List<Quote>> bucket : buckets.entrySet()) {
            int cap = bucket.getKey().isEmpty() ? PROPOSAL_SHARE : PER_PERSON;
            int[][] options = new int[cap + 1][8]; // [quotes taken][sides] = most targets of this bucket
            for (int[] row : options) Arrays.fill(row, -1);
            choose(bucket.getValue(), 0, cap, new ArrayList<>(), targets, options);
            int[][] next = new int[ROUND + 1][8];
            for (int u = 0; u <= ROUND; u++) next[u] = best[u].clone();
            for (int u = 0; u <= ROUND; u++) {
                for (int m = 0; m < 8; m++) {
                    if (best[u][m] < 0) continue;
                    for (int k = 1; k <= cap && u + k <= ROUND; k++) {
                        for (int s = 0; s < 8; s++) {
                            if (options[k][s] >= 0) next[u + k][m | s] = Math.max(next[u + k][m | s], best[u][m] + options[k][s]);
                        }
                    }
                }
            }
            best = next;
        }
        int most = 0;
        for (int u = 0; u <= ROUND; u++) {
            for (int m = 0; m < 8; m++) {
                if (best[u][m] >= 0 && u + Integer.bitCount(required & ~m) <= ROUND) most = Math.max(most, best[u][m]);
            }
        }
        Set<Integer> all = new HashSet<>();
        for (Quote q : quotes) all.addAll(targets.apply(q));
        return Math.min(most, all.size());
    }

    /** Every choice of up to {@code cap} of the quotes from {@code from} on: the targets hit, by count and sides. */
    private static void choose(List<Quote> quotes, int from, int cap, List<Quote> chosen,
                               Function<Quote, Set<Integer>> targets, int[][] options) {
        if (!chosen.isEmpty()) {
            Set<Integer> hit = new HashSet<>();
            int sides = 0;
            for (Quote q : chosen) {
                hit.addAll(targets.apply(q));
                sides |= bit(q.stance());
            }
            options[chosen.size()][sides] = Math.max(options[chosen.size()][sides], hit.size());
        }
        if (chosen.size() == cap) return;
        for (int i = from; i < quotes.size(); i++) {
            chosen.add(quotes.get(i));
            choose(quotes, i + 1, cap, chosen, targets, options);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static int bit(Stance side) {
        int i = SIDES.indexOf(side);
        return i < 0 ? 0 : 1 << i;
    }

    private static List<Quote> round(List<Quote> left, Debate debate, boolean first) {
        Ten ten = new Ten(left);
        Quote keyClaim = null;
        if (first) {
            keyClaim = left.stream().filter(Quote::proposal).findFirst().orElse(null);
            if (keyClaim != null) ten.take(keyClaim);
        }
        for (Stance side : SIDES) {
            if (debate.withStance(side).stream().noneMatch(Participant::wrote)) continue;
            if (ten.picked.stream().anyMatch(q -> q.stance() == side)) continue;
            for (Quote q : left) {
                if (q.stance() == side && !q.text().endsWith("?") && ten.fits(q)) {
                    ten.take(q);
                    break;
                }
            }
        }
        for (Quote q : left) {
            if (ten.picked.size() >= ROUND) break;
            if (ten.fits(q)) ten.take(q);
        }
        for (Quote q : left) { // the rules left places empty: the best of the rest
            if (ten.picked.size() >= ROUND) break;
            ten.picked.add(q);
        }
        List<Quote> round = new ArrayList<>(ten.picked);
        List<Quote> rest = new ArrayList<>(left);
        rest.retainAll(ten.picked); // in score order
        if (keyClaim != null) {
            rest.remove(keyClaim);
            rest.add(0, keyClaim);
        }
        return rest.size() == round.size() ? rest : round;
    }

    /** One ten as it fills: what it holds, and whether a quote still fits. */
    private static final class Ten {

        final Set<Quote> picked = new LinkedHashSet<>();
        private final List<Quote> left;
        private final Map<String, Integer> perPerson = new HashMap<>();
        private final Map<String, String> firstMessage = new HashMap<>(); // person -> the message of their first here
        private int proposal;

        Ten(List<Quote> left) {
            this.left = left;
        }

        /**
         * Within the rules; and a person's second quote comes from the message of their first unless another of
         * theirs is clearly better: an article quotes one message of a person at length (in the press set's tuning
         * threads, everyone quoted more than once was quoted from one message).
         */
        boolean fits(Quote q) {
            if (picked.contains(q)) return false;
            if (q.proposal()) return proposal < PROPOSAL_SHARE;
            if (perPerson.getOrDefault(q.authorId(), 0) >= PER_PERSON) return false;
            String message = firstMessage.get(q.authorId());
            if (message == null || message.equals(q.messageId())) return true;
            return left.stream().noneMatch(o -> !picked.contains(o) && !o.proposal() && o.authorId().equals(q.authorId())
                    && o.messageId().equals(message) && o.score() >= q.score() - SAME_MESSAGE_MARGIN);
        }

        void take(Quote q) {
            picked.add(q);
            if (q.proposal()) {
                proposal++;
            } else {
                perPerson.merge(q.authorId(), 1, Integer::sum);
                firstMessage.putIfAbsent(q.authorId(), q.messageId());
            }
        }
    }
}
