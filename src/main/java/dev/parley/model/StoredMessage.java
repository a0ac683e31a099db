package dev.parley.model;

import dev.parley.mail.Address;
import dev.parley.mail.Body;
import dev.parley.mail.MailDate;
import dev.parley.mail.MailParseException;
import dev.parley.mail.MailSource;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A message as the archive returns it: the small stored fields, and the raw bytes when asked for. Everything else
 * (body segments, trailers) is derived from the raw bytes by {@link #parsed()}.
 *
 * @param date null when the message had no readable date
 * @param raw the original bytes, or null when not loaded
 * @param removed its archive has since removed it (see {@link Field#REMOVED})
 * @param toneEvidence the words that decided its tone (none for neutral, or when scored before they were kept)
 */
public record StoredMessage(String uid, String messageId, boolean syntheticId, String threadId, String subject,
                            String fromName, String fromAddress, Instant date, int offsetSeconds, String dateSource,
                            String inReplyTo, List<String> references, List<String> lists, String tone,
                            double toneScore, List<String> attachments, List<String> problems, String source,
                            byte[] raw, boolean removed, List<String> toneEvidence) {

    /**
     * The order of a thread's messages, whatever stores them: oldest first, undated ones last, and among equal dates
     * by content key, so that the order does not depend on the order of import.
     */
    public static final Comparator<StoredMessage> THREAD_ORDER = Comparator
            .comparing(StoredMessage::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredMessage::uid);

    /** The same message without its raw bytes (so that a page of hits does not hold them all). */
    public StoredMessage withoutRaw() {
        return raw == null ? this : new StoredMessage(uid, messageId, syntheticId, threadId, subject, fromName,
                fromAddress, date, offsetSeconds, dateSource, inReplyTo, references, lists, tone, toneScore, attachments,
                problems, source, null, removed, toneEvidence);
    }

    public Address from() {
        return new Address(fromName, fromAddress);
    }

    /** The message as it came in, to parse or import again (the raw bytes must have been loaded). */
    public RawMessage asRaw() {
        if (raw == null) throw new IllegalStateException("raw bytes of " + messageId + " were not loaded");
        MailDate envelope = "mbox".equals(dateSource) && date != null ? new MailDate(date, offsetSeconds) : null;
        return new RawMessage(raw, source, -1, envelope);
    }

    /**
     * Hands the message to an import again (reindex, copy to another archive): its raw bytes, and its removed flag as
     * a removal, since the flag is not in the bytes.
     */
    public void importAgain(MailSource.Sink sink) throws InterruptedException {
        RawMessage message = asRaw();
        sink.message(message);
        if (removed) sink.removed(message);
    }

    /** Only the body, parsed again from the raw bytes (which must have been loaded): cheaper than {@link #parsed()}. */
    public Body body() {
        return reparse(MessageParser::parseBody);
    }

    /** {@link #body()} without its trailers and patch summary: what a search hit's snippet reads, at half the cost. */
    public Body bodySegments() {
        return reparse(MessageParser::parseBodySegments);
    }

    private interface Parse<T> {
        T apply(RawMessage raw) throws MailParseException;
    }

    private <T> T reparse(Parse<T> parse) {
        try {
            return parse.apply(asRaw());
        } catch (MailParseException e) {
            throw new IllegalStateException("stored message " + messageId + " no longer parses: " + e.getMessage(), e);
        }
    }

    /** Parses the raw bytes again (they must have been loaded). */
    public ParsedMessage parsed() {
        return reparse(MessageParser::parse);
    }
}
