/**
 * The command line: one small Picocli class per command, each only reading options, calling the library
 * ({@link dev.parley.archive.Archive}, analysis, rendering) and printing. Exit codes: 0 ok, 1 not found (or failed),
 * 2 bad usage or query, 3 index locked. Errors are one plain sentence on stderr; {@code --debug} adds the trace.
 * {@link dev.parley.cli.ReadDaemon} runs the read commands in a warm JVM for the launcher, so that they skip Java's
 * start-up.
 *
 * <p>May use: everything: it is the composition root that chooses the backend ({@code lucene} or {@code opensearch}) and wires analysis into imports.
 */
package dev.parley.cli;
