package dev.parley.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search prefixes, beside the fields they search ({@link Field}): lore's (public-inbox's) set, prefix for prefix
 * (but {@code patchid:}, which needs git), and Parley's own ({@code thread:}, {@code trailer:}, {@code ack:},
 * {@code nak:}, {@code rb:}, {@code tb:}, {@code tone:}). Each row says how its values match ({@link Kind}), which fields it searches, what it is, an example
 * and the names it is typed with; the query language's prefix table and {@code parley search --help} are derived from
 * it. {@link #TEXT} is what an unprefixed word searches.
 */
public enum Prefix {
    //                 kind          fields                             help; example; names
    TEXT(              Kind.TEXT,    Groups.DEFAULT,                    "subject, From:, Message-ID, body and attachment names (no prefix)", "wavefs"),
    SUBJECT(           Kind.TEXT,    List.of(Field.SUBJECT),            "subject", "s:wavefs", "s", "subject"),
    FROM(              Kind.TEXT,    List.of(Field.FROM),               "From: (name, address or a part of it)", "f:grant@kernel.example", "f"),
    TO(                Kind.TEXT,    List.of(Field.TO),                 "To:", "t:devel@driverdev.example.org", "t"),
    CC(                Kind.TEXT,    List.of(Field.CC),                 "Cc:", "c:neilb", "c"),
    TO_CC(             Kind.TEXT,    List.of(Field.TO, Field.CC),       "To: and Cc:", "tc:linux-kernel", "tc"),
    ADDRESSES(         Kind.TEXT,    List.of(Field.TO, Field.CC, Field.FROM), "To:, Cc: and From:", "a:kernel.example", "a", "tcf"),
    LIST(              Kind.TEXT,    List.of(Field.LIST_WORDS),         "List-Id, or a part of it (linux-xfs, vger.kernel.org)", "l:driverdev", "l"),
    LIST_ID(           Kind.EXACT,   List.of(Field.LIST),               "List-Id, exactly", "lid:driverdev-devel.driverdev.example.org", "lid"),
    MESSAGE_ID(        Kind.TEXT,    List.of(Field.MESSAGE_ID_WORDS),   "Message-ID, or a part of it (angle brackets optional)", "m:20180604090312.GA4410@lst.example.de", "m"),
    MESSAGE_ID_EXACT(  Kind.EXACT,   List.of(Field.MESSAGE_ID),         "Message-ID, exactly", "mid:20180604090312.GA4410@lst.example.de", "mid"),
    BODY(              Kind.TEXT,    Groups.BODY,                       "all body text and text attachments: own, quoted, diff", "b:checksum", "b"),
    SUBJECT_BODY(      Kind.TEXT,    Groups.SUBJECT_AND_BODY,           "subject and body", "bs:napi", "bs"),
    NOT_QUOTED(        Kind.TEXT,    Groups.NOT_QUOTED,                 "body text that is not quoted (own, attribution lines, signature, trailers, diffstat, diff)", "nq:\"two trees\"", "nq"),
    QUOTED(            Kind.TEXT,    List.of(Field.QUOTED),             "quoted text (lines starting with >)", "q:delete", "q"),
    ATTACHMENT(        Kind.TEXT,    List.of(Field.ATTACHMENT),         "attachment file name", "n:config.gz", "n"),
    DIFF_FILE(         Kind.TEXT,    List.of(Field.DIFF_FILE),          "file name in a diff", "dfn:drivers/staging/wavefs", "dfn"),
    DIFF_REMOVED(      Kind.TEXT,    List.of(Field.DIFF_REMOVED),       "removed (-) diff lines", "dfa:EINVAL", "dfa"),
    DIFF_ADDED(        Kind.TEXT,    List.of(Field.DIFF_ADDED),         "added (+) diff lines", "dfb:static", "dfb"),
    DIFF_HUNK(         Kind.TEXT,    List.of(Field.DIFF_HUNK),          "diff hunk header context (usually a function name)", "dfhh:wavefs_remount", "dfhh"),
    DIFF_CONTEXT(      Kind.TEXT,    List.of(Field.DIFF_CONTEXT),       "diff context lines", "dfctx:ret", "dfctx"),
    DIFF_PRE(          Kind.BLOB,    List.of(Field.DIFF_PRE),           "git blob id before the change (7 or more hex digits)", "dfpre:3b18e51", "dfpre"),
    DIFF_POST(         Kind.BLOB,    List.of(Field.DIFF_POST),          "git blob id after the change", "dfpost:8d9a2c4", "dfpost"),
    DIFF_BLOB(         Kind.BLOB,    List.of(Field.DIFF_PRE, Field.DIFF_POST), "git blob id before or after the change", "dfblob:3b18e51", "dfblob"),
    DATE(              Kind.DATE,    List.of(Field.DATE),               "date range (UTC): 20180601..20180610, 2.weeks.ago.., yesterday", "d:2018-06-01..2018-06-10", "d", "dt"),
    RECEIVED(          Kind.DATE,    List.of(Field.DATE),               "same as d: (Parley keeps one date per message)", "rt:last.month..", "rt"),
    THREAD(            Kind.THREAD,  List.of(Field.THREAD),             "every message of the thread of this Message-ID", "thread:20180604081233.21877-1-grant@kernel.example", "thread"),
    TRAILER(           Kind.TEXT,    List.of(Field.TRAILER),            "any trailer line (Signed-off-by:, Fixes:, ...)", "trailer:marta", "trailer"),
    ACK(               Kind.TEXT,    List.of(Field.ACK),                "Acked-by: trailers", "ack:oskar", "ack"),
    NAK(               Kind.TEXT,    List.of(Field.NAK),                "Nacked-by: trailers", "nak:neilb", "nak"),
    REVIEWED(          Kind.TEXT,    List.of(Field.REVIEW),             "Reviewed-by: trailers", "rb:tobias", "rb"),
    TESTED(            Kind.TEXT,    List.of(Field.TESTED),             "Tested-by: trailers", "tb:priya", "tb"),
    TONE(              Kind.TONE,    List.of(Field.TONE),               "tone of the message: positive, neutral, negative or heated", "tone:heated", "tone");

    /** How values of a prefix are matched. */
    public enum Kind {
        /** Analysed text: words (stemmed as lore stems them), phrases, trailing wildcards. */
        TEXT,
        /** An exact value (Message-ID, List-Id). */
        EXACT,
        /** A git blob id or its first 7 or more hex digits. */
        BLOB,
        /** A date or date range. */
        DATE,
        /** A Message-ID whose whole thread matches. */
        THREAD,
        /** One of the tone labels. */
        TONE
    }

    /**
     * The fields several prefixes search together, as lore's (public-inbox's {@code Search.pm}): an unprefixed word
     * searches the Message-ID, subject, From:, quoted text, attachment names and what {@code nq:} searches, but
     * neither To:/Cc: nor the List-Id.
     */
    private static final class Groups {
        static final List<Field> NOT_QUOTED = List.of(Field.OWN, Field.DIFF_FILE, Field.DIFF_REMOVED, Field.DIFF_ADDED,
                Field.DIFF_HUNK, Field.DIFF_CONTEXT);
        static final List<Field> BODY = concat(NOT_QUOTED, List.of(Field.QUOTED));
        static final List<Field> SUBJECT_AND_BODY = concat(BODY, List.of(Field.SUBJECT));
        static final List<Field> DEFAULT = concat(List.of(Field.MESSAGE_ID_WORDS, Field.SUBJECT, Field.FROM, Field.QUOTED,
                Field.ATTACHMENT), NOT_QUOTED);

        private static List<Field> concat(List<Field> a, List<Field> b) {
            List<Field> out = new ArrayList<>(a);
            out.addAll(b);
            return List.copyOf(out);
        }
    }

    public static final List<String> TONES = List.of("positive", "neutral", "negative", "heated");

    private static final Map<String, Prefix> BY_NAME = new HashMap<>();

    static {
        for (Prefix p : values()) for (String n : p.names) BY_NAME.put(n, p);
    }

    private final Kind kind;
    private final List<Field> fields;
    private final String help;
    private final String example;
    private final List<String> names;

    Prefix(Kind kind, List<Field> fields, String help, String example, String... names) {
        this.kind = kind;
        this.fields = fields;
        this.help = help;
        this.example = example;
        this.names = List.of(names);
    }

    public Kind kind() {
        return kind;
    }

    /** The fields it searches: any of them may match. */
    public List<Field> fields() {
        return fields;
    }

    public String help() {
        return help;
    }

    /** A query that uses it. */
    public String example() {
        return example;
    }

    /** The names as typed, without the colon; the first is the usual one. Empty for {@link #TEXT}. */
    public List<String> names() {
        return names;
    }

    /** The prefix with this name (as typed, case-insensitive, no colon), or null. */
    public static Prefix byName(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a value is words to analyse (the TEXT kind) rather than a value matched whole. */
    public boolean analysed() {
        return kind == Kind.TEXT;
    }
}
