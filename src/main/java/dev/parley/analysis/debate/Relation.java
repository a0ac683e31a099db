package dev.parley.analysis.debate;

import java.util.Locale;

/** How a reply relates to the message it answers. */
public enum Relation {
    AGREE, DISAGREE, NEUTRAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
