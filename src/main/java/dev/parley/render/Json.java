package dev.parley.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * Writes plain Java values (maps, lists, strings, numbers, booleans, instants, null) as JSON with Jackson's
 * streaming generator. Renderers build ordered maps; this turns them into text.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    public static String write(Object value, boolean pretty) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            if (pretty) g.useDefaultPrettyPrinter();
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public static String write(Object value) {
        return write(value, false);
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Double d -> {
                if (d.isNaN() || d.isInfinite()) g.writeNull();
                else g.writeNumber(Math.round(d * 10000) / 10000.0);
            }
            case Float f -> g.writeNumber(f);
            case Number n -> g.writeNumber(n.toString());
            case Instant t -> g.writeString(t.toString());
            case OffsetDateTime t -> g.writeString(t.toString());
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    g.writeFieldName(String.valueOf(e.getKey()));
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case Collection<?> c -> {
                g.writeStartArray();
                for (Object o : c) write(g, o);
                g.writeEndArray();
            }
            case Enum<?> e -> g.writeString(e.name().toLowerCase(java.util.Locale.ROOT));
            default -> g.writeString(v.toString());
        }
    }
}
