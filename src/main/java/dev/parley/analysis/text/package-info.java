/**
 * Text of mail as prose: words ({@link dev.parley.analysis.text.Words}), and the sentences of an author's own text
 * with hard line wrapping undone and code, logs, list footers, greetings and sign-offs left out
 * ({@link dev.parley.analysis.text.Sentences}).
 *
 * <p>May use: the packages below the backends ({@code mail} ... {@code archive}), never a backend.
 */
package dev.parley.analysis.text;
