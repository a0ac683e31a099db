package dev.parley.analysis.stance;

import dev.parley.analysis.debate.Proposal;

import java.util.Set;

/**
 * What a scorer needs to know about the proposal.
 *
 * @param kind the kind of change: tells what criticism of the thing changed means (for a removal it is support)
 * @param terms lower-case words that name what the proposal is about (from its subject: "octeon", "driver"), used
 *              to tell a remark about the proposal's subject from one about something else
 */
public record ProposalContext(Proposal.Kind kind, Set<String> terms) {

    public ProposalContext {
        terms = Set.copyOf(terms);
    }
}
