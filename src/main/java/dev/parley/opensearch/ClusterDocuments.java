package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.ingest.MessageFields;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.FieldValue;
import dev.parley.model.Field;
import dev.parley.model.RawCodec;
import dev.parley.model.StoredMessage;
import dev.parley.model.StoredMessages;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * The OpenSearch source document of a message, built from {@link MessageFields} like the Lucene document, and the
 * {@link StoredMessage} read back from a hit ({@link StoredMessages}, as the Lucene backend reads it). The raw message is compressed on its own (RawCodec: zstd) before it is
 * base64-encoded into the {@code raw} binary field (base64 of plain text would defeat the index's own compression).
 */
final class ClusterDocuments {

    /** The source fields a {@link StoredMessage} is read from (all but the raw bytes), and the same with them. */
    static final List<String> LIGHT = Field.light().stream().map(Field::id).toList();
    static final List<String> WITH_RAW = Stream.concat(LIGHT.stream(), Stream.of(Field.RAW.id())).toList();

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
        @Override
        public void add(Field field, Object value) {
            JsonNode v = switch (value) {
                case String s -> doc.textNode(s);
                case Integer i -> doc.numberNode(i);
                case Long l -> doc.numberNode(l);
                case Double d -> doc.numberNode(d);
                case byte[] raw -> doc.textNode(Base64.getEncoder().encodeToString(RawCodec.encode(raw)));
                default -> throw new IllegalArgumentException("field " + field.id() + " cannot hold a " + value.getClass().getSimpleName());
            };
            JsonNode had = doc.get(field.id());
            if (had == null) {
                doc.set(field.id(), v);
            } else if (had instanceof ArrayNode a) {
                a.add(v);
            } else {
                ArrayNode a = doc.arrayNode();
                a.add(had).add(v);
                doc.set(field.id(), a);
            }
        }
    }

    /** The message of a hit's {@code _source} (with {@code raw} when it was fetched). */
    static StoredMessage read(JsonNode src) {
        return StoredMessages.decode(new StoredMessages.Values() {
            @Override
            public List<String> strings(Field f) {
                JsonNode v = src.get(f.id());
                if (v == null || v.isNull()) return List.of();
                if (!v.isArray()) return List.of(v.asText());
                List<String> out = new ArrayList<>(v.size());
                v.forEach(x -> out.add(x.asText()));
                return out;
            }

            @Override
            public Number number(Field f) {
                JsonNode v = src.get(f.id());
                return v == null || v.isNull() ? null : v.numberValue();
            }

            @Override
            public byte[] bytes(Field f) {
                JsonNode v = src.get(f.id());
                return v == null || v.isNull() ? null : Base64.getDecoder().decode(v.asText());
            }
        });
    }
}
