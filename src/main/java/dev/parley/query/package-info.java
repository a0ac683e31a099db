/**
 * The lore/public-inbox query language: {@link dev.parley.query.LoreQuery} parses a query string into a small,
 * backend-neutral syntax tree ({@link dev.parley.query.QueryNode}, every {@link dev.parley.model.Prefix} that lore
 * knows plus Parley's own), with {@link dev.parley.query.QuerySyntaxException} pointing at the offending part of a
 * malformed query. {@link dev.parley.query.QueryTranslator} walks the tree once for every backend, which only builds
 * its own leaves over the fields of {@link dev.parley.model.Field} (the Lucene backend Lucene queries, the OpenSearch
 * backend its query DSL). {@link dev.parley.query.Snippets} marks the matched words in a message's text.
 *
 * <p>May use: {@code mail}, {@code source}, {@code thread}, {@code identity}, {@code model}, {@code ingest}.
 */
package dev.parley.query;
