/**
 * Digests: a thread read as a debate turned into what an editor reads in two minutes (the proposal in its author's
 * words, the positions for and against with their strongest quotes, the turning points, the questions left open,
 * a timeline, what became of the proposal), the week's busiest debates on a list, a person's record across the
 * archive, and what the archive says beyond a thread of its outcome (a later version). Entry points:
 * {@link dev.parley.analysis.digest.ThreadReading#read} then {@link dev.parley.analysis.digest.DigestBuilder#build};
 * {@link dev.parley.analysis.digest.BusiestDebates}; {@link dev.parley.analysis.digest.PersonRecords#find};
 * {@link dev.parley.analysis.digest.LaterVersions}.
 * <p>
 * The last step of {@code analysis}. May use: {@code analysis.quotes}, {@code analysis.debate} and the steps
 * before them, the {@code archive} face and its query language (to find a period's busiest threads), {@code identity},
 * {@code mail}.
 */
package dev.parley.analysis.digest;
