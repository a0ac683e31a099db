package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.ingest.MessageFields;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.FieldValue;
import dev.parley.model.Fields;
import dev.parley.model.RawCodec;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The OpenSearch source document of a message, built from {@link MessageFields} like the Lucene document, and the
 * {@link StoredMessage} read back from a hit. The raw message is compressed on its own (RawCodec: zstd) before it is
 * base64-encoded into the {@code raw} binary field (base64 of plain text would defeat the index's own compression).
 */
final class ClusterDocuments {

    /** The source fields a {@link StoredMessage} is read from (all but the raw bytes). */
    static final List<String> LIGHT = List.of(Fields.UID, Fields.MESSAGE_ID, Fields.SYNTHETIC_ID, Fields.THREAD,
            Fields.SUBJECT, Fields.FROM_NAME, Fields.FROM_ADDR, Fields.DATE, Fields.DATE_OFFSET, Fields.DATE_SOURCE,
            Fields.IN_REPLY_TO, Fields.REFERENCES, Fields.LIST, Fields.TONE, Fields.TONE_SCORE,
            Fields.ATTACHMENT_STORED, Fields.PROBLEMS, Fields.SOURCE, Fields.REMOVED);
    static final List<String> WITH_RAW = concat(LIGHT, Fields.RAW);

    private ClusterDocuments() {
    }

    static ObjectNode build(ParsedMessage m, String threadId, List<FieldValue> enriched) {
        ObjectNode doc = ClusterClient.JSON.createObjectNode();
        MessageFields.write(m, threadId, enriched, new JsonSink(doc));
        return doc;
    }

    /** The document of a stored message again (a thread move, a removal), keeping its tone and removed flag. */
    static ObjectNode rebuild(StoredMessage m, String threadId) {
        ObjectNode doc = ClusterClient.JSON.createObjectNode();
        MessageFields.writeStored(m, threadId, new JsonSink(doc));
        return doc;
    }

    private record JsonSink(ObjectNode doc) implements MessageFields.Sink {
        private void add(String field, JsonNode value) {
            JsonNode had = doc.get(field);
            if (had == null) {
                doc.set(field, value);
            } else if (had instanceof ArrayNode a) {
                a.add(value);
            } else {
                ArrayNode a = doc.arrayNode();
                a.add(had).add(value);
                doc.set(field, a);
            }
        }

        @Override
        public void keyword(String field, String value, boolean stored) {
            add(field, doc.textNode(value));
        }

        @Override
        public void groupKey(String field, String value) {
            add(field, doc.textNode(value));
        }

        @Override
        public void text(String field, String value, boolean stored) {
            add(field, doc.textNode(value));
        }

        @Override
        public void stored(String field, String value) {
            add(field, doc.textNode(value));
        }

        @Override
        public void storedNumber(String field, Number value) {
            add(field, value instanceof Integer i ? doc.numberNode(i) : doc.numberNode(value.doubleValue()));
        }

        @Override
        public void integer(String field, int value) {
            add(field, doc.numberNode(value));
        }

        @Override
        public void date(String field, long epochMillis) {
            add(field, doc.numberNode(epochMillis));
        }

        @Override
        public void bytes(String field, byte[] value) {
            add(field, doc.textNode(Base64.getEncoder().encodeToString(RawCodec.encode(value))));
        }
    }

    /** The message of a hit's {@code _source} (with {@code raw} when it was fetched). */
    static StoredMessage read(JsonNode src) {
        JsonNode date = src.get(Fields.DATE);
        String refs = text(src, Fields.REFERENCES);
        String problems = src.hasNonNull(Fields.PROBLEMS) ? text(src, Fields.PROBLEMS) : null;
        JsonNode raw = src.get(Fields.RAW);
        return new StoredMessage(text(src, Fields.UID), text(src, Fields.MESSAGE_ID), src.hasNonNull(Fields.SYNTHETIC_ID),
                text(src, Fields.THREAD), text(src, Fields.SUBJECT), text(src, Fields.FROM_NAME), text(src, Fields.FROM_ADDR),
                date == null || date.isNull() ? null : Instant.ofEpochMilli(date.asLong()),
                src.path(Fields.DATE_OFFSET).asInt(0), text(src, Fields.DATE_SOURCE), text(src, Fields.IN_REPLY_TO),
                refs.isEmpty() ? List.of() : List.of(refs.split(" ")), values(src, Fields.LIST), text(src, Fields.TONE),
                src.path(Fields.TONE_SCORE).asDouble(0), values(src, Fields.ATTACHMENT_STORED),
                problems == null ? List.of() : List.of(problems.split("\n")), text(src, Fields.SOURCE),
                raw == null || raw.isNull() ? null : decodeRaw(Base64.getDecoder().decode(raw.asText())),
                src.hasNonNull(Fields.REMOVED));
    }

    private static String text(JsonNode src, String field) {
        JsonNode v = src.get(field);
        if (v == null || v.isNull()) return "";
        return v.isArray() ? v.path(0).asText("") : v.asText();
    }

    private static List<String> values(JsonNode src, String field) {
        JsonNode v = src.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) return List.of(v.asText());
        List<String> out = new ArrayList<>(v.size());
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The raw bytes of a message, stored as by the embedded index ({@link RawCodec}). */
    static byte[] decodeRaw(byte[] stored) {
        try {
            return RawCodec.decode(stored, 0, stored.length);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("a stored raw message does not decode: " + e.getMessage(), e));
        }
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return List.copyOf(out);
    }
}
