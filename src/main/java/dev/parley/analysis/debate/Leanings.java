package dev.parley.analysis.debate;

import java.util.List;
import java.util.Map;

/**
 * Where each message and each person leans once the stances are solved over the reply graph ({@link StanceSolver}).
 *
 * @param contributions each message's resolved signals by Message-ID, one per signal of its reading (none for the
 *                      proposal and for robots)
 * @param leans each message's lean by Message-ID: the sum of its contributions squashed to -1..1 (1 for the
 *              proposal, 0 for robots)
 * @param positions each person's net position by person id, -1..1; the proposer's is 1
 */
record Leanings(Map<String, List<Contribution>> contributions, Map<String, Double> leans, Map<String, Double> positions) {

    Leanings {
        contributions = Map.copyOf(contributions);
        leans = Map.copyOf(leans);
        positions = Map.copyOf(positions);
    }

    List<Contribution> of(ThreadMessage m) {
        return contributions.get(m.id());
    }

    double lean(ThreadMessage m) {
        return leans.get(m.id());
    }

    /** The summed pull of a message's contributions. */
    double net(ThreadMessage m) {
        double net = 0;
        for (Contribution c : of(m)) net += c.value();
        return net;
    }
}
