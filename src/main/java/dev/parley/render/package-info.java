/**
 * Rendering: turning Parley's results into what people and programs read: plain terminal text, JSON, Markdown
 * and HTML digests. No analysis happens here.
 */
package dev.parley.render;
