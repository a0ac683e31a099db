/**
 * Digests: a thread read as a debate turned into what an editor reads in two minutes (the proposal in its author's
 * words, the positions for and against with their strongest quotes, the turning points, the questions left open,
 * a timeline), and the week's busiest debates on a list. Entry points: {@link dev.parley.analysis.digest.ThreadReading#read}
 * then {@link dev.parley.analysis.digest.DigestBuilder#build}; {@link dev.parley.analysis.digest.BusiestDebates}.
 *
 * <p>May use: {@code analysis.quotes} and what it may use (through {@link dev.parley.archive.Archive} only, never a backend).
 */
package dev.parley.analysis.digest;
