package dev.parley.ingest;

import dev.parley.mail.Address;
import dev.parley.mail.Attachment;
import dev.parley.mail.Body;
import dev.parley.mail.DiffSummary;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.Trailer;
import dev.parley.model.FieldValue;
import dev.parley.model.Fields;
import dev.parley.model.StoredMessage;

import java.util.List;
import java.util.Locale;

/**
 * What the document of one message holds, field by field ({@link Fields}), told to a {@link Sink} so that each
 * backend builds its own kind of document (a Lucene {@code Document}, an OpenSearch JSON source) from this one
 * description.
 */
public final class MessageFields {

    /** Receives the fields of one document. A field may come several times (several values). */
    public interface Sink {
        /** An exact value, searchable whole (ids, addresses, lists); stored when asked. */
        void keyword(String field, String value, boolean stored);

        /** An exact value that results are grouped and sorted by (the thread id); stored. */
        void groupKey(String field, String value);

        /** Analysed text (standard tokenizer, lower case, ASCII folding); stored when asked. */
        void text(String field, String value, boolean stored);

        /** A stored value that is not searched. */
        void stored(String field, String value);

        /** A stored number that is not searched. */
        void storedNumber(String field, Number value);

        /** A whole number, searchable by range, stored. */
        void integer(String field, int value);

        /** A point in time: searchable by range, sortable, stored. */
        void date(String field, long epochMillis);

        /** Bytes, stored only (the raw message). */
        void bytes(String field, byte[] value);
    }

    private MessageFields() {
    }

    /** Tells the sink every field of the message's document. */
    public static void write(ParsedMessage m, String threadId, List<FieldValue> enriched, Sink d) {
        d.keyword(Fields.UID, uid(m), true);
        d.keyword(Fields.MESSAGE_ID, m.messageId(), true);
        if (m.syntheticId()) d.keyword(Fields.SYNTHETIC_ID, "1", true);
        if (!m.inReplyTo().isEmpty()) d.stored(Fields.IN_REPLY_TO, m.inReplyTo());
        if (!m.references().isEmpty()) d.stored(Fields.REFERENCES, String.join(" ", m.references()));
        for (String id : m.threadLinks()) d.keyword(Fields.LINK, id, false);
        d.groupKey(Fields.THREAD, threadId);

        d.text(Fields.SUBJECT, m.subject(), true);
        d.stored(Fields.SUBJECT_NORM, m.subjectInfo().normalized());
        if (m.subjectInfo().isPatch()) {
            d.stored(Fields.PATCH_TAG, m.subjectInfo().patchTag());
            d.integer(Fields.PATCH_VERSION, m.subjectInfo().version());
            if (m.subjectInfo().index() >= 0) {
                d.integer(Fields.PATCH_INDEX, m.subjectInfo().index());
                d.integer(Fields.PATCH_TOTAL, m.subjectInfo().total());
            }
        }

        Address from = m.from();
        d.text(Fields.FROM, from.name() + " " + from.address(), false);
        d.keyword(Fields.FROM_ADDR, from.normalized(), true);
        d.stored(Fields.FROM_NAME, from.name());
        addresses(d, Fields.TO, Fields.TO_ADDR, m.to());
        addresses(d, Fields.CC, Fields.CC_ADDR, m.cc());
        for (String list : m.listIds()) d.keyword(Fields.LIST, list.toLowerCase(Locale.ROOT), true);

        if (m.date() != null) {
            d.date(Fields.DATE, m.date().instant().toEpochMilli());
            d.storedNumber(Fields.DATE_OFFSET, m.date().offsetSeconds());
        }
        d.stored(Fields.DATE_SOURCE, m.date() == null ? "none" : m.dateFromEnvelope() ? "mbox" : "header");

        Body body = m.body();
        text(d, Fields.OWN, body.ownText());
        text(d, Fields.QUOTED, body.quotedText());
        text(d, Fields.SIGNATURE, body.signature());
        DiffSummary diff = body.diff();
        text(d, Fields.DIFF_FILE, String.join("\n", diff.files()));
        text(d, Fields.DIFF_ADDED, String.join("\n", diff.added()));
        text(d, Fields.DIFF_REMOVED, String.join("\n", diff.removed()));
        text(d, Fields.DIFF_CONTEXT, String.join("\n", diff.context()));
        text(d, Fields.DIFF_HUNK, String.join("\n", diff.hunkHeaders()));

        StringBuilder trailers = new StringBuilder();
        for (Trailer t : body.trailers()) {
            trailers.append(t).append('\n');
            String field = t.isAck() ? Fields.ACK : t.isNak() ? Fields.NAK : t.isReview() ? Fields.REVIEW
                    : t.isTest() ? Fields.TESTED : null;
            if (field != null) d.text(field, t.value(), false);
        }
        if (!trailers.isEmpty()) {
            d.text(Fields.TRAILER, trailers.toString(), false);
            d.stored(Fields.TRAILER_STORED, trailers.toString());
        }
        for (Attachment a : m.attachments()) {
            if (!a.filename().isEmpty()) d.text(Fields.ATTACHMENT, a.filename(), false);
            d.stored(Fields.ATTACHMENT_STORED, a.filename() + "\t" + a.contentType() + "\t" + a.size());
        }

        for (FieldValue v : enriched) {
            if (v.value() instanceof Number n) d.storedNumber(v.field(), n);
            else d.keyword(v.field(), v.value().toString(), true);
        }
        d.bytes(Fields.RAW, m.raw());
        d.stored(Fields.SOURCE, m.source());
        if (!m.problems().isEmpty()) d.stored(Fields.PROBLEMS, String.join("\n", m.problems()));
    }

    /** The fields of a stored message's document again (after a thread merge), keeping its tone and removed flag. */
    public static void writeStored(StoredMessage m, String threadId, Sink d) {
        write(m.parsed(), threadId, storedEnrichment(m), d);
        if (m.removed()) d.keyword(Fields.REMOVED, "1", true);
    }

    /** The document key: the content key, which already covers the Message-ID. */
    public static String uid(ParsedMessage m) {
        return m.contentKey();
    }

    /** The values an enrichment gave a stored message at import (none when it had no tone). */
    static List<FieldValue> storedEnrichment(StoredMessage m) {
        if (m.tone().isEmpty()) return List.of();
        return List.of(new FieldValue(Fields.TONE, m.tone()), new FieldValue(Fields.TONE_SCORE, m.toneScore()));
    }

    private static void text(Sink d, String field, String text) {
        if (text != null && !text.isEmpty()) d.text(field, text, false);
    }

    private static void addresses(Sink d, String textField, String exactField, List<Address> addresses) {
        if (addresses.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        for (Address a : addresses) {
            sb.append(a.name()).append(' ').append(a.address()).append('\n');
            if (!a.address().isEmpty()) d.keyword(exactField, a.normalized(), false);
        }
        d.text(textField, sb.toString(), false);
    }
}
