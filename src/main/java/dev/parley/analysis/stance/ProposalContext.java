package dev.parley.analysis.stance;

import java.util.Set;

/**
 * What a scorer needs to know about the proposal.
 *
 * @param kind the kind of change: tells what criticism of the thing changed means (for a removal it is support)
 * @param terms lower-case words that name what the proposal is about (from its subject: "octeon", "driver"), used
 *              to tell a remark about the proposal's subject from one about something else
 */
public record ProposalContext(ProposalKind kind, Set<String> terms) {

    public ProposalContext {
        terms = Set.copyOf(terms);
    }

    /**
     * Whether a lower-case word names the proposal's subject: one of its terms, or a longer or shorter form of one
     * ("filesystems" for "filesystem", "lsfmm" for "lsfmmbpf"); five letters in common at least, so that short
     * words do not match by chance.
     */
    public boolean names(String word) {
        if (terms.contains(word)) return true;
        for (String t : terms) {
            int common = Math.min(t.length(), word.length());
            if (common >= 5 && (t.startsWith(word) || word.startsWith(t))) return true;
        }
        return false;
    }
}
