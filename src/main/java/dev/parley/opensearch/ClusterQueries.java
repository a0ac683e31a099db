package dev.parley.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.index.Fields;
import dev.parley.query.Prefix;
import dev.parley.query.PrefixFields;
import dev.parley.query.QueryNode;
import dev.parley.query.QuerySyntaxException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a {@link QueryNode} to the OpenSearch query DSL, clause for clause as {@code LuceneQueries} does for the
 * embedded index, with the same field tables and the same analysis of typed words ({@link PrefixFields}): a word the
 * analyser splits becomes a phrase of its parts, filters (dates, ids, lists, tone) restrict without scoring, and an
 * address value matches a name word, the whole address, or a dot- or @-separated part of it. Terms go to the
 * cluster already analysed (term queries, and phrases split on whitespace only), so both backends match the very
 * same terms.
 */
final class ClusterQueries {

    /** Finds the threads of a Message-ID, for {@code thread:}. */
    interface ThreadLookup {
        List<String> threadsOf(String messageId) throws IOException;
    }

    private final ThreadLookup threads;

    ClusterQueries(ThreadLookup threads) {
        this.threads = threads;
    }

    /** The query; a query with nothing to search for (only punctuation) is a {@link QuerySyntaxException}. */
    ObjectNode translate(QueryNode node) throws IOException {
        try {
            ObjectNode q = build(node);
            if (q == null) throw new QuerySyntaxException("the query has no word to search for");
            return q;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static ObjectNode node() {
        return ClusterClient.JSON.createObjectNode();
    }

    private static ObjectNode matchAll() {
        ObjectNode q = node();
        q.putObject("match_all");
        return q;
    }

    private static ObjectNode single(String type, String field, String value) {
        ObjectNode q = node();
        q.putObject(type).put(field, value);
        return q;
    }

    private ObjectNode build(QueryNode n) {
        return switch (n) {
            case QueryNode.And a -> and(a.clauses());
            case QueryNode.Or o -> or(o.clauses());
            case QueryNode.Not not -> {
                ObjectNode inner = build(not.clause());
                if (inner == null) yield null;
                ObjectNode q = node();
                ObjectNode bool = q.putObject("bool");
                bool.putArray("must").add(matchAll());
                bool.putArray("must_not").add(inner);
                yield q;
            }
            case QueryNode.Term t -> term(t);
            case QueryNode.Phrase p -> phrase(p);
            case QueryNode.DateRange d -> {
                ObjectNode q = node();
                ObjectNode range = q.putObject("range").putObject(Fields.DATE);
                range.put("format", "epoch_millis");
                if (d.from() != null) range.put("gte", d.from().toEpochMilli());
                if (d.until() != null) range.put("lte", d.until().toEpochMilli() - 1);
                yield q;
            }
        };
    }

    private ObjectNode and(List<QueryNode> clauses) {
        List<ObjectNode> must = new ArrayList<>(), filter = new ArrayList<>(), mustNot = new ArrayList<>();
        for (QueryNode c : clauses) {
            if (c instanceof QueryNode.Not n) {
                ObjectNode q = build(n.clause());
                if (q != null) mustNot.add(q);
                continue;
            }
            ObjectNode q = build(c);
            if (q == null) continue;
            (scores(c) ? must : filter).add(q);
        }
        int positive = must.size() + filter.size();
        if (positive + mustNot.size() == 0) return null;
        if (positive == 1 && mustNot.isEmpty()) return must.isEmpty() ? filter.get(0) : must.get(0);
        if (positive == 0) must.add(matchAll());
        ObjectNode q = node();
        ObjectNode bool = q.putObject("bool");
        if (!must.isEmpty()) must.forEach(bool.putArray("must")::add);
        if (!filter.isEmpty()) filter.forEach(bool.putArray("filter")::add);
        if (!mustNot.isEmpty()) mustNot.forEach(bool.putArray("must_not")::add);
        return q;
    }

    /** Filters (dates, ids, lists, tone) restrict without adding to the relevance score. */
    private static boolean scores(QueryNode n) {
        return switch (n) {
            case QueryNode.Term t -> t.prefix().analysed();
            case QueryNode.Phrase p -> p.prefix().analysed();
            case QueryNode.DateRange d -> false;
            default -> true;
        };
    }

    private static ObjectNode should(List<ObjectNode> clauses) {
        if (clauses.isEmpty()) return null;
        ObjectNode q = node();
        ArrayNode should = q.putObject("bool").putArray("should");
        clauses.forEach(should::add);
        return q;
    }

    private ObjectNode or(List<QueryNode> clauses) {
        List<ObjectNode> any = new ArrayList<>();
        for (QueryNode c : clauses) {
            ObjectNode q = build(c);
            if (q != null) any.add(q);
        }
        return should(any);
    }

    private ObjectNode term(QueryNode.Term t) {
        Prefix p = t.prefix();
        String v = t.text();
        return switch (p.kind()) {
            case TEXT -> words(PrefixFields.textFields(p), v, t.wildcard());
            case ADDRESS -> address(PrefixFields.addressFields(p), v, t.wildcard(), false);
            case LIST -> regexp(Fields.LIST, PrefixFields.listPattern(v, t.wildcard()));
            case EXACT -> single(t.wildcard() ? "prefix" : "term", PrefixFields.exactField(p), v);
            case THREAD -> thread(v);
            case TONE -> single("term", Fields.TONE, v);
            case DATE -> throw new IllegalStateException("a date is a DateRange");
        };
    }

    private ObjectNode phrase(QueryNode.Phrase ph) {
        Prefix p = ph.prefix();
        return switch (p.kind()) {
            case TEXT -> words(PrefixFields.textFields(p), ph.text(), false);
            case ADDRESS -> address(PrefixFields.addressFields(p), ph.text(), false, true);
            default -> term(new QueryNode.Term(p, ph.text(), false)); // the parser only makes text phrases
        };
    }

    private static ObjectNode regexp(String field, String pattern) {
        ObjectNode q = node();
        q.putObject("regexp").putObject(field).put("value", pattern).put("flags", "NONE");
        return q;
    }

    private ObjectNode thread(String messageId) {
        List<String> ids;
        try {
            ids = threads.threadsOf(messageId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ids.isEmpty()) {
            ObjectNode q = node();
            q.putObject("match_none");
            return q;
        }
        ObjectNode q = node();
        ArrayNode values = q.putObject("terms").putArray(Fields.THREAD);
        ids.forEach(values::add);
        return q;
    }

    /** Analysed words in any of the fields: one term, a phrase of the parts, or a prefix of the last part. */
    private static ObjectNode words(List<String> fields, String text, boolean wildcard) {
        List<String> tokens = PrefixFields.analyse(text);
        if (tokens.isEmpty()) return null;
        if (fields.size() == 1) return inField(fields.get(0), tokens, wildcard);
        List<ObjectNode> any = new ArrayList<>();
        for (String f : fields) any.add(inField(f, tokens, wildcard));
        return should(any);
    }

    private static ObjectNode inField(String field, List<String> tokens, boolean wildcard) {
        int n = tokens.size();
        if (!wildcard) return n == 1 ? single("term", field, tokens.get(0)) : phrase(field, tokens);
        ObjectNode last = single("prefix", field, tokens.get(n - 1));
        if (n == 1) return last;
        // "foo-ba*": the whole parts as a phrase and the started one as a prefix, both required
        ObjectNode whole = n == 2 ? single("term", field, tokens.get(0)) : phrase(field, tokens.subList(0, n - 1));
        ObjectNode q = node();
        q.putObject("bool").putArray("must").add(whole).add(last);
        return q;
    }

    /** The analysed tokens in this order: split on whitespace only, so the cluster sees the very same terms. */
    private static ObjectNode phrase(String field, List<String> tokens) {
        ObjectNode q = node();
        q.putObject("match_phrase").putObject(field).put("query", String.join(" ", tokens)).put("analyzer", "whitespace");
        return q;
    }

    /** A name word or phrase in the text field, the whole address exactly, or a part of an address. */
    private static ObjectNode address(List<PrefixFields.AddressField> fields, String text, boolean wildcard, boolean phrase) {
        String lower = PrefixFields.exactAddress(text);
        List<ObjectNode> any = new ArrayList<>();
        for (PrefixFields.AddressField f : fields) {
            ObjectNode words = words(List.of(f.text()), text, wildcard);
            if (words != null) any.add(words);
            if (phrase || lower.isEmpty() || lower.contains(" ")) continue;
            if (wildcard) any.add(single("prefix", f.exact(), lower));
            else if (lower.contains("@")) any.add(single("term", f.exact(), lower));
            else any.add(regexp(f.exact(), PrefixFields.addressPartPattern(lower)));
        }
        return should(any);
    }
}
