package dev.parley.analysis.stance;

import java.util.Locale;

/** The kind of change a thread proposes, which tells the stance rules what criticism of the status quo means. */
public enum ProposalKind {
    /** Delete, remove, drop or deprecate something: criticism of that thing supports the proposal. */
    REMOVE,
    /** Add or promote something (a driver, a rule, a file system out of staging). */
    ADD,
    /** Any other change (a fix, a rework, a process change). */
    CHANGE,
    /** A topic put up for discussion, no patch. */
    DISCUSSION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
