/**
 * The archive on an OpenSearch cluster: {@link dev.parley.opensearch.OpenSearchArchive} implements the same
 * {@link dev.parley.archive.Archive} as the embedded Lucene index, so every command runs on either. The cluster is a
 * separate process reached over HTTP with opensearch-java; no part of OpenSearch's server (nor its Lucene) is on
 * Parley's class path. Parsing, dedupe, threading and enrichment ({@code dev.parley.ingest}), the schema
 * ({@code dev.parley.model}) and query parsing ({@code dev.parley.query}) are shared with the embedded index; what is
 * here is the cluster's side: the index template derived from the schema, bulk writes with back-pressure, routing by
 * thread (thread merges move messages between shards), and the translation of queries to the query DSL.
 *
 * <p>May use: {@code mail}, {@code source}, {@code thread}, {@code identity}, {@code model}, {@code ingest},
 * {@code query}, {@code archive}; never {@code lucene}, its peer.
 */
package dev.parley.opensearch;
