/**
 * The web server ({@code parley serve}): the archive read-only over HTTP, in lore's URL scheme and formats so that b4
 * and lei work against it ({@link dev.parley.web.Routes} lists the paths), and Parley's own pages for people: search,
 * message, thread, debate, quotes, digest, the busiest debates and a person's record, each analysis also as JSON
 * and Markdown.
 * Pages are Jsoup DOMs (every piece of mail text escaped), served under a strict Content-Security-Policy with one
 * script of its own (the copy button). It reads the archive only through {@link dev.parley.archive.Archive}, so it
 * serves either backend.
 *
 * <p>May use: archive, index (the stored-message type, until the {@code model} package holds it), query, mail,
 * thread, identity, analysis, render. Used by: cli only.
 */
package dev.parley.web;
