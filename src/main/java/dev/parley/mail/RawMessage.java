package dev.parley.mail;

/**
 * One message's bytes exactly as stored in its source (mbox escaping undone), with where it came from.
 *
 * @param bytes the message, headers and body
 * @param source the file (or other source) it was read from
 * @param offset byte offset of the message in the source ({@code From } line for mbox; -1 when not applicable)
 * @param envelopeDate the date on the mbox {@code From } line, or null
 */
public record RawMessage(byte[] bytes, String source, long offset, MailDate envelopeDate) {

    /** "file at byte N", for error messages. */
    public String location() {
        return offset >= 0 ? source + " at byte " + offset : source;
    }
}
