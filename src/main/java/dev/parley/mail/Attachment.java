package dev.parley.mail;

/** A MIME part that is not body text: listed by name, type and decoded size. */
public record Attachment(String filename, String contentType, long size) {
}
