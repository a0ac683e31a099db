/**
 * Sources of mail other than files: public-inbox git mirrors of lore.kernel.org lists, read with JGit
 * ({@link dev.parley.source.PublicInboxSource}, found by {@link dev.parley.source.PublicInboxDetector} when
 * {@code parley import} is given such a directory), and single threads fetched by Message-ID from a public-inbox
 * server ({@link dev.parley.source.ThreadFetch}). Everything here hands raw messages to the importer through
 * {@link dev.parley.mail.MailSource}; nothing here parses mail or touches the index.
 *
 * <p>May use: {@code mail}.
 */
package dev.parley.source;
