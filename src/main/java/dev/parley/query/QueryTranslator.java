package dev.parley.query;

import dev.parley.model.Field;
import dev.parley.model.Prefix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a {@link QueryNode} to a backend's query type {@code Q}: the walk and every decision (which clauses
 * score and which only filter, what each prefix kind matches, how typed words are analysed) live here, once, so
 * every backend matches the very same terms; a backend only says how to build the leaves and a boolean query.
 * <p>
 * Words are analysed as the index did ({@link PrefixFields#analyse}): a word the analyser splits ({@code foo-bar};
 * {@code xfs_inode.c} stays whole) becomes a phrase of its parts, as in Xapian. Address prefixes match a name word,
 * a whole address (exactly, through the {@code *_addr} fields) or a dot- or {@code @}-separated part of an address
 * ({@code f:kernel.org} matches {@code x@vger.kernel.org}).
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

    private Q term(QueryNode.Term t) {
        Prefix p = t.prefix();
        String v = t.text();
        return switch (p.kind()) {
            case TEXT -> words(PrefixFields.textFields(p), v, t.wildcard());
            case ADDRESS -> address(PrefixFields.addressFields(p), v, t.wildcard(), false);
            case LIST -> regexpQuery(Field.LIST.id(), PrefixFields.listPattern(v, t.wildcard()));
            case EXACT -> {
                String field = PrefixFields.exactField(p);
                yield t.wildcard() ? prefixQuery(field, v) : termQuery(field, v);
            }
            case THREAD -> thread(v);
            case TONE -> termQuery(Field.TONE.id(), v);
            case DATE -> throw new IllegalStateException("a date is a DateRange");
        };
    }

    private Q phrase(QueryNode.Phrase ph) {
        Prefix p = ph.prefix();
        return switch (p.kind()) {
            case TEXT -> words(PrefixFields.textFields(p), ph.text(), false);
            case ADDRESS -> address(PrefixFields.addressFields(p), ph.text(), false, true);
            default -> term(new QueryNode.Term(p, ph.text(), false)); // the parser only makes text phrases
        };
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

    /** Analysed words in any of the fields: one term, a phrase of the parts, or a prefix of the last part. */
    private Q words(List<String> fields, String text, boolean wildcard) {
        List<String> tokens = PrefixFields.analyse(text);
        if (tokens.isEmpty()) return null;
        if (fields.size() == 1) return inField(fields.get(0), tokens, wildcard);
        List<Q> any = new ArrayList<>(fields.size());
        for (String f : fields) any.add(inField(f, tokens, wildcard));
        return should(any);
    }

    private Q inField(String field, List<String> tokens, boolean wildcard) {
        int n = tokens.size();
        if (!wildcard) return n == 1 ? termQuery(field, tokens.get(0)) : phraseQuery(field, tokens);
        Q last = prefixQuery(field, tokens.get(n - 1));
        if (n == 1) return last;
        // "foo-ba*": the whole parts as a phrase and the started one as a prefix, both required
        Q whole = n == 2 ? termQuery(field, tokens.get(0)) : phraseQuery(field, tokens.subList(0, n - 1));
        return bool(List.of(new Clause<>(whole, Occur.MUST), new Clause<>(last, Occur.MUST)));
    }

    /** A name word or phrase in the text field, the whole address exactly, or a part of an address. */
    private Q address(List<Prefix.AddressField> fields, String text, boolean wildcard, boolean phrase) {
        String lower = PrefixFields.exactAddress(text);
        List<Q> any = new ArrayList<>();
        for (Prefix.AddressField f : fields) {
            Q words = words(List.of(f.text().id()), text, wildcard);
            if (words != null) any.add(words);
            if (phrase || lower.isEmpty() || lower.contains(" ")) continue;
            if (wildcard) any.add(prefixQuery(f.exact().id(), lower));
            else if (lower.contains("@")) any.add(termQuery(f.exact().id(), lower));
            // a dot- or @-separated run of the address: "kernel.org", "vger", "gregkh"
            else any.add(regexpQuery(f.exact().id(), PrefixFields.addressPartPattern(lower)));
        }
        return should(any);
    }
}
