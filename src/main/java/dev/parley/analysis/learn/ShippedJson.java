package dev.parley.analysis.learn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small JSON files the analysis ships (models, lexicons) into maps, lists, strings, numbers and booleans,
 * with Jackson's streaming parser: data binding ({@code ObjectMapper}) is some 300 classes to load and set up, which a
 * command that reads one such file paid for at every start.
 */
public final class ShippedJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ShippedJson() {
    }

    /** The document: a {@code Map<String, Object>} for an object, a {@code List<Object>} for an array, and so on. */
    public static Object read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new IOException("empty JSON");
            return value(p, t);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    out.put(name, value(p, p.nextToken()));
                }
                yield out;
            }
            case START_ARRAY -> {
                List<Object> out = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) out.add(value(p, v));
                yield out;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected JSON " + t);
        };
    }
}
