package dev.parley.analysis.debate;

import java.util.Locale;

/** A participant's final position toward the proposal. */
public enum Stance {
    /** Supports the proposal as proposed: approval, an Acked-by/Reviewed-by/Tested-by on it, arguing for it; the proposer. */
    FOR,
    /** Opposes it: a NAK, an objection, a contrary course (keep or fix instead of delete, move elsewhere instead). */
    AGAINST,
    /** Conditional support, a change of mind during the thread, or for one part and against another. */
    MIXED,
    /** Took part without a position on the proposal: side questions, reviews of details, administration. */
    NEUTRAL;

    /** Lower-case name, as in JSON ("for", "against", "mixed", "neutral"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stance of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
