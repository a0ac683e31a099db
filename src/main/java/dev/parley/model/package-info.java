/**
 * The bottom of the storage side: what an archive holds and hands out, whatever stores it. The schema's one table
 * of fields ({@link dev.parley.model.Field}: type, indexing flags, help, example) with the search prefixes beside it
 * ({@link dev.parley.model.Prefix}) and the one text analysis ({@link dev.parley.model.TextAnalysis}), from which each
 * backend derives its documents and mappings; a message as stored ({@link dev.parley.model.StoredMessage}, its raw
 * bytes in {@link dev.parley.model.RawCodec}'s format, read back from any backend's stored values by
 * {@link dev.parley.model.StoredMessages}, a thread's order fixed by {@link dev.parley.model.StoredMessage#THREAD_ORDER});
 * and what imports, checks and statistics report ({@link dev.parley.model.ImportSummary},
 * {@link dev.parley.model.ImportListener}, {@link dev.parley.model.CheckReport} with
 * {@link dev.parley.model.ArchiveInvariants}, {@link dev.parley.model.ArchiveStats}), with the errors every backend
 * raises alike.
 *
 * <p>May use: {@code mail}, {@code source}, {@code thread}, {@code identity}. Nothing here knows a backend.
 */
package dev.parley.model;
