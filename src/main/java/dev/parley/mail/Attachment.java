package dev.parley.mail;

/**
 * A MIME part that is not body text: listed by name, type and decoded size.
 *
 * @param text the part's text when it is text a reader can search, as lore searches it (any text/ part but HTML, and
 *             an application/octet-stream part that is printable text: a patch or log some mailer labelled so);
 *             empty otherwise
 */
public record Attachment(String filename, String contentType, long size, String text) {

    /** An attachment whose content is not searched. */
    public Attachment(String filename, String contentType, long size) {
        this(filename, contentType, size, "");
    }
}
