package dev.parley.ingest;

import dev.parley.mail.Address;
import dev.parley.mail.Attachment;
import dev.parley.mail.Body;
import dev.parley.mail.BodySplitter;
import dev.parley.mail.DiffSummary;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.Segment;
import dev.parley.mail.Trailer;
import dev.parley.model.FieldValue;
import dev.parley.model.Field;
import dev.parley.model.StoredMessage;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the document of one message holds, field by field ({@link Field}), told to a {@link Sink} so that each
 * backend builds its own kind of document (a Lucene {@code Document}, an OpenSearch JSON source) from this one
 * description.
 */
public final class MessageFields {

    /**
     * Receives the fields of one document, each as its row of the schema says ({@link Field#type()}: a
     * {@link String} for keyword and text fields, an {@link Integer}, a {@link Long} for dates, a {@link Double}, or
     * bytes). A field may come several times (several values); how each is indexed and stored is the backend's
     * reading of its flags.
     */
    @FunctionalInterface
    public interface Sink {
        void add(Field field, Object value);
    }

    private MessageFields() {
    }

    /** Tells the sink every field of the message's document. */
    public static void write(ParsedMessage m, String threadId, List<FieldValue> enriched, Sink d) {
        d.add(Field.UID, uid(m));
        d.add(Field.MESSAGE_ID, m.messageId());
        if (m.syntheticId()) d.add(Field.SYNTHETIC_ID, "1");
        if (!m.inReplyTo().isEmpty()) d.add(Field.IN_REPLY_TO, m.inReplyTo());
        if (!m.references().isEmpty()) d.add(Field.REFERENCES, String.join(" ", m.references()));
        for (String id : m.threadLinks()) d.add(Field.LINK, id);
        d.add(Field.THREAD, threadId);

        d.add(Field.SUBJECT, m.subject());
        d.add(Field.SUBJECT_NORM, m.subjectInfo().normalized());
        if (m.subjectInfo().isPatch()) {
            d.add(Field.PATCH_TAG, m.subjectInfo().patchTag());
            d.add(Field.PATCH_VERSION, m.subjectInfo().version());
            if (m.subjectInfo().index() >= 0) {
                d.add(Field.PATCH_INDEX, m.subjectInfo().index());
                d.add(Field.PATCH_TOTAL, m.subjectInfo().total());
            }
        }

        Address from = m.from();
        d.add(Field.FROM, from.name() + " " + from.address());
        d.add(Field.FROM_ADDR, from.normalized());
        d.add(Field.FROM_NAME, from.name());
        addresses(d, Field.TO, m.to());
        addresses(d, Field.CC, m.cc());
        d.add(Field.MESSAGE_ID_WORDS, messageIdWords(m.messageId()));
        for (String list : m.listIds()) {
            String lower = list.toLowerCase(Locale.ROOT);
            d.add(Field.LIST, lower);
            d.add(Field.LIST_WORDS, lower);
        }

        if (m.date() != null) {
            d.add(Field.DATE, m.date().instant().toEpochMilli());
            d.add(Field.DATE_OFFSET, m.date().offsetSeconds());
        }
        d.add(Field.DATE_SOURCE, m.date() == null ? "none" : m.dateFromEnvelope() ? "mbox" : "header");

        Body body = m.body();
        bodyText(d, body);
        StringBuilder trailers = new StringBuilder();
        for (Trailer t : body.trailers()) {
            trailers.append(t).append('\n');
            Field field = t.isAck() ? Field.ACK : t.isNak() ? Field.NAK : t.isReview() ? Field.REVIEW
                    : t.isTest() ? Field.TESTED : null;
            if (field != null) d.add(field, t.value());
        }
        if (!trailers.isEmpty()) {
            d.add(Field.TRAILER, trailers.toString());
            d.add(Field.TRAILER_STORED, trailers.toString());
        }
        for (Attachment a : m.attachments()) {
            if (!a.filename().isEmpty()) d.add(Field.ATTACHMENT, a.filename());
            d.add(Field.ATTACHMENT_STORED, a.filename() + "\t" + a.contentType() + "\t" + a.size());
            if (!a.text().isEmpty()) bodyText(d, BodySplitter.split(a.text()));
        }

        for (FieldValue v : enriched) d.add(v.field(), v.value());
        d.add(Field.RAW, m.raw());
        d.add(Field.SOURCE, m.source());
        if (!m.problems().isEmpty()) d.add(Field.PROBLEMS, String.join("\n", m.problems()));
    }

