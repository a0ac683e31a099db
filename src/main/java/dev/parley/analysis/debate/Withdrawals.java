package dev.parley.analysis.debate;

import java.util.regex.Pattern;

/**
 * How a proposer takes a proposal back ("please drop this patch", "self-NAK"), and how they say a newer version
 * replaces it ("dropping this in favour of v2"): read the same way for the proposer's stance ({@link Participants})
 * and for what became of the proposal ({@link OutcomeReader}).
 */
final class Withdrawals {

    private static final Pattern WITHDRAW = Pattern.compile(
            "(?i)\\b((i|we) (hereby )?(withdraw|retract) (this|the|my|our) (patch|patches|series|patchset|proposal|rfc)"
                    + "|please (drop|ignore|disregard) (this|the|my) (patch|patches|series|patchset|proposal)"
                    + "|self[- ]?nak(ed)?|nak(ed)? my own|consider (this|it) withdrawn|(this|the) (patch|series|proposal)"
                    + " is withdrawn|i'?ll drop (this|the) (patch|series|idea|proposal))\\b");
    private static final Pattern NEXT_VERSION = Pattern.compile(
            "(?i)\\b(v\\d+|new version|next version|respin|resend|updated (patch|series|version)|in favou?r of)\\b");

    private Withdrawals() {
    }

    /** Whether a sentence takes the proposal back (or drops it for a newer version: see {@link #nextVersion}). */
    static boolean withdraws(String sentence) {
        return WITHDRAW.matcher(sentence).find();
    }

    /** Whether a message's text speaks of a newer version of the proposal. */
    static boolean nextVersion(String text) {
        return NEXT_VERSION.matcher(text).find();
    }
}
