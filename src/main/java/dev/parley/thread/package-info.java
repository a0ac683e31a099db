/**
 * Threading: which messages belong together, and how they hang together.
 *
 * <p>{@link dev.parley.thread.ThreadLinker} gives every incoming message its thread id while an import runs: a
 * thread is the connected set of Message-IDs linked by References/In-Reply-To (JWZ's id table, without subject
 * grouping), so replies that arrive before their parents and later messages that join two threads are handled.
 * {@link dev.parley.thread.ThreadTree} builds the JWZ reply tree of one thread for display and analysis, with ghost
 * containers for parents that are referenced but absent, and reference loops broken.
 *
 * <p>May use: {@code mail}, {@code source}.
 */
package dev.parley.thread;