    /** The fields of a stored message's document again (after a thread merge), keeping its tone and removed flag. */
    public static void writeStored(StoredMessage m, String threadId, Sink d) {
        write(m.parsed(), threadId, storedEnrichment(m), d);
        if (m.removed()) d.add(Field.REMOVED, "1");
    }

    /** The document key: the content key, which already covers the Message-ID. */
    public static String uid(ParsedMessage m) {
        return m.contentKey();
    }

    /** The values an enrichment gave a stored message at import (none when it had no tone). */
    static List<FieldValue> storedEnrichment(StoredMessage m) {
        if (m.tone().isEmpty()) return List.of();
        List<FieldValue> out = new java.util.ArrayList<>(List.of(new FieldValue(Field.TONE, m.tone()),
                new FieldValue(Field.TONE_SCORE, m.toneScore())));
        for (String words : m.toneEvidence()) out.add(new FieldValue(Field.TONE_EVIDENCE, words));
        return out;
    }

    /**
     * A body's text (or a text attachment's) split as lore splits it: quoted lines; the diff's file names, added,
     * removed and context lines, hunk headers and blob ids; and everything else (own text, attribution lines,
     * signature, trailers, the diffstat and the patch's other lines) as text that is not quoted.
     */
    private static void bodyText(Sink d, Body body) {
        StringBuilder notQuoted = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        for (Segment s : body.segments()) {
            switch (s.kind()) {
                case QUOTE -> quoted.append(s.text()).append('\n');
                case OWN, ATTRIBUTION, SIGNATURE, TRAILER -> notQuoted.append(s.text()).append('\n');
                case DIFF -> {
                }
            }
        }
        DiffSummary diff = body.diff();
        for (String note : diff.notes()) notQuoted.append(note).append('\n');
        text(d, Field.OWN, notQuoted.toString());
        text(d, Field.QUOTED, quoted.toString());
        text(d, Field.DIFF_FILE, String.join("\n", diff.files()));
        text(d, Field.DIFF_ADDED, String.join("\n", diff.added()));
        text(d, Field.DIFF_REMOVED, String.join("\n", diff.removed()));
        text(d, Field.DIFF_CONTEXT, String.join("\n", diff.context()));
        text(d, Field.DIFF_HUNK, String.join("\n", diff.hunkHeaders()));
        for (String id : diff.blobsBefore()) d.add(Field.DIFF_PRE, id);
        for (String id : diff.blobsAfter()) d.add(Field.DIFF_POST, id);
    }

    /**
     * The Message-ID as lore indexes it: its words, and when it has a run of 12 or more letters, digits or '_' (as
     * too many ids start with "Pine.LNX."), its runs of 3 or more apart.
     */
    static String messageIdWords(String id) {
        if (!LONG_RUN.matcher(id).find()) return id;
        StringBuilder sb = new StringBuilder(id);
        Matcher m = RUN.matcher(id);
        sb.append('\n');
        while (m.find()) sb.append(m.group()).append(' ');
        return sb.toString();
    }

    private static final Pattern LONG_RUN = Pattern.compile("\\w{12,}", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RUN = Pattern.compile("\\w{3,}", Pattern.UNICODE_CHARACTER_CLASS);

    private static void text(Sink d, Field field, String text) {
        if (text != null && !text.isEmpty()) d.add(field, text);
    }

    /** An address header as text: each address's name and address, one a line. */
    private static void addresses(Sink d, Field field, List<Address> addresses) {
        if (addresses.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        for (Address a : addresses) sb.append(a.name()).append(' ').append(a.address()).append('\n');
        d.add(field, sb.toString());
    }
}
