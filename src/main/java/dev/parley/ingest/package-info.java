/**
 * The import pipeline that every backend shares: one reader thread streams raw messages from the sources, workers
 * parse and enrich them ({@link dev.parley.ingest.ImportRun}), and each is admitted once, deduped by content key and
 * threaded ({@link dev.parley.ingest.Admission}), before the backend's {@link dev.parley.ingest.ImportRun.Store}
 * writes the document that {@link dev.parley.ingest.MessageFields} describes. What analysis adds at import (the
 * tone) comes in through {@link dev.parley.ingest.MessageEnrichment}, which the command line wires into
 * {@link dev.parley.ingest.ImportOptions}; nothing here knows analysis. Reindexing and syncing import an archive's
 * stored messages again through {@link dev.parley.ingest.StoredSource}; every backend's writer lock recognises and
 * reports a dead holder's lock alike ({@link dev.parley.ingest.StaleLock}).
 *
 * <p>May use: {@code mail}, {@code source}, {@code thread}, {@code identity}, {@code model}.
 */
package dev.parley.ingest;
