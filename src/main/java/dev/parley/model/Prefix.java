package dev.parley.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search prefixes, beside the fields they search ({@link Field}): lore's (public-inbox's) set, prefix for prefix,
 * and Parley's own ({@code thread:}, {@code trailer:}, {@code ack:}, {@code nak:}, {@code rb:}, {@code tb:},
 * {@code tone:}). Each row says how its values match ({@link Kind}), which fields it searches, what it is, an example
 * and the names it is typed with; the query language's prefix table and {@code parley search --help} are derived from
 * it. {@link #TEXT} is what an unprefixed word searches.
 */
public enum Prefix {
    //                 kind          fields                             help; example; names
    TEXT(              Kind.TEXT,    Groups.SUBJECT_AND_BODY,           "subject and body (no prefix)", "wavefs"),
    SUBJECT(           Kind.TEXT,    List.of(Field.SUBJECT),            "subject", "s:wavefs", "s", "subject"),
    FROM(              Kind.ADDRESS, Groups.FROM,                       "From: name or address, or a part of the address", "f:grant@kernel.example", "f"),
    TO(                Kind.ADDRESS, Groups.TO,                         "To:", "t:devel@driverdev.example.org", "t"),
    CC(                Kind.ADDRESS, Groups.CC,                         "Cc:", "c:neilb", "c"),
    TO_CC(             Kind.ADDRESS, Groups.TO_CC,                      "To: and Cc:", "tc:linux-kernel", "tc"),
    ADDRESSES(         Kind.ADDRESS, Groups.ADDRESSES,                  "To:, Cc: and From:", "a:kernel.example", "a", "tcf"),
    LIST(              Kind.LIST,    List.of(Field.LIST),               "List-Id, or a part of it (linux-xfs, vger.kernel.org)", "l:driverdev", "l"),
    LIST_ID(           Kind.EXACT,   List.of(Field.LIST),               "List-Id, exactly", "lid:driverdev-devel.driverdev.example.org", "lid"),
    MESSAGE_ID(        Kind.EXACT,   List.of(Field.MESSAGE_ID),         "Message-ID, exactly (angle brackets optional)", "m:20180604090312.GA4410@lst.example.de", "m", "mid"),
    BODY(              Kind.TEXT,    Groups.BODY,                       "all body text: own, quoted, signature, trailers, diff", "b:checksum", "b"),
    SUBJECT_BODY(      Kind.TEXT,    Groups.SUBJECT_AND_BODY,           "subject and body", "bs:napi", "bs"),
    NOT_QUOTED(        Kind.TEXT,    Groups.NOT_QUOTED,                 "body text that is not quoted (own, signature, trailers, diff)", "nq:\"two trees\"", "nq"),
    QUOTED(            Kind.TEXT,    List.of(Field.QUOTED),             "quoted text, with its attribution lines", "q:delete", "q"),
    ATTACHMENT(        Kind.TEXT,    List.of(Field.ATTACHMENT),         "attachment file name", "n:config.gz", "n"),
    DIFF_FILE(         Kind.TEXT,    List.of(Field.DIFF_FILE),          "file name in a diff", "dfn:drivers/staging/wavefs/*", "dfn"),
    DIFF_REMOVED(      Kind.TEXT,    List.of(Field.DIFF_REMOVED),       "removed (-) diff lines", "dfa:EINVAL", "dfa"),
    DIFF_ADDED(        Kind.TEXT,    List.of(Field.DIFF_ADDED),         "added (+) diff lines", "dfb:static", "dfb"),
    DIFF_HUNK(         Kind.TEXT,    List.of(Field.DIFF_HUNK),          "diff hunk header context (usually a function name)", "dfhh:wavefs_remount", "dfhh"),
    DIFF_CONTEXT(      Kind.TEXT,    List.of(Field.DIFF_CONTEXT),       "diff context lines", "dfctx:ret", "dfctx"),
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

    /** The fields of one address header: analysed "name address" text, and the exact lower-case address. */
    public record AddressField(Field text, Field exact) {
    }

    /** The fields that several prefixes search together, in the order their clauses are built. */
    private static final class Groups {
        static final List<Field> BODY = List.of(Field.OWN, Field.QUOTED, Field.SIGNATURE, Field.TRAILER,
                Field.DIFF_ADDED, Field.DIFF_REMOVED, Field.DIFF_CONTEXT, Field.DIFF_HUNK, Field.DIFF_FILE);
        static final List<Field> SUBJECT_AND_BODY = concat(List.of(Field.SUBJECT), BODY);
        static final List<Field> NOT_QUOTED = List.of(Field.OWN, Field.SIGNATURE, Field.TRAILER, Field.DIFF_FILE,
                Field.DIFF_ADDED, Field.DIFF_REMOVED, Field.DIFF_HUNK, Field.DIFF_CONTEXT);
        static final List<Field> FROM = List.of(Field.FROM, Field.FROM_ADDR);
        static final List<Field> TO = List.of(Field.TO, Field.TO_ADDR);
        static final List<Field> CC = List.of(Field.CC, Field.CC_ADDR);
        static final List<Field> TO_CC = concat(TO, CC);
        static final List<Field> ADDRESSES = concat(TO_CC, FROM);

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

    /** The fields it searches: any of them may match (an address prefix's come in pairs, see {@link #addressFields}). */
    public List<Field> fields() {
        return fields;
    }

    /** The headers an address prefix searches, each as its text and exact field. */
    public List<AddressField> addressFields() {
        List<AddressField> out = new ArrayList<>();
        for (int i = 0; i + 1 < fields.size(); i += 2) out.add(new AddressField(fields.get(i), fields.get(i + 1)));
        return out;
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

    /** Whether a value is a word to analyse (TEXT and ADDRESS kinds) rather than an exact value. */
    public boolean analysed() {
        return kind == Kind.TEXT || kind == Kind.ADDRESS;
    }
}
