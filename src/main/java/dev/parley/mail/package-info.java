/**
 * Mail parsing: from bytes on disk to {@link dev.parley.mail.ParsedMessage}.
 *
 * <p>Readers ({@link dev.parley.mail.MboxReader}, {@link dev.parley.mail.MailSources}) stream raw messages out of
 * mbox files (mboxo/mboxrd, plain or gzip), Maildirs and single message files without ever holding a whole file.
 * {@link dev.parley.mail.MessageParser} decodes one raw message with Jakarta Mail (MIME structure, transfer
 * encodings) plus Parley's own tolerant header, charset and date handling, and {@link dev.parley.mail.BodySplitter}
 * cuts the text into the author's own lines, quoted lines, signature, diff and trailers. What a trailer means
 * ({@link dev.parley.mail.Trailer.Meaning}) and what a line of a patch is ({@link dev.parley.mail.DiffLines}) are
 * decided here, once, for every layer above. Nothing here knows about threads or indexes.
 *
 * <p>May use: nothing of Parley: it is the bottom.
 */
package dev.parley.mail;
