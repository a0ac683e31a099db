package dev.parley.model;

import java.util.List;

/** Field names of the Lucene schema. The OpenSearch mapping mirrors these one for one. */
public final class Fields {

    /**
     * Bumped when documents change shape; an index of another version needs {@code parley reindex}. 2: the content
     * key ({@link #UID}) is MurmurHash3 instead of SHA-256, so an old index would take every message again as new.
     */
    public static final int SCHEMA_VERSION = 2;

    public static final String UID = "uid";                  // content key: the unique key
    public static final String MESSAGE_ID = "mid";           // exact Message-ID, no angle brackets
    public static final String SYNTHETIC_ID = "mid_synthetic";
    public static final String IN_REPLY_TO = "irt";
    public static final String REFERENCES = "refs";          // stored, space separated
    public static final String LINK = "link";                // own id + References + In-Reply-To (threading lookups)
    public static final String THREAD = "thread";
    public static final String SUBJECT = "subject";
    public static final String SUBJECT_NORM = "subject_norm";
    public static final String PATCH_TAG = "patch";
    public static final String PATCH_VERSION = "patch_version";
    public static final String PATCH_INDEX = "patch_index";
    public static final String PATCH_TOTAL = "patch_total";
    public static final String FROM = "from";                // name + address, analysed
    public static final String FROM_ADDR = "from_addr";      // lower-case address, exact
    public static final String FROM_NAME = "from_name";
    public static final String TO = "to";
    public static final String TO_ADDR = "to_addr";
    public static final String CC = "cc";
    public static final String CC_ADDR = "cc_addr";
    public static final String LIST = "list";                // List-Id, lower case, exact
    public static final String DATE = "date";                // epoch millis UTC: point, doc values, stored
    public static final String DATE_OFFSET = "date_offset";  // the writer's UTC offset in seconds
    public static final String DATE_SOURCE = "date_source";  // "header", "mbox" or "none"
    public static final String OWN = "own";                  // the author's own new text (nq:)
    public static final String QUOTED = "quoted";            // quoted text with attribution lines (q:)
    public static final String SIGNATURE = "sig";
    public static final String DIFF_FILE = "dfn";
    public static final String DIFF_ADDED = "dfb";
    public static final String DIFF_REMOVED = "dfa";
    public static final String DIFF_CONTEXT = "dfctx";
    public static final String DIFF_HUNK = "dfhh";
    public static final String ATTACHMENT = "attach";        // attachment names, analysed
    public static final String ATTACHMENT_STORED = "attach_list"; // stored "name\ttype\tsize" per attachment
    public static final String TRAILER = "trailer";          // every trailer "key: value", analysed
    public static final String TRAILER_STORED = "trailer_list"; // stored trailer lines
    public static final String ACK = "ack";
    public static final String NAK = "nak";
    public static final String REVIEW = "rb";
    public static final String TESTED = "tb";
    public static final String TONE = "tone";
    public static final String TONE_SCORE = "tone_score";
    public static final String RAW = "raw";
    public static final String SOURCE = "src";
    public static final String PROBLEMS = "problems";
    /**
     * "1" on a message its archive has since removed (public-inbox records removals): it stays retrievable by
     * Message-ID and in its thread (flagged), but searches leave it out unless asked, and exports skip it.
     */
    public static final String REMOVED = "removed";

    /** What lore's {@code b:} searches: all body text. */
    public static final List<String> BODY = List.of(OWN, QUOTED, SIGNATURE, TRAILER, DIFF_ADDED, DIFF_REMOVED,
            DIFF_CONTEXT, DIFF_HUNK, DIFF_FILE);

    /** Every analysed text field (each has norms: its length counts in scoring). */
    public static final List<String> ANALYSED = List.of(SUBJECT, FROM, TO, CC, OWN, QUOTED, SIGNATURE, TRAILER,
            DIFF_ADDED, DIFF_REMOVED, DIFF_CONTEXT, DIFF_HUNK, DIFF_FILE, ATTACHMENT, ACK, NAK, REVIEW, TESTED);

    private Fields() {
    }
}
