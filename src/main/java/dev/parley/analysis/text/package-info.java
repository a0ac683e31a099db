/**
 * Text of mail as prose: words ({@link dev.parley.analysis.text.Words}), and the sentences of an author's own text
 * with hard line wrapping undone and code, logs, list footers, greetings and sign-offs left out
 * ({@link dev.parley.analysis.text.Sentences}).
 * <p>
 * The first step of {@code analysis} (then tone, stance, debate, quotes, digest). May use: nothing of Parley.
 */
package dev.parley.analysis.text;
