/**
 * Quotes for articles: the whole sentences of participants' own new text (never quoted text, code, logs, trailers or
 * signatures; hard wrapping undone as {@link dev.parley.analysis.text.Unwrapping} defines, otherwise exactly as
 * written), plus the prose a patch adds to documentation ("from the proposed text"), each ranked by how quotable it
 * is and carrying its author, date, Message-ID and the author's stance in the debate. Entry point:
 * {@link dev.parley.analysis.quotes.QuoteFinder#find}.
 * <p>
 * May use: {@code analysis.debate} (the debate it quotes from), {@code analysis.tone}, {@code analysis.text},
 * {@code mail} (what a diff line is: {@link dev.parley.mail.DiffLines}).
 */
package dev.parley.analysis.quotes;
