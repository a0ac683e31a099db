package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.Field;
import dev.parley.model.Field.Flag;
import dev.parley.model.TextAnalysis;

import java.io.IOException;
import java.util.Map;

/**
 * The archive's layout in a cluster: an index template {@code NAME-messages} (analysis and mappings derived from the
 * schema's table, {@link Field}, version {@link #VERSION}, and the cluster's codec) for indices {@code NAME-messages-N}, and the alias
 * {@code NAME} over the current one. A template or index of another version is a clear error that names the way
 * out ({@code parley reindex}), never a silent mix of two schemas.
 */
final class ClusterSchema {

    /**
     * Bumped when the template changes; includes the Lucene schema version so either change shows. 301: schema 3
     * (lore's analysis and fields, and the tone's evidence, {@link Field#TONE_EVIDENCE}: the mapping is strict, so an
     * older index cannot take it).
     */
    static final int VERSION = Field.SCHEMA_VERSION * 100 + 1;

    /** Deep pages are served like the embedded index serves them (offset + limit), up to this many hits. */
    static final int MAX_RESULT_WINDOW = 10_000_000;

    private static final ObjectNode MAPPINGS = load();

    private final ClusterClient client;
    private final ClusterSettings settings;

    ClusterSchema(ClusterClient client, ClusterSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    String alias() {
        return settings.name();
    }

    String templateName() {
        return settings.name() + "-messages";
    }

    String indexName(int generation) {
        return settings.name() + "-messages-" + generation;
    }

    String lockIndex() {
        return settings.name() + "-lock";
    }

    /**
     * The mappings, derived from the schema's table ({@link Field}): each field's type and indexing, doc values where
     * the table asks for them (sorting, grouping, aggregations), and the fields that are not stored left out of
     * {@code _source}, so the cluster stores what the embedded index stores.
     */
    private static ObjectNode load() {
        ObjectNode m = ClusterClient.JSON.createObjectNode();
        m.put("dynamic", "strict");
        m.putObject("_routing").put("required", true);
        ArrayNode excludes = m.putObject("_source").putArray("excludes");
        ObjectNode properties = m.putObject("properties");
        for (Field f : Field.values()) {
            if (!f.has(Flag.STORED)) excludes.add(f.id());
            properties.set(f.id(), mapping(f));
        }
        m.putObject("_meta").put("parley_template", VERSION).put("parley_schema", Field.SCHEMA_VERSION);
        return m;
    }

    /** One field's mapping: what OpenSearch does by default is left unsaid. */
    static ObjectNode mapping(Field f) {
        ObjectNode p = ClusterClient.JSON.createObjectNode();
        boolean docValues = f.has(Flag.SORTED) || f.has(Flag.AGGREGATED);
        switch (f.type()) {
            case KEYWORD, INTEGER, DOUBLE -> {
                p.put("type", switch (f.type()) {
                    case INTEGER -> "integer";
                    case DOUBLE -> "double";
                    default -> "keyword";
                });
                if (!f.has(Flag.INDEXED)) p.put("index", false);
                if (!docValues) p.put("doc_values", false);
            }
            case DATE -> {
                p.put("type", "date").put("format", "epoch_millis");
                if (!f.has(Flag.INDEXED)) p.put("index", false);
                if (!docValues) p.put("doc_values", false);
            }
            case TEXT -> {
                p.put("type", "text").put("analyzer", TextAnalysis.NAME).put("position_increment_gap", TextAnalysis.POSITION_GAP);
                if (!f.has(Flag.POSITIONS)) p.put("index_options", "freqs");
                if (!f.has(Flag.NORMS)) p.put("norms", false);
            }
            case BINARY -> p.put("type", "binary");
        }
        return p;
    }

    static ObjectNode mappings() {
        return MAPPINGS.deepCopy();
    }

    /** The template body: the schema's analysis ({@link TextAnalysis}), its mappings, and the cluster's settings. */
    ObjectNode template() {
        ObjectNode t = ClusterClient.JSON.createObjectNode();
        t.putArray("index_patterns").add(settings.name() + "-messages-*");
        t.put("version", VERSION);
        t.putObject("_meta").put("created_by", "parley").put("parley_schema", Field.SCHEMA_VERSION);
        ObjectNode body = t.putObject("template");
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("codec", "best_compression");
        index.put("max_result_window", MAX_RESULT_WINDOW);
        index.set("analysis", analysis());
        body.set("mappings", mappings());
        return t;
    }

    /**
     * The schema's text analysis ({@link TextAnalysis}) in the cluster's terms: its character mappings, its word
     * pattern as a pattern tokenizer, and each filter of its chain; the two steps that apply to some words only are
     * condition filters whose script says which (the words not kept as they are, and of those the ones that start
     * with a letter).
     */
    static ObjectNode analysis() {
        ObjectNode a = ClusterClient.JSON.createObjectNode();
        String name = TextAnalysis.NAME;
        ObjectNode chars = a.putObject("char_filter").putObject(name + "_chars").put("type", "mapping");
        TextAnalysis.CHAR_MAPPINGS.forEach(chars.putArray("mappings")::add);
        a.putObject("tokenizer").putObject(name + "_words").put("type", "pattern")
                .put("pattern", TextAnalysis.TOKEN_PATTERN).put("group", 0);
        ObjectNode filters = a.putObject("filter");
        ObjectNode analyzer = a.putObject("analyzer").putObject(name);
        analyzer.put("type", "custom").put("tokenizer", name + "_words").putArray("char_filter").add(name + "_chars");
        ArrayNode chain = analyzer.putArray("filter");
        int step = 0;
        for (TextAnalysis.Filter f : TextAnalysis.FILTERS) {
            String id = name + "_" + ++step;
            switch (f) {
                case TextAnalysis.Filter.PatternReplace p -> filters.putObject(id).put("type", "pattern_replace")
                        .put("pattern", p.pattern()).put("replacement", p.replacement()).put("all", true);
                case TextAnalysis.Filter.LowerCase l -> id = "lowercase";
                case TextAnalysis.Filter.MaxLength m -> filters.putObject(id).put("type", "length").put("min", 0).put("max", m.max());
                case TextAnalysis.Filter.AsciiFolding x -> id = "asciifolding";
                case TextAnalysis.Filter.KeywordRepeat k -> id = "keyword_repeat";
                case TextAnalysis.Filter.StemLetterWords st -> {
                    filters.putObject(id + "_stem").put("type", "snowball").put("language", st.stemmer());
                    condition(filters.putObject(id), id + "_stem",
                            "!token.isKeyword() && Character.isLetter(token.getTerm().toString().codePointAt(0))");
                }
                case TextAnalysis.Filter.RemoveDuplicates r -> id = "remove_duplicates";
                case TextAnalysis.Filter.MarkStems mk -> {
                    filters.putObject(id + "_mark").put("type", "pattern_replace").put("pattern", "^")
                            .put("replacement", mk.mark()).put("all", false);
                    condition(filters.putObject(id), id + "_mark", "!token.isKeyword()");
                }
            }
            chain.add(id);
        }
        return a;
    }

    private static void condition(ObjectNode filter, String inner, String script) {
        filter.put("type", "condition").putArray("filter").add(inner);
        filter.putObject("script").put("source", script);
    }

    /** The template's version in the cluster, or -1 when there is none. */
    int templateVersion() throws IOException {
        JsonNode r = client.sendOrMissing("GET", "/_index_template/" + templateName(), Map.of(), null);
        if (r == null) return -1;
        JsonNode t = r.path("index_templates").path(0).path("index_template");
        return t.path("version").asInt(0);
    }

    /** The index the alias points at, or null when the archive does not exist yet. */
    String currentIndex() throws IOException {
        JsonNode r = client.sendOrMissing("GET", "/_alias/" + alias(), Map.of(), null);
        if (r == null || r.isEmpty()) return null;
        var names = r.fieldNames();
        return names.hasNext() ? names.next() : null;
    }

    /** The schema version recorded in an index's mappings. */
    int indexVersion(String index) throws IOException {
        JsonNode r = client.send("GET", "/" + index + "/_mapping", null);
        return r.path(index).path("mappings").path("_meta").path("parley_template").asInt(0);
    }

    /** Checks the archive can be read by this Parley; returns its current index. */
    String checkReadable() throws IOException {
        String index = currentIndex();
        if (index == null) {
            throw new NoArchiveException("no archive '" + alias() + "' on the OpenSearch cluster at " + client.url()
                    + ": run 'parley import --backend opensearch --url " + client.url() + " ...' or 'parley sync --to "
                    + client.url() + "' first");
        }
        int v = indexVersion(index);
        if (v != VERSION) throw mismatch("index " + index, v);
        return index;
    }

    /** Creates what is missing (template, first index, alias) and checks what exists; returns the current index. */
    String ensureWritable() throws IOException {
        int tv = templateVersion();
        if (tv < 0) putTemplate();
        else if (tv != VERSION) throw mismatch("index template " + templateName(), tv);
        String index = currentIndex();
        if (index != null) {
            int v = indexVersion(index);
            if (v != VERSION) throw mismatch("index " + index, v);
            return index;
        }
        String first = indexName(1);
        createIndex(first);
        ObjectNode actions = ClusterClient.JSON.createObjectNode();
        actions.putArray("actions").addObject().putObject("add").put("index", first).put("alias", alias());
        client.send("POST", "/_aliases", actions);
        return first;
    }

    void putTemplate() throws IOException {
        client.send("PUT", "/_index_template/" + templateName(), template());
    }

    void createIndex(String index) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.putObject("settings").putObject("index").put("number_of_shards", settings.shards())
                .put("number_of_replicas", settings.replicas());
        client.send("PUT", "/" + index, Map.of("wait_for_active_shards", "1"), body);
    }

    private SchemaMismatchException mismatch(String what, int found) {
        return new SchemaMismatchException("the " + what + " on " + client.url() + " has Parley schema version " + found
                + " but this Parley uses version " + VERSION + ": run 'parley reindex --backend opensearch --url "
                + client.url() + "' to rebuild it from the stored raw messages", found);
    }

    /** A template or index written by another version of Parley. */
    static final class SchemaMismatchException extends IOException {
        final int found;

        SchemaMismatchException(String message, int found) {
            super(message);
            this.found = found;
        }
    }

    /** The archive does not exist in the cluster. */
    static final class NoArchiveException extends IOException {
        NoArchiveException(String message) {
            super(message);
        }
    }
}
