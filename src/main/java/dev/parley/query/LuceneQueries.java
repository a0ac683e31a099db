package dev.parley.query;

import dev.parley.index.Fields;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.RegExp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Translates a {@link QueryNode} to a Lucene query over the fields of {@link Fields}, analysing words with
 * {@link TextAnalysis#analyzer()} as the index did. A word that the analyser splits ({@code foo-bar},
 * {@code xfs_inode.c} stays whole) becomes a phrase of its parts, as in Xapian. Address prefixes match a name word,
 * a whole address (exactly, through the {@code *_addr} fields) or a dot- or {@code @}-separated part of an address
 * ({@code f:kernel.org} matches {@code x@vger.kernel.org}).
 */
public final class LuceneQueries {

    /** Finds the threads of a Message-ID, for {@code thread:}. */
    public interface ThreadLookup {
        /** Thread ids of the messages with this Message-ID; empty when unknown. */
        List<String> threadsOf(String messageId) throws IOException;
    }

    private final ThreadLookup threads;

    public LuceneQueries(ThreadLookup threads) {
        this.threads = threads;
    }

    /** The Lucene query; a query with nothing to search for (only punctuation) is a {@link QuerySyntaxException}. */
    public Query translate(QueryNode node) throws IOException {
        try {
            Query q = build(node);
            if (q == null) throw new QuerySyntaxException("the query has no word to search for");
            return q;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The query of a node, or null when it has nothing to match on (a word of punctuation only). */
    private Query build(QueryNode node) {
        return switch (node) {
            case QueryNode.And a -> and(a.clauses());
            case QueryNode.Or o -> or(o.clauses());
            case QueryNode.Not n -> {
                Query inner = build(n.clause());
                yield inner == null ? null : new BooleanQuery.Builder()
                        .add(MatchAllDocsQuery.INSTANCE, Occur.MUST).add(inner, Occur.MUST_NOT).build();
            }
            case QueryNode.Term t -> term(t);
            case QueryNode.Phrase p -> phrase(p);
            case QueryNode.DateRange d -> LongPoint.newRangeQuery(Fields.DATE,
                    d.from() == null ? Long.MIN_VALUE : d.from().toEpochMilli(),
                    d.until() == null ? Long.MAX_VALUE : d.until().toEpochMilli() - 1);
        };
    }

    private Query and(List<QueryNode> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int positive = 0, negative = 0;
        Query only = null;
        for (QueryNode c : clauses) {
            if (c instanceof QueryNode.Not n) {
                Query q = build(n.clause());
                if (q != null) {
                    b.add(q, Occur.MUST_NOT);
                    negative++;
                }
                continue;
            }
            Query q = build(c);
            if (q == null) continue;
            b.add(q, scores(c) ? Occur.MUST : Occur.FILTER);
            positive++;
            only = q;
        }
        if (positive + negative == 0) return null;
        if (positive == 1 && negative == 0) return only; // words left out of an AND leave one clause
        if (positive == 0) b.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        return b.build();
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

    private Query or(List<QueryNode> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (QueryNode c : clauses) {
            Query q = build(c);
            if (q == null) continue;
            b.add(q, Occur.SHOULD);
            n++;
        }
        return n == 0 ? null : b.build();
    }

    private Query term(QueryNode.Term t) {
        Prefix p = t.prefix();
        String v = t.text();
        return switch (p.kind()) {
            case TEXT -> words(PrefixFields.textFields(p), v, t.wildcard());
            case ADDRESS -> address(PrefixFields.addressFields(p), v, t.wildcard(), false);
            case LIST -> new RegexpQuery(new Term(Fields.LIST, PrefixFields.listPattern(v, t.wildcard())), RegExp.NONE);
            case EXACT -> {
                String field = PrefixFields.exactField(p);
                yield t.wildcard() ? new PrefixQuery(new Term(field, v)) : new TermQuery(new Term(field, v));
            }
            case THREAD -> thread(v);
            case TONE -> new TermQuery(new Term(Fields.TONE, v));
            case DATE -> throw new IllegalStateException("a date is a DateRange");
        };
    }

    private Query phrase(QueryNode.Phrase ph) {
        Prefix p = ph.prefix();
        return switch (p.kind()) {
            case TEXT -> words(PrefixFields.textFields(p), ph.text(), false);
            case ADDRESS -> address(PrefixFields.addressFields(p), ph.text(), false, true);
            default -> term(new QueryNode.Term(p, ph.text(), false)); // the parser only makes text phrases
        };
    }

    private Query thread(String messageId) {
        List<String> ids;
        try {
            ids = threads.threadsOf(messageId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ids.isEmpty()) return new MatchNoDocsQuery("no message " + messageId);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String id : ids) b.add(new TermQuery(new Term(Fields.THREAD, id)), Occur.SHOULD);
        return b.build();
    }

    /** Analysed words in any of the fields: one term, a phrase of the parts, or a prefix of the last part. */
    private static Query words(List<String> fields, String text, boolean wildcard) {
        List<String> tokens = PrefixFields.analyse(text);
        if (tokens.isEmpty()) return null;
        if (fields.size() == 1) return inField(fields.get(0), tokens, wildcard);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String f : fields) any.add(inField(f, tokens, wildcard), Occur.SHOULD);
        return any.build();
    }

    private static Query inField(String field, List<String> tokens, boolean wildcard) {
        int n = tokens.size();
        if (!wildcard) {
            if (n == 1) return new TermQuery(new Term(field, tokens.get(0)));
            return new PhraseQuery(field, tokens.toArray(String[]::new));
        }
        Query last = new PrefixQuery(new Term(field, tokens.get(n - 1)));
        if (n == 1) return last;
        // "foo-ba*": the whole parts as a phrase and the started one as a prefix, both required
        Query whole = n == 2 ? new TermQuery(new Term(field, tokens.get(0)))
                : new PhraseQuery(field, tokens.subList(0, n - 1).toArray(String[]::new));
        return new BooleanQuery.Builder().add(whole, Occur.MUST).add(last, Occur.MUST).build();
    }

    /** A name word or phrase in the text field, the whole address exactly, or a part of an address. */
    private static Query address(List<PrefixFields.AddressField> fields, String text, boolean wildcard, boolean phrase) {
        String lower = PrefixFields.exactAddress(text);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (PrefixFields.AddressField f : fields) {
            Query words = words(List.of(f.text()), text, wildcard);
            if (words != null) {
                b.add(words, Occur.SHOULD);
                n++;
            }
            if (phrase || lower.isEmpty() || lower.contains(" ")) continue;
            if (wildcard) {
                b.add(new PrefixQuery(new Term(f.exact(), lower)), Occur.SHOULD);
            } else if (lower.contains("@")) {
                b.add(new TermQuery(new Term(f.exact(), lower)), Occur.SHOULD);
            } else {
                // a dot- or @-separated run of the address: "kernel.org", "vger", "gregkh"
                b.add(new RegexpQuery(new Term(f.exact(), PrefixFields.addressPartPattern(lower)), RegExp.NONE), Occur.SHOULD);
            }
            n++;
        }
        return n == 0 ? null : b.build();
    }
}
