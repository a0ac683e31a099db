package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.Field;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cluster's mappings are derived from the schema's table ({@link Field}). */
class ClusterSchemaTest {

    /**
     * The mappings of template version 301 (schema 3: lore's analysis and fields), as derived when it was made
     * (mappings-schema3.json); clusters made with it must find the same mappings in a new index, or the version has to
     * change. (Norms of all but the subject, From: and own text went in before schema 3 was released, at 301.)
     */
    @Test
    void theDerivedMappingsAreThoseOfTemplateVersion301() throws Exception {
        assertEquals(301, ClusterSchema.VERSION, "a change of the mappings bumps the version; then update this fixture");
        JsonNode written;
        try (InputStream in = ClusterSchemaTest.class.getResourceAsStream("mappings-schema3.json")) {
            written = ClusterClient.JSON.readTree(in);
        }
        ObjectNode derived = ClusterSchema.mappings();
        derived.remove("_meta");
        assertEquals(written, derived);
    }

    @Test
    void aFieldsIndexingFlagsReachItsMapping() {
        // what issue 17 changes per field: positions and norms of text fields
        assertEquals("{\"type\":\"text\",\"analyzer\":\"parley\",\"position_increment_gap\":100}",
                ClusterSchema.mapping(Field.OWN).toString());
        assertEquals("{\"type\":\"keyword\",\"index\":false,\"doc_values\":false}", ClusterSchema.mapping(Field.SOURCE).toString());
        assertEquals("{\"type\":\"keyword\",\"doc_values\":false}", ClusterSchema.mapping(Field.DIFF_PRE).toString());
    }
}
