/**
 * Quotes for articles: the whole sentences of participants' own new text (never quoted text, code, logs, trailers or
 * signatures; hard wrapping undone as {@link dev.parley.analysis.text.Unwrapping} defines, otherwise exactly as
 * written), plus the prose a patch adds to documentation ("from the proposed text"), each ranked by how quotable it
 * is ({@link dev.parley.analysis.quotes.Quotability}: the proposal in its author's words, a claim, sharpness,
 * brevity, standing alone, the speaker's weight) and put in an editor's order ten at a time
 * ({@link dev.parley.analysis.quotes.EditorsOrder}), each carrying its author, date, Message-ID, the author's stance
 * in the debate, its whole sentence (a long one may be quoted by a clause) and the sentence before it when it leans on
 * it. Entry points: {@link dev.parley.analysis.quotes.QuoteFinder#find}, {@link dev.parley.analysis.quotes.QuoteFinder#sharpest}.
 * <p>
 * May use: {@code analysis.debate} (the debate it quotes from), {@code analysis.tone}, {@code analysis.text},
 * {@code mail} (what a diff line is: {@link dev.parley.mail.DiffLines}).
 */
package dev.parley.analysis.quotes;
