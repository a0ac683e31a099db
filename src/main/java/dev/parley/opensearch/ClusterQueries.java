package dev.parley.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.query.PrefixFields;
import dev.parley.query.QueryNode;
import dev.parley.query.QueryTranslator;

import java.util.List;
import java.util.Locale;

/**
 * Translates a {@link QueryNode} to the OpenSearch query DSL: the walk and its decisions are
 * {@link QueryTranslator}'s, shared with the embedded index, so both backends search the same field tables with the
 * same analysis of typed words ({@link PrefixFields}). Terms go to the cluster already analysed (term queries, and
 * phrases split on whitespace only), so both backends match the very same terms.
 */
final class ClusterQueries extends QueryTranslator<ObjectNode> {

    ClusterQueries(ThreadLookup threads) {
        super(threads);
    }

    private static ObjectNode node() {
        return ClusterClient.JSON.createObjectNode();
    }

    private static ObjectNode single(String type, String field, String value) {
        ObjectNode q = node();
        q.putObject(type).put(field, value);
        return q;
    }

    @Override
    protected ObjectNode termQuery(String field, String value) {
        return single("term", field, value);
    }

    @Override
    protected ObjectNode prefixQuery(String field, String start) {
        return single("prefix", field, start);
    }

    @Override
    protected ObjectNode regexpQuery(String field, String pattern) {
        ObjectNode q = node();
        q.putObject("regexp").putObject(field).put("value", pattern).put("flags", "NONE");
        return q;
    }

    /** The analysed tokens in this order: split on whitespace only, so the cluster sees the very same terms. */
    @Override
    protected ObjectNode phraseQuery(String field, List<String> tokens) {
        ObjectNode q = node();
        q.putObject("match_phrase").putObject(field).put("query", String.join(" ", tokens)).put("analyzer", "whitespace");
        return q;
    }

    @Override
    protected ObjectNode nearQuery(String field, List<String> terms, int slop, boolean inOrder) {
        ObjectNode q = node();
        ObjectNode near = q.putObject("span_near");
        ArrayNode clauses = near.putArray("clauses");
        for (String t : terms) clauses.addObject().putObject("span_term").put(field, t);
        near.put("slop", slop).put("in_order", inOrder);
        return q;
    }

    @Override
    protected ObjectNode termsQuery(String field, List<String> values) {
        ObjectNode q = node();
        ArrayNode array = q.putObject("terms").putArray(field);
        values.forEach(array::add);
        return q;
    }

    @Override
    protected ObjectNode rangeQuery(String field, Long first, Long last) {
        ObjectNode q = node();
        ObjectNode range = q.putObject("range").putObject(field);
        range.put("format", "epoch_millis");
        if (first != null) range.put("gte", first);
        if (last != null) range.put("lte", last);
        return q;
    }

    @Override
    protected ObjectNode matchAll() {
        ObjectNode q = node();
        q.putObject("match_all");
        return q;
    }

    @Override
    protected ObjectNode matchNone(String reason) {
        ObjectNode q = node();
        q.putObject("match_none");
        return q;
    }

    /** The clauses grouped by occurrence, each group in the given order. */
    @Override
    protected ObjectNode bool(List<Clause<ObjectNode>> clauses) {
        ObjectNode q = node();
        ObjectNode bool = q.putObject("bool");
        for (Occur occur : Occur.values()) {
            ArrayNode group = null;
            for (Clause<ObjectNode> c : clauses) {
                if (c.occur() != occur) continue;
                if (group == null) group = bool.putArray(occur.name().toLowerCase(Locale.ROOT));
                group.add(c.query());
            }
        }
        return q;
    }
}
