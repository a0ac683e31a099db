/**
 * Text of mail as prose: words ({@link dev.parley.analysis.text.Words}), and the sentences of an author's own text
 * with hard line wrapping undone and code, logs, list footers, greetings and sign-offs left out
 * ({@link dev.parley.analysis.text.Sentences}).
 * <p>
 * The first text step of {@code analysis} (learn, text, tone, stance, debate, quotes, digest: each uses only those
 * before it). May use: the packages below the backends, never a backend; in practice nothing but the JDK.
 */
package dev.parley.analysis.text;
