package dev.parley.query;

import dev.parley.model.Field;
import dev.parley.model.Prefix;
import dev.parley.model.TextAnalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a {@link QueryNode} to a backend's query type {@code Q}: the walk and every decision (which clauses
 * score and which only filter, what each prefix kind matches, how typed words are analysed) live here, once, so
 * every backend matches the very same terms; a backend only says how to build the leaves and a boolean query.
 * <p>
 * Words are analysed as the index did ({@link PrefixFields#analyse}). A stemmed word matches the marked stem and the
 * stem as a word ({@link TextAnalysis#stemQueryTerms}); a phrase, a word joined by punctuation ({@code namei.c}) or
 * a wildcard matches words as written; {@code NEAR} and {@code ADJ} words within a window.
 *
 * @param <Q> the backend's query type
 */
public abstract class QueryTranslator<Q> {

    /** Finds the threads of a Message-ID, for {@code thread:}. */
    public interface ThreadLookup {
        /** Thread ids of the messages with this Message-ID; empty when unknown. */
        List<String> threadsOf(String messageId) throws IOException;
    }

    /** How a clause of a boolean query takes part. */
    protected enum Occur {
        /** Must match, and adds to the score. */
        MUST,
        /** Must match, without adding to the score. */
        FILTER,
        /** Must not match. */
        MUST_NOT,
        /** At least one of the should clauses must match. */
        SHOULD
    }

    /** One clause of a boolean query. */
    protected record Clause<Q>(Q query, Occur occur) {
    }

    private final ThreadLookup threads;

    protected QueryTranslator(ThreadLookup threads) {
        this.threads = threads;
    }

    /** The query; a query with nothing to search for (only punctuation) is a {@link QuerySyntaxException}. */
    public Q translate(QueryNode node) throws IOException {
        try {
            Q q = build(node);
            if (q == null) throw new QuerySyntaxException("the query has no word to search for");
            return q;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The query, without the messages their archive has since removed (public-inbox removals) unless they are
     * asked for.
     */
    public Q translate(QueryNode node, boolean includeRemoved) throws IOException {
        Q q = translate(node);
        if (includeRemoved) return q;
        return bool(List.of(new Clause<>(q, Occur.MUST), new Clause<>(termQuery(Field.REMOVED.id(), "1"), Occur.MUST_NOT)));
    }

    /** The field holds exactly this term. */
    protected abstract Q termQuery(String field, String value);

    /** The field holds a term starting with this. */
    protected abstract Q prefixQuery(String field, String start);

    /** The field holds a term matching this Lucene regular expression (no optional syntax flags). */
    protected abstract Q regexpQuery(String field, String pattern);

    /** The field holds these (already analysed) terms next to each other, in this order. */
    protected abstract Q phraseQuery(String field, List<String> tokens);

    /**
     * The field holds these (already analysed) terms within {@code slop} positions more than they take (all within
     * {@code terms.size() + slop} consecutive positions), in this order or in any.
     */
    protected abstract Q nearQuery(String field, List<String> terms, int slop, boolean inOrder);

    /** The field holds any of these terms. */
    protected abstract Q termsQuery(String field, List<String> values);

    /** The long field lies between the bounds, both included; a null bound is open. */
    protected abstract Q rangeQuery(String field, Long first, Long last);

    protected abstract Q matchAll();

    protected abstract Q matchNone(String reason);

    /** A boolean query of these clauses, in this order. */
    protected abstract Q bool(List<Clause<Q>> clauses);

    /** The query of a node, or null when it has nothing to match on (a word of punctuation only). */
    private Q build(QueryNode node) {
        return switch (node) {
            case QueryNode.And a -> and(a.clauses());
            case QueryNode.Or o -> or(o.clauses());
            case QueryNode.Xor x -> xor(x);
            case QueryNode.Near n -> near(n);
            case QueryNode.Not n -> {
                Q inner = build(n.clause());
                yield inner == null ? null
                        : bool(List.of(new Clause<>(matchAll(), Occur.MUST), new Clause<>(inner, Occur.MUST_NOT)));
            }
            case QueryNode.Term t -> term(t);
            case QueryNode.Phrase p -> phrase(p);
            case QueryNode.DateRange d -> rangeQuery(Field.DATE.id(),
                    d.from() == null ? null : d.from().toEpochMilli(),
                    d.until() == null ? null : d.until().toEpochMilli() - 1);
        };
    }

    private Q and(List<QueryNode> clauses) {
        List<Clause<Q>> all = new ArrayList<>();
        int positive = 0, negative = 0;
        Q only = null;
        for (QueryNode c : clauses) {
            if (c instanceof QueryNode.Not n) {
                Q q = build(n.clause());
                if (q != null) {
                    all.add(new Clause<>(q, Occur.MUST_NOT));
                    negative++;
                }
                continue;
            }
            Q q = build(c);
            if (q == null) continue;
            all.add(new Clause<>(q, scores(c) ? Occur.MUST : Occur.FILTER));
            positive++;
            only = q;
        }
        if (positive + negative == 0) return null;
        if (positive == 1 && negative == 0) return only; // words left out of an AND leave one clause
        if (positive == 0) all.add(new Clause<>(matchAll(), Occur.MUST));
        return bool(all);
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

    private Q or(List<QueryNode> clauses) {
        List<Q> any = new ArrayList<>();
        for (QueryNode c : clauses) {
            Q q = build(c);
            if (q != null) any.add(q);
        }
        return should(any);
    }

    /** A boolean query of which at least one must match, or null when there is none. */
    private Q should(List<Q> queries) {
        if (queries.isEmpty()) return null;
        List<Clause<Q>> clauses = new ArrayList<>(queries.size());
        for (Q q : queries) clauses.add(new Clause<>(q, Occur.SHOULD));
        return bool(clauses);
    }

    /** One of the two: either, but not both. */
    private Q xor(QueryNode.Xor x) {
        Q left = build(x.left()), right = build(x.right());
        if (left == null) return right;
        if (right == null) return left;
        Q both = bool(List.of(new Clause<>(left, Occur.FILTER), new Clause<>(right, Occur.FILTER)));
        return bool(List.of(new Clause<>(should(List.of(left, right)), Occur.MUST), new Clause<>(both, Occur.MUST_NOT)));
    }

    /** NEAR and ADJ in each field their words' prefix searches (the prefix of the first word; all must share it). */
    private Q near(QueryNode.Near n) {
        Prefix p = n.terms().get(0).prefix();
        List<String> words = new ArrayList<>();
        for (QueryNode.Term t : n.terms()) {
            if (t.prefix() != p) throw new QuerySyntaxException("NEAR and ADJ join words of one prefix (" + n + ")");
            List<String> tokens = PrefixFields.analyse(t.text());
            if (tokens.size() != 1) return null;
            words.add(tokens.get(0));
        }
        List<Q> any = new ArrayList<>();
        for (String f : PrefixFields.textFields(p)) any.add(nearQuery(f, words, n.distance() - 1, n.ordered()));
        return should(any);
    }

    private Q term(QueryNode.Term t) {
        Prefix p = t.prefix();
        String v = t.text();
        return switch (p.kind()) {
            case TEXT -> withWholeId(p, v, words(PrefixFields.textFields(p), v, t.wildcard(), t.stem()));
            case EXACT -> {
                String field = PrefixFields.exactField(p);
                yield t.wildcard() ? prefixQuery(field, v) : termQuery(field, v);
            }
            case BLOB -> blob(p, v);
            case THREAD -> thread(v);
            case TONE -> termQuery(Field.TONE.id(), v);
            case DATE -> throw new IllegalStateException("a date is a DateRange");
        };
    }

    private Q phrase(QueryNode.Phrase ph) {
        Prefix p = ph.prefix();
        if (p.kind() == Prefix.Kind.TEXT) return withWholeId(p, ph.text(), words(PrefixFields.textFields(p), ph.text(), false, false));
        return term(new QueryNode.Term(p, ph.text(), false)); // the parser only makes text phrases
    }

    /**
     * For {@code m:}, the words of the id or the whole id: the whole id adds no match where the id's words are
     * indexed, and finds the message in an index made before they were.
     */
    private Q withWholeId(Prefix p, String value, Q words) {
        if (p != Prefix.MESSAGE_ID || words == null) return words;
        return should(List.of(words, termQuery(Field.MESSAGE_ID.id(), value)));
    }

    /** A blob id or its start of at least 7 hex digits (lore indexes every such start), in any of the fields. */
    private Q blob(Prefix p, String id) {
        if (id.length() < PrefixFields.MIN_BLOB_DIGITS) return matchNone("a blob id of fewer than 7 digits");
        List<Q> any = new ArrayList<>();
        for (String f : PrefixFields.textFields(p)) any.add(prefixQuery(f, id));
        return should(any);
    }

    private Q thread(String messageId) {
        List<String> ids;
        try {
            ids = threads.threadsOf(messageId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids.isEmpty() ? matchNone("no message " + messageId) : termsQuery(Field.THREAD.id(), ids);
    }

    /** Analysed words in any of the fields: one term (or its stems), a phrase of several, or a prefix of one. */
    private Q words(List<String> fields, String text, boolean wildcard, boolean stem) {
        List<String> tokens = PrefixFields.analyse(text);
        if (tokens.isEmpty()) return null;
        List<String> stems = stem && tokens.size() == 1 && !wildcard ? TextAnalysis.stemQueryTerms(tokens.get(0)) : null;
        List<Q> any = new ArrayList<>(fields.size());
        for (String f : fields) any.add(inField(f, tokens, wildcard, stems));
        return any.size() == 1 ? any.get(0) : should(any);
    }

    private Q inField(String field, List<String> tokens, boolean wildcard, List<String> stems) {
        if (stems != null) {
            if (stems.size() == 1) return termQuery(field, stems.get(0));
            List<Q> either = new ArrayList<>(stems.size());
            for (String s : stems) either.add(termQuery(field, s));
            return should(either);
        }
        int n = tokens.size();
        if (!wildcard) return n == 1 ? termQuery(field, tokens.get(0)) : phraseQuery(field, tokens);
        if (n == 1) return prefixQuery(field, tokens.get(0));
        // several words and a '*' (a typed phrase does not come here): the whole ones as a phrase, the last as a start
        Q whole = n == 2 ? termQuery(field, tokens.get(0)) : phraseQuery(field, tokens.subList(0, n - 1));
        return bool(List.of(new Clause<>(whole, Occur.MUST), new Clause<>(prefixQuery(field, tokens.get(n - 1)), Occur.MUST)));
    }
}
