/**
 * The library face of Parley: one {@link dev.parley.archive.Archive} interface that every command uses, whatever
 * stores the mail, and what a search passes in and out ({@link dev.parley.archive.SearchRequest},
 * {@link dev.parley.archive.SearchResult}). Nothing here is backend-specific: the backends
 * ({@code dev.parley.lucene}, the default, and {@code dev.parley.opensearch}) implement it, and the command line,
 * the composition root, chooses one; nothing above this package knows which one is in use.
 *
 * <p>May use: {@code mail}, {@code source}, {@code thread}, {@code identity}, {@code model}, {@code ingest},
 * {@code query}.
 */
package dev.parley.archive;
