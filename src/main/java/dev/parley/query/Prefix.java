package dev.parley.query;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search prefixes: lore's (public-inbox's) set, prefix for prefix, and Parley's own ({@code thread:},
 * {@code trailer:}, {@code ack:}, {@code nak:}, {@code rb:}, {@code tb:}, {@code tone:}). {@link #TEXT} is what an
 * unprefixed word searches.
 */
public enum Prefix {
    TEXT(Kind.TEXT, "subject and body (no prefix)"),
    SUBJECT(Kind.TEXT, "subject", "s", "subject"),
    FROM(Kind.ADDRESS, "From: name or address, or a part of the address", "f"),
    TO(Kind.ADDRESS, "To:", "t"),
    CC(Kind.ADDRESS, "Cc:", "c"),
    TO_CC(Kind.ADDRESS, "To: and Cc:", "tc"),
    ADDRESSES(Kind.ADDRESS, "To:, Cc: and From:", "a", "tcf"),
    LIST(Kind.LIST, "List-Id, or a part of it (linux-xfs, vger.kernel.org)", "l"),
    LIST_ID(Kind.EXACT, "List-Id, exactly", "lid"),
    MESSAGE_ID(Kind.EXACT, "Message-ID, exactly (angle brackets optional)", "m", "mid"),
    BODY(Kind.TEXT, "all body text: own, quoted, signature, trailers, diff", "b"),
    SUBJECT_BODY(Kind.TEXT, "subject and body", "bs"),
    NOT_QUOTED(Kind.TEXT, "body text that is not quoted (own text, signature, trailers, diff)", "nq"),
    QUOTED(Kind.TEXT, "quoted text, with its attribution lines", "q"),
    ATTACHMENT(Kind.TEXT, "attachment file name", "n"),
    DIFF_FILE(Kind.TEXT, "file name in a diff", "dfn"),
    DIFF_REMOVED(Kind.TEXT, "removed (-) diff lines", "dfa"),
    DIFF_ADDED(Kind.TEXT, "added (+) diff lines", "dfb"),
    DIFF_HUNK(Kind.TEXT, "diff hunk header context (usually a function name)", "dfhh"),
    DIFF_CONTEXT(Kind.TEXT, "diff context lines", "dfctx"),
    // dt: is what lei sends for approximate dates (d:2.weeks.ago.. becomes dt:20180521000000..), public-inbox's name
    DATE(Kind.DATE, "date range in UTC: d:20180601..20180610, d:2.weeks.ago.., d:yesterday", "d", "dt"),
    RECEIVED(Kind.DATE, "same as d: (Parley keeps one date per message)", "rt"),
    THREAD(Kind.THREAD, "every message of the thread of this Message-ID", "thread"),
    TRAILER(Kind.TEXT, "any trailer line (Signed-off-by:, Fixes:, ...)", "trailer"),
    ACK(Kind.TEXT, "Acked-by: trailers", "ack"),
    NAK(Kind.TEXT, "Nacked-by: trailers", "nak"),
    REVIEWED(Kind.TEXT, "Reviewed-by: trailers", "rb"),
    TESTED(Kind.TEXT, "Tested-by: trailers", "tb"),
    TONE(Kind.TONE, "tone of the message: positive, neutral, negative or heated", "tone");

    /** How values of a prefix are matched. */
    public enum Kind {
        /** Analysed text: words, phrases, trailing wildcards. */
        TEXT,
        /** Name words, a whole address, or a part of an address. */
        ADDRESS,
        /** A List-Id or a dot-separated part of one. */
        LIST,
        /** An exact value (Message-ID, List-Id). */
        EXACT,
        /** A date or date range. */
        DATE,
        /** A Message-ID whose whole thread matches. */
        THREAD,
        /** One of the tone labels. */
        TONE
    }

    public static final List<String> TONES = List.of("positive", "neutral", "negative", "heated");

    private static final Map<String, Prefix> BY_NAME = new HashMap<>();

    static {
        for (Prefix p : values()) for (String n : p.names) BY_NAME.put(n, p);
    }

    private final Kind kind;
    private final String help;
    private final List<String> names;

    Prefix(Kind kind, String help, String... names) {
        this.kind = kind;
        this.help = help;
        this.names = List.of(names);
    }

    public Kind kind() {
        return kind;
    }

    public String help() {
        return help;
    }

    /** The names as typed, without the colon; the first is the usual one. Empty for {@link #TEXT}. */
    public List<String> names() {
        return names;
    }

    /** The prefix with this name (as typed, case-insensitive, no colon), or null. */
    public static Prefix byName(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a value is a word to analyse (TEXT and ADDRESS kinds) rather than an exact value. */
    public boolean analysed() {
        return kind == Kind.TEXT || kind == Kind.ADDRESS;
    }
}
