package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.Field;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reading messages back: by Message-ID, a whole thread (from its one shard), or every message. */
final class ClusterReads {

    private static final int PAGE = 500;

    private ClusterReads() {
    }

    static ObjectNode term(String field, String value) {
        ObjectNode q = ClusterClient.JSON.createObjectNode();
        q.putObject("term").put(field, value);
        return q;
    }

    static ArrayNode sourceFields(boolean withRaw) {
        ArrayNode a = ClusterClient.JSON.createArrayNode();
        (withRaw ? ClusterDocuments.WITH_RAW : ClusterDocuments.LIGHT).forEach(a::add);
        return a;
    }

    /** Every stored copy of a Message-ID. */
    static List<StoredMessage> byMessageId(ClusterClient client, String index, String messageId, boolean withRaw) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", 1000);
        body.set("query", term(Field.MESSAGE_ID.id(), messageId));
        body.set("_source", sourceFields(withRaw));
        List<StoredMessage> out = new ArrayList<>();
        for (JsonNode h : client.send("POST", "/" + index + "/_search", body).path("hits").path("hits")) {
            out.add(ClusterDocuments.read(h.path("_source")));
        }
        return out;
    }

    /**
     * Every message of a thread, read from the thread's shard only, in {@link StoredMessage#THREAD_ORDER}: the
     * cluster sorts by the same keys so that search_after can page through a long thread.
     */
    static void threadMessages(ClusterClient client, String index, String threadId, boolean withRaw,
                               Consumer<StoredMessage> out) throws IOException {
        threadHits(client, index, threadId, withRaw, h -> out.accept(ClusterDocuments.read(h.path("_source"))));
    }

    /** The hits of {@link #threadMessages}, with each document's sequence number and primary term. */
    static void threadHits(ClusterClient client, String index, String threadId, boolean withRaw,
                           Consumer<JsonNode> out) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", PAGE);
        body.put("track_total_hits", false);
        body.put("seq_no_primary_term", true);
        body.set("query", term(Field.THREAD.id(), threadId));
        body.set("_source", sourceFields(withRaw));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject(Field.DATE.id()).put("order", "asc").put("missing", "_last");
        sort.addObject().put(Field.UID.id(), "asc");
        page(client, index, Map.of("routing", threadId), body, out);
    }

    static List<StoredMessage> thread(ClusterClient client, String index, String threadId, boolean withRaw) throws IOException {
        List<StoredMessage> out = new ArrayList<>();
        threadMessages(client, index, threadId, withRaw, out::add);
        return out;
    }

    /** Pages through a sorted search with search_after. */
    private static void page(ClusterClient client, String index, Map<String, String> params, ObjectNode body,
                             Consumer<JsonNode> out) throws IOException {
        try {
            while (true) {
                JsonNode hits = client.send("POST", "/" + index + "/_search", params, body).path("hits").path("hits");
                for (JsonNode h : hits) out.accept(h);
                if (hits.size() < PAGE) return;
                body.set("search_after", hits.get(hits.size() - 1).path("sort"));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Every message, with a scroll over the index in its own order, {@code routing} and thread of each kept. */
    static void all(ClusterClient client, String index, boolean withRaw, Consumer<JsonNode> hitConsumer) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", PAGE);
        body.set("_source", sourceFields(withRaw));
        body.putArray("sort").add("_doc");
        JsonNode r = client.send("POST", "/" + index + "/_search", Map.of("scroll", "2m"), body);
        String scroll = r.path("_scroll_id").asText(null);
        try {
            while (true) {
                JsonNode hits = r.path("hits").path("hits");
                if (hits.isEmpty()) return;
                for (JsonNode h : hits) hitConsumer.accept(h);
                ObjectNode next = ClusterClient.JSON.createObjectNode().put("scroll", "2m").put("scroll_id", scroll);
                r = client.send("POST", "/_search/scroll", next);
                scroll = r.path("_scroll_id").asText(scroll);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (scroll != null) {
                ObjectNode clear = ClusterClient.JSON.createObjectNode();
                clear.putArray("scroll_id").add(scroll);
                client.sendOrMissing("DELETE", "/_search/scroll", Map.of(), clear);
            }
        }
    }

    /** Receives one distinct value of a keyword field and its document count. */
    interface Distinct {
        void accept(String value, long docs);
    }

    /** Every distinct value of a keyword field among the matches, exactly: a composite aggregation paged to its end. */
    static void distinct(ClusterClient client, String index, JsonNode query, String field, int page, Distinct out) throws IOException {
        distinct(client, index, query, field, page, null, out);
    }

    /** As above, from the page after {@code after} (null: from the start). */
    static void distinct(ClusterClient client, String index, JsonNode query, String field, int page, JsonNode after,
                         Distinct out) throws IOException {
        do {
            ObjectNode body = ClusterClient.JSON.createObjectNode();
            body.put("size", 0);
            body.put("track_total_hits", false);
            if (query != null) body.set("query", query);
            body.putObject("aggs").set("values", distinctPage(field, page, after));
            after = readPage(client.send("POST", "/" + index + "/_search", body).path("aggregations").path("values"), page, out);
        } while (after != null);
    }

    /** One page of distinct values (a composite aggregation), after {@code after} (null: the first page). */
    static ObjectNode distinctPage(String field, int page, JsonNode after) {
        ObjectNode agg = ClusterClient.JSON.createObjectNode();
        ObjectNode composite = agg.putObject("composite");
        composite.put("size", page);
        composite.putArray("sources").addObject().putObject("v").putObject("terms").put("field", field);
        if (after != null) composite.set("after", after);
        return agg;
    }

    /** Passes on a page's values; returns where the next page starts, or null after the last. */
    static JsonNode readPage(JsonNode agg, int page, Distinct out) {
        JsonNode buckets = agg.path("buckets");
        for (JsonNode b : buckets) out.accept(b.path("key").path("v").asText(), b.path("doc_count").asLong());
        JsonNode after = agg.get("after_key");
        return buckets.size() < page ? null : after;
    }
}
