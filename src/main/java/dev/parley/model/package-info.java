/**
 * The bottom of the storage side: what an archive holds and hands out, whatever stores it. The schema
 * ({@link dev.parley.model.Fields}: every field of a message's document, and the one text analysis,
 * {@link dev.parley.model.TextAnalysis}), a message as stored ({@link dev.parley.model.StoredMessage}, its raw bytes
 * in {@link dev.parley.model.RawCodec}'s format), what imports, checks and statistics report
 * ({@link dev.parley.model.ImportSummary}, {@link dev.parley.model.ImportListener},
 * {@link dev.parley.model.CheckReport} and {@link dev.parley.model.ArchiveInvariants},
 * {@link dev.parley.model.ArchiveStats}), and the errors every backend raises alike.
 *
 * <p>May use: {@code mail}, {@code source}, {@code thread}, {@code identity}. Nothing here knows a backend.
 */
package dev.parley.model;
