package dev.parley.analysis.quotes;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts scored quotes in the order an editor would pick them, ten at a time. In each ten: every side that has a
 * position (for, against, mixed) is heard by its best quote, nobody has more than {@value #PER_PERSON} quotes of
 * their own replies, and the proposal's own text (its description, the documentation it adds) fills at most
 * {@value #PROPOSAL_SHARE} places, since an article quotes the proposal in its author's words and then the people who
 * argued about it (in the press set's tuning threads, 24 of 35 press quotes came from the proposal's own text); the
 * rest go by score. In the first ten the proposer's key claim (the best quote of the proposal's
 * own text) comes first, and the others follow by score. When the rules leave places empty, the best of what is left
 * fills them.
 */
final class EditorsOrder {

    static final int ROUND = 10;
    static final int PER_PERSON = 2;
    static final int PROPOSAL_SHARE = 6;

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

    private static List<Quote> round(List<Quote> left, Debate debate, boolean first) {
        Set<Quote> picked = new LinkedHashSet<>();
        Map<String, Integer> perPerson = new HashMap<>();
        int[] proposal = {0};
        Quote keyClaim = null;
        if (first) {
            keyClaim = left.stream().filter(Quote::proposal).findFirst().orElse(null);
            if (keyClaim != null) take(keyClaim, picked, perPerson, proposal);
        }
        for (Stance side : List.of(Stance.FOR, Stance.AGAINST, Stance.MIXED)) {
            if (debate.withStance(side).stream().noneMatch(Participant::wrote)) continue;
            if (picked.stream().anyMatch(q -> q.stance() == side)) continue;
            for (Quote q : left) {
                if (q.stance() == side && !q.text().endsWith("?") && fits(q, perPerson, proposal[0])) {
                    take(q, picked, perPerson, proposal);
                    break;
                }
            }
        }
        for (Quote q : left) {
            if (picked.size() >= ROUND) break;
            if (!picked.contains(q) && fits(q, perPerson, proposal[0])) take(q, picked, perPerson, proposal);
        }
        for (Quote q : left) { // the rules left places empty: the best of the rest
            if (picked.size() >= ROUND) break;
            picked.add(q);
        }
        List<Quote> round = new ArrayList<>(picked);
        List<Quote> rest = new ArrayList<>(left);
        rest.retainAll(picked); // in score order
        if (keyClaim != null) {
            rest.remove(keyClaim);
            rest.add(0, keyClaim);
        }
        return rest.size() == round.size() ? rest : round;
    }

    private static boolean fits(Quote q, Map<String, Integer> perPerson, int proposal) {
        return q.proposal() ? proposal < PROPOSAL_SHARE : perPerson.getOrDefault(q.authorId(), 0) < PER_PERSON;
    }

    private static void take(Quote q, Set<Quote> picked, Map<String, Integer> perPerson, int[] proposal) {
        picked.add(q);
        if (q.proposal()) proposal[0]++;
        else perPerson.merge(q.authorId(), 1, Integer::sum);
    }
}
