package dev.parley.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything Parley reads out of one message. Message-IDs are kept without angle brackets, as lore shows them.
 *
 * @param messageId the Message-ID, or a synthetic one derived from the content when the message had none
 * @param syntheticId whether {@code messageId} was made up by Parley
 * @param inReplyTo the In-Reply-To id, or empty
 * @param references the References ids in order (own id and duplicates removed)
 * @param subject the decoded subject
 * @param subjectInfo the subject taken apart
 * @param from the sender (empty address when there was no usable From)
 * @param to To recipients
 * @param cc Cc recipients
 * @param listIds List-Id values (the id inside the angle brackets)
 * @param date the effective date: the Date header, else the mbox From line date; null when neither is readable
 * @param dateFromEnvelope whether {@code date} came from the mbox From line
 * @param dateHeader the raw Date header, or empty
 * @param envelopeDate the mbox From line date, or null
 * @param body the body text, cut into segments
 * @param attachments the parts that are not body text
 * @param contentKey 32 hex digits from the Message-ID and content: equal for the same message imported twice
 * @param raw the original bytes
 * @param problems what could not be read cleanly (the message is still kept)
 * @param source where the message came from ({@link RawMessage#location()})
 */
public record ParsedMessage(String messageId, boolean syntheticId, String inReplyTo, List<String> references,
                            String subject, SubjectInfo subjectInfo, Address from, List<Address> to, List<Address> cc,
                            List<String> listIds, MailDate date, boolean dateFromEnvelope, String dateHeader,
                            MailDate envelopeDate, Body body, List<Attachment> attachments, String contentKey,
                            byte[] raw, List<String> problems, String source) {

    /** Every Message-ID this message links to its thread: its own, In-Reply-To and References. */
    public List<String> threadLinks() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(messageId);
        ids.addAll(references);
        if (!inReplyTo.isEmpty()) ids.add(inReplyTo);
        return new ArrayList<>(ids);
    }

    /** The parent for the reply tree: In-Reply-To when present, else the last reference; empty for a root. */
    public String parentId() {
        if (!inReplyTo.isEmpty()) return inReplyTo;
        return references.isEmpty() ? "" : references.get(references.size() - 1);
    }
}
