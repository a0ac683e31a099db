package dev.parley.mail;

/** A message that cannot be read as mail at all (binary data, no header). */
public class MailParseException extends Exception {
    public MailParseException(String message) {
        super(message);
    }
}
