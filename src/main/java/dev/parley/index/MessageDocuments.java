package dev.parley.index;

import dev.parley.analysis.tone.Tone;
import dev.parley.mail.Address;
import dev.parley.mail.Attachment;
import dev.parley.mail.Body;
import dev.parley.mail.DiffSummary;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.Trailer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.util.List;
import java.util.Locale;

/** Builds the Lucene document of one message. */
public final class MessageDocuments {

    private MessageDocuments() {
    }

    public static Document build(ParsedMessage m, String threadId, Tone tone) {
        Document d = new Document();
        d.add(new StringField(Fields.UID, uid(m), Field.Store.YES));
        d.add(new StringField(Fields.MESSAGE_ID, m.messageId(), Field.Store.YES));
        if (m.syntheticId()) d.add(new StringField(Fields.SYNTHETIC_ID, "1", Field.Store.YES));
        if (!m.inReplyTo().isEmpty()) d.add(new StoredField(Fields.IN_REPLY_TO, m.inReplyTo()));
        if (!m.references().isEmpty()) d.add(new StoredField(Fields.REFERENCES, String.join(" ", m.references())));
        for (String id : m.threadLinks()) d.add(new StringField(Fields.LINK, id, Field.Store.NO));
        d.add(new StringField(Fields.THREAD, threadId, Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.THREAD, new BytesRef(threadId)));

        d.add(new TextField(Fields.SUBJECT, m.subject(), Field.Store.YES));
        d.add(new StoredField(Fields.SUBJECT_NORM, m.subjectInfo().normalized()));
        if (m.subjectInfo().isPatch()) {
            d.add(new StoredField(Fields.PATCH_TAG, m.subjectInfo().patchTag()));
            addInt(d, Fields.PATCH_VERSION, m.subjectInfo().version());
            if (m.subjectInfo().index() >= 0) {
                addInt(d, Fields.PATCH_INDEX, m.subjectInfo().index());
                addInt(d, Fields.PATCH_TOTAL, m.subjectInfo().total());
            }
        }

        Address from = m.from();
        d.add(new TextField(Fields.FROM, from.name() + " " + from.address(), Field.Store.NO));
        d.add(new StringField(Fields.FROM_ADDR, from.normalized(), Field.Store.YES));
        d.add(new StoredField(Fields.FROM_NAME, from.name()));
        addAddresses(d, Fields.TO, Fields.TO_ADDR, m.to());
        addAddresses(d, Fields.CC, Fields.CC_ADDR, m.cc());
        for (String list : m.listIds()) d.add(new StringField(Fields.LIST, list.toLowerCase(Locale.ROOT), Field.Store.YES));

        if (m.date() != null) {
            long millis = m.date().instant().toEpochMilli();
            d.add(new LongPoint(Fields.DATE, millis));
            d.add(new NumericDocValuesField(Fields.DATE, millis));
            d.add(new StoredField(Fields.DATE, millis));
            d.add(new StoredField(Fields.DATE_OFFSET, m.date().offsetSeconds()));
        }
        d.add(new StoredField(Fields.DATE_SOURCE, m.date() == null ? "none" : m.dateFromEnvelope() ? "mbox" : "header"));

        Body body = m.body();
        addText(d, Fields.OWN, body.ownText());
        addText(d, Fields.QUOTED, body.quotedText());
        addText(d, Fields.SIGNATURE, body.signature());
        DiffSummary diff = body.diff();
        addText(d, Fields.DIFF_FILE, String.join("\n", diff.files()));
        addText(d, Fields.DIFF_ADDED, String.join("\n", diff.added()));
        addText(d, Fields.DIFF_REMOVED, String.join("\n", diff.removed()));
        addText(d, Fields.DIFF_CONTEXT, String.join("\n", diff.context()));
        addText(d, Fields.DIFF_HUNK, String.join("\n", diff.hunkHeaders()));

        StringBuilder trailers = new StringBuilder();
        for (Trailer t : body.trailers()) {
            trailers.append(t).append('\n');
            String field = t.isAck() ? Fields.ACK : t.isNak() ? Fields.NAK : t.isReview() ? Fields.REVIEW
                    : t.isTest() ? Fields.TESTED : null;
            if (field != null) d.add(new TextField(field, t.value(), Field.Store.NO));
        }
        if (!trailers.isEmpty()) {
            d.add(new TextField(Fields.TRAILER, trailers.toString(), Field.Store.NO));
            d.add(new StoredField(Fields.TRAILER_STORED, trailers.toString()));
        }
        for (Attachment a : m.attachments()) {
            if (!a.filename().isEmpty()) d.add(new TextField(Fields.ATTACHMENT, a.filename(), Field.Store.NO));
            d.add(new StoredField(Fields.ATTACHMENT_STORED, a.filename() + "\t" + a.contentType() + "\t" + a.size()));
        }

        d.add(new StringField(Fields.TONE, tone.label().id(), Field.Store.YES));
        d.add(new StoredField(Fields.TONE_SCORE, tone.score()));
        d.add(new StoredField(Fields.RAW, m.raw()));
        d.add(new StoredField(Fields.SOURCE, m.source()));
        if (!m.problems().isEmpty()) d.add(new StoredField(Fields.PROBLEMS, String.join("\n", m.problems())));
        return d;
    }

    /** The document of a stored message again (after a thread merge), keeping its tone and removed flag. */
    public static Document rebuild(StoredMessage m, String threadId) {
        Document d = build(m.parsed(), threadId, new Tone(Tone.Label.of(m.tone()), m.toneScore(), List.of()));
        if (m.removed()) markRemoved(d);
        return d;
    }

    /** Flags a message's document as removed from its archive (see {@link Fields#REMOVED}). */
    public static void markRemoved(Document d) {
        d.add(new StringField(Fields.REMOVED, "1", Field.Store.YES));
    }

    /** The document key: the content hash, which already covers the Message-ID. */
    public static String uid(ParsedMessage m) {
        return m.contentHash().substring(0, 32);
    }

    private static void addInt(Document d, String field, int v) {
        d.add(new IntPoint(field, v));
        d.add(new StoredField(field, v));
    }

    private static void addText(Document d, String field, String text) {
        if (text != null && !text.isEmpty()) d.add(new TextField(field, text, Field.Store.NO));
    }

    private static void addAddresses(Document d, String textField, String exactField, List<Address> addresses) {
        if (addresses.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        for (Address a : addresses) {
            sb.append(a.name()).append(' ').append(a.address()).append('\n');
            if (!a.address().isEmpty()) d.add(new StringField(exactField, a.normalized(), Field.Store.NO));
        }
        d.add(new TextField(textField, sb.toString(), Field.Store.NO));
    }
}
