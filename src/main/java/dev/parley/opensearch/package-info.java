/**
 * The archive on an OpenSearch cluster: {@link dev.parley.opensearch.OpenSearchArchive} implements the same
 * {@link dev.parley.archive.Archive} as the embedded Lucene index, so every command runs on either. The cluster is a
 * separate process reached over HTTP with opensearch-java; no part of OpenSearch's server (nor its Lucene) is on
 * Parley's class path. Parsing, dedupe, threading and query parsing are shared with the embedded index; what is here
 * is the cluster's side: the index template mirroring the Lucene schema, bulk writes with back-pressure, routing by
 * thread (thread merges move messages between shards), and the translation of queries to the query DSL.
 */
package dev.parley.opensearch;
