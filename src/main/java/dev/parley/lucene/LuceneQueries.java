package dev.parley.lucene;

import dev.parley.model.Field;
import dev.parley.query.QueryTranslator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.RegExp;

import java.util.List;

/**
 * Translates a {@code QueryNode} to a Lucene query over the fields of {@link Field} (the walk and its decisions
 * are {@link QueryTranslator}'s): terms are already analysed as the index did ({@code TextAnalysis.analyzer()});
 * NEAR and ADJ are span queries.
 */
final class LuceneQueries extends QueryTranslator<Query> {

    LuceneQueries(ThreadLookup threads) {
        super(threads);
    }

    @Override
    protected Query termQuery(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    @Override
    protected Query prefixQuery(String field, String start) {
        return new PrefixQuery(new Term(field, start));
    }

    @Override
    protected Query regexpQuery(String field, String pattern) {
        return new RegexpQuery(new Term(field, pattern), RegExp.NONE);
    }

    @Override
    protected Query phraseQuery(String field, List<String> tokens) {
        return new PhraseQuery(field, tokens.toArray(String[]::new));
    }

    @Override
    protected Query nearQuery(String field, List<String> terms, int slop, boolean inOrder) {
        SpanQuery[] clauses = new SpanQuery[terms.size()];
        for (int i = 0; i < clauses.length; i++) clauses[i] = new SpanTermQuery(new Term(field, terms.get(i)));
        return new SpanNearQuery(clauses, slop, inOrder);
    }

    @Override
    protected Query termsQuery(String field, List<String> values) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) b.add(termQuery(field, v), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    @Override
    protected Query rangeQuery(String field, Long first, Long last) {
        return LongPoint.newRangeQuery(field, first == null ? Long.MIN_VALUE : first, last == null ? Long.MAX_VALUE : last);
    }

    @Override
    protected Query matchAll() {
        return MatchAllDocsQuery.INSTANCE;
    }

    @Override
    protected Query matchNone(String reason) {
        return new MatchNoDocsQuery(reason);
    }

    @Override
    protected Query bool(List<Clause<Query>> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Clause<Query> c : clauses) {
            b.add(c.query(), switch (c.occur()) {
                case MUST -> BooleanClause.Occur.MUST;
                case FILTER -> BooleanClause.Occur.FILTER;
                case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
                case SHOULD -> BooleanClause.Occur.SHOULD;
            });
        }
        return b.build();
    }
}
