package dev.parley.model;

/**
 * One value of one field of a message's document, as an enrichment computes it at import (see
 * {@code dev.parley.ingest.MessageEnrichment}).
 *
 * @param value of the field's {@link Field#type() type}: a {@link String}, an {@link Integer}, a {@link Long} (a
 *              date) or a {@link Double}
 */
public record FieldValue(Field field, Object value) {
}
