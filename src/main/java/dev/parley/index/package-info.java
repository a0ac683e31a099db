/**
 * The embedded Lucene index: schema ({@link dev.parley.index.Fields}), documents built from parsed messages
 * ({@link dev.parley.index.MessageDocuments}), the import pipeline that parses in parallel, threads, dedupes and
 * commits at bounded intervals ({@link dev.parley.index.Importer}), the writer lock
 * ({@link dev.parley.index.IndexLock}) and the point-in-time read side ({@link dev.parley.index.IndexSnapshot}).
 * The raw message is stored once, compressed with its neighbours by Parley's codec
 * ({@link dev.parley.index.ParleyCodec}); everything shown to people is derived from it or from small stored fields.
 */
package dev.parley.index;
