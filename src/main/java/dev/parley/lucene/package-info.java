/**
 * The embedded backend: the archive as a Lucene index in a directory ({@link dev.parley.lucene.LocalArchive}, its
 * public entry). Documents built from the shared description of a message's fields
 * ({@link dev.parley.lucene.MessageDocuments}), the store side of the shared import ({@link dev.parley.lucene.Importer}:
 * commits at bounded intervals, thread merges rewritten before each), the writer lock
 * ({@link dev.parley.lucene.IndexLock}), the point-in-time read side ({@link dev.parley.lucene.IndexSnapshot}),
 * searches ({@link dev.parley.lucene.LuceneQueries}, {@link dev.parley.lucene.ThreadGrouping}), checks and reindexing.
 * The raw message is stored once, compressed with its neighbours by Parley's codec
 * ({@link dev.parley.lucene.ParleyCodec}); everything shown to people is derived from it or from small stored fields.
 *
 * <p>May use: {@code mail}, {@code source}, {@code thread}, {@code identity}, {@code model}, {@code ingest},
 * {@code query}, {@code archive}; never {@code opensearch}, its peer.
 */
package dev.parley.lucene;
