package dev.parley.model;

/**
 * One value of one field of a message's document, as an enrichment computes it at import (see
 * {@code dev.parley.ingest.MessageEnrichment}).
 *
 * @param field the field ({@link Fields})
 * @param value a {@link String} (an exact value, stored) or a {@link Number} (stored)
 */
public record FieldValue(String field, Object value) {
}
