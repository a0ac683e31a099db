/**
 * Rendering: turning Parley's results into what people and programs read: plain terminal text, JSON, Markdown
 * and HTML digests. No analysis happens here.
 *
 * <p>May use: every package below it: analysis, the {@code archive} face and {@code model}; never a backend.
 */
package dev.parley.render;
