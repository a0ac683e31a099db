package dev.parley.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema: every field of a message's document, one row each, in the spirit of mu's {@code mu-fields.hh}. Each
 * row says what the field holds ({@link Type}), how it is indexed ({@link Flag}: searched or not, positions, norms,
 * stored, doc values, read back with every message or not), what it is and an example value. Everything else is
 * derived from this table: the Lucene document ({@code dev.parley.lucene.MessageDocuments}), the OpenSearch mapping
 * ({@code dev.parley.opensearch.ClusterSchema}), the fields a {@link StoredMessage} is read from ({@link #light()},
 * decoded by {@link StoredMessages}), and, through {@link Prefix}, the query language's prefixes and their help.
 * Adding a field, or changing how one is indexed, is one line here (and a bump of {@link #SCHEMA_VERSION} when
 * existing archives must be rebuilt).
 */
public enum Field {
    // The flags in the table: I indexed (searchable), S stored, L light (read back with every message), P positions,
    // N norms, D doc values in both backends (sort, group), A doc values in the cluster only (aggregations; the
    // embedded index walks its terms instead).
    // Every text prefix takes phrases (lore's do), so every text field has positions. Norms (a field's length in
    // BM25) only where a short text mentioning a word is the better match: the subject, From: and the writer's own
    // text. The rest rank by how often the word occurs without their length: the quoted text (lore gives it no weight
    // at all), diffs, addresses, trailers and names, whose length says nothing of relevance. Norms cost a fifth of
    // the indexing CPU when every text field has them (bench/README.md).
    //                  id               type            flags        help; example
    UID(                "uid",           Type.KEYWORD,   "I S L A",   "content key: the unique key (MurmurHash3 of the message bytes, hex)", "8f3a0c9d51e2b7f4a6c08d13e5f7a9b2"),
    MESSAGE_ID(         "mid",           Type.KEYWORD,   "I S L A",   "the exact Message-ID, without angle brackets", "20180604081233.21877-1-grant@kernel.example"),
    SYNTHETIC_ID(       "mid_synthetic", Type.KEYWORD,   "I S L A",   "\"1\" when the message had no Message-ID and Parley made one", "1"),
    IN_REPLY_TO(        "irt",           Type.KEYWORD,   "S L",       "the In-Reply-To Message-ID", "20180604081233.21877-1-grant@kernel.example"),
    REFERENCES(         "refs",          Type.KEYWORD,   "S L",       "the References Message-IDs, space separated", "a@example.org b@example.org"),
    LINK(               "link",          Type.KEYWORD,   "I A",       "own id, References and In-Reply-To: what threading looks up", "20180604081233.21877-1-grant@kernel.example"),
    THREAD(             "thread",        Type.KEYWORD,   "I S L D",   "the thread id: results are grouped and routed by it", "5f0e9c1d2a3b4c5d"),
    MESSAGE_ID_WORDS(   "mid_words",     Type.TEXT,      "I P",       "the Message-ID's words, and its runs of 3 or more letters and digits when it has a run of 12 (lore's)", "20180604081233.21877-1-grant@kernel.example"),
    SUBJECT(            "subject",       Type.TEXT,      "I S L P N", "the Subject", "[PATCH] staging: wavefs: delete the filesystem from the tree."),
    SUBJECT_NORM(       "subject_norm",  Type.KEYWORD,   "S",         "the subject without Re:, tags and list prefixes", "staging: wavefs: delete the filesystem from the tree."),
    PATCH_TAG(          "patch",         Type.KEYWORD,   "S",         "the [PATCH ...] tag of a patch", "PATCH v3"),
    PATCH_VERSION(      "patch_version", Type.INTEGER,   "I S",       "the patch series version", "3"),
    PATCH_INDEX(        "patch_index",   Type.INTEGER,   "I S",       "the patch's place in its series", "2"),
    PATCH_TOTAL(        "patch_total",   Type.INTEGER,   "I S",       "the patches in its series", "3"),
    FROM(               "from",          Type.TEXT,      "I P N",     "From: name and address", "Grant Kessler grant@kernel.example"),
    FROM_ADDR(          "from_addr",     Type.KEYWORD,   "I S L A",   "From: the address, lower case", "grant@kernel.example"),
    FROM_NAME(          "from_name",     Type.KEYWORD,   "S L",       "From: the name", "Grant Kessler"),
    TO(                 "to",            Type.TEXT,      "I P",       "To: names and addresses", "devel@driverdev.example.org"),
    CC(                 "cc",            Type.TEXT,      "I P",       "Cc: names and addresses", "Neil Bramble neilb@suse.example.com"),
    LIST(               "list",          Type.KEYWORD,   "I S L A",   "List-Id, lower case", "driverdev-devel.driverdev.example.org"),
    LIST_WORDS(         "list_words",    Type.TEXT,      "I P",       "List-Id's words", "driverdev-devel.driverdev.example.org"),
    DATE(               "date",          Type.DATE,      "I S L D",   "the date, UTC, in milliseconds since 1970", "1528099953000"),
    DATE_OFFSET(        "date_offset",   Type.INTEGER,   "S L",       "the writer's UTC offset in seconds", "7200"),
    DATE_SOURCE(        "date_source",   Type.KEYWORD,   "S L",       "where the date came from: header, mbox or none", "header"),
    OWN(                "own",           Type.TEXT,      "I P N",     "body text that is neither quoted nor a diff line: own text, attribution lines, signature, trailers, diffstat", "So let's delete it."),
    QUOTED(             "quoted",        Type.TEXT,      "I P",       "quoted lines", "> The wavefs filesystem was merged"),
    DIFF_FILE(          "dfn",           Type.TEXT,      "I P",       "file names in a diff", "drivers/staging/wavefs/super.c"),
    DIFF_ADDED(         "dfb",           Type.TEXT,      "I P",       "added (+) diff lines", "static int wavefs_fill_super(void)"),
    DIFF_REMOVED(       "dfa",           Type.TEXT,      "I P",       "removed (-) diff lines", "return -EINVAL;"),
    DIFF_CONTEXT(       "dfctx",         Type.TEXT,      "I P",       "diff context lines", "int ret;"),
    DIFF_HUNK(          "dfhh",          Type.TEXT,      "I P",       "diff hunk header context (usually a function name)", "static int wavefs_remount(void)"),
    DIFF_PRE(           "dfpre",         Type.KEYWORD,   "I",         "git blob ids before the change, as the diff's index lines give them", "3b18e512dba"),
    DIFF_POST(          "dfpost",        Type.KEYWORD,   "I",         "git blob ids after the change", "8d9a2c4f0e1"),
    ATTACHMENT(         "attach",        Type.TEXT,      "I P",       "attachment file names", "config.gz"),
    ATTACHMENT_STORED(  "attach_list",   Type.KEYWORD,   "S L",       "each attachment: name, type and size, tab separated", "config.gz\tapplication/gzip\t31337"),
    TRAILER(            "trailer",       Type.TEXT,      "I P",       "every trailer line", "Acked-by: Helena Voss <hvoss@lst.example.de>"),
    TRAILER_STORED(     "trailer_list",  Type.KEYWORD,   "S",         "the trailer lines as written", "Acked-by: Helena Voss <hvoss@lst.example.de>"),
    ACK(                "ack",           Type.TEXT,      "I P",       "who Acked-by: it", "Helena Voss <hvoss@lst.example.de>"),
    NAK(                "nak",           Type.TEXT,      "I P",       "who Nacked-by: it", "Neil Bramble <neilb@suse.example.com>"),
    REVIEW(             "rb",            Type.TEXT,      "I P",       "who Reviewed-by: it", "Tobias Renner <trenner@penguin.example.com>"),
    TESTED(             "tb",            Type.TEXT,      "I P",       "who Tested-by: it", "Priya Raman <priya@workstation.example.net>"),
    TONE(               "tone",          Type.KEYWORD,   "I S L A",   "the tone scored at import: positive, neutral, negative or heated", "negative"),
    TONE_SCORE(         "tone_score",    Type.DOUBLE,    "S L",       "the tone's score, -1 (hostile) to +1 (warm)", "-0.42"),
    TONE_EVIDENCE(      "tone_evidence", Type.KEYWORD,   "S L",       "the words that decided the tone, one a value", "complete garbage"),
    RAW(                "raw",           Type.BINARY,    "S",         "the original bytes (RawCodec's format); read when asked for", "(bytes)"),
    SOURCE(             "src",           Type.KEYWORD,   "S L",       "where the message was read: file and offset, or repository and commit", "samples/staging-wavefs-removal.mbox:0"),
    PROBLEMS(           "problems",      Type.KEYWORD,   "S L",       "what parsing noted, one problem a line", "no Message-ID"),
    /**
     * "1" on a message its archive has since removed (public-inbox records removals): it stays retrievable by
     * Message-ID and in its thread (flagged), but searches leave it out unless asked, and exports skip it.
     */
    REMOVED(            "removed",       Type.KEYWORD,   "I S L A",   "\"1\" when its archive has since removed it", "1");

    /**
     * Bumped when documents change shape; an index of another version needs {@code parley reindex}. 2: the content
     * key ({@link #UID}) is MurmurHash3 instead of SHA-256, so an old index would take every message again as new.
     * 3: lore's words and stems ({@link TextAnalysis}), lore's split of the body (attribution lines, diffstat and text
     * attachments indexed), the Message-ID's and List-Id's words, blob ids; To:/Cc: addresses as text only; norms only
     * on the subject, From: and the own text.
     */
    public static final int SCHEMA_VERSION = 3;

    /** What a field's values are. */
    public enum Type {
        /** An exact string, matched whole (ids, addresses, lists) or only stored. */
        KEYWORD,
        /** Text analysed by {@link TextAnalysis}: words, phrases. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A point in time, in milliseconds since 1970 (UTC). */
        DATE,
        /** A floating-point number. */
        DOUBLE,
        /** Bytes (the raw message). */
        BINARY
    }

    /** How a field is indexed and stored; each row of the table names its flags by letter. */
    public enum Flag {
        /** I: searchable. */
        INDEXED('I'),
        /** S: stored, so it can be read back. */
        STORED('S'),
        /** L: read back with every message (the others only when asked for, or never). */
        LIGHT('L'),
        /** P: text with positions, so phrases match. */
        POSITIONS('P'),
        /** N: text with norms, so a field's length counts in scoring. */
        NORMS('N'),
        /** D: doc values in both backends, to sort and group by. */
        SORTED('D'),
        /** A: doc values in the cluster only, for its aggregations; the embedded index walks its terms instead. */
        AGGREGATED('A');

        private final char letter;

        Flag(char letter) {
            this.letter = letter;
        }
    }

    private final String id;
    private final Type type;
    private final java.util.EnumSet<Flag> flags = java.util.EnumSet.noneOf(Flag.class);
    private final String help;
    private final String example;

    Field(String id, Type type, String flags, String help, String example) {
        this.id = id;
        this.type = type;
        for (String letter : flags.split(" ")) {
            this.flags.add(java.util.Arrays.stream(Flag.values()).filter(f -> f.letter == letter.charAt(0)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown flag " + letter + " of field " + id)));
        }
        this.help = help;
        this.example = example;
    }

    /** The field's name in both backends' documents. */
    public String id() {
        return id;
    }

    public Type type() {
        return type;
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public String help() {
        return help;
    }

    public String example() {
        return example;
    }

    /** The fields a stored message is read from (all but the raw bytes), in table order. */
    public static List<Field> light() {
        return LIGHT;
    }

    /**
     * The analysed text fields with norms. Every document gets an empty value of each it lacks, so their norms stay
     * dense (see {@code MessageDocuments}).
     */
    public static List<Field> normed() {
        return NORMED;
    }

    private static final List<Field> LIGHT = select(Flag.LIGHT);
    private static final List<Field> NORMED = select(Flag.NORMS);

    private static List<Field> select(Flag flag) {
        List<Field> out = new ArrayList<>();
        for (Field f : values()) if (f.has(flag)) out.add(f);
        return List.copyOf(out);
    }
}
