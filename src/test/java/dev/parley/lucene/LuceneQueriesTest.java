package dev.parley.lucene;

import dev.parley.query.LoreQuery;
import dev.parley.query.QuerySyntaxException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each prefix turns into in the Lucene schema (end-to-end behaviour, on every backend, is in ArchiveContract). */
class LuceneQueriesTest {

    static final Instant NOW = Instant.parse("2020-03-15T12:00:00Z");
    static final LuceneQueries LUCENE = new LuceneQueries(id -> id.equals("known@x") ? List.of("t1", "t2") : List.of());

    static Query lucene(String q) throws IOException {
        return LUCENE.translate(LoreQuery.parse(q, NOW));
    }

    static Set<String> fields(Query q) {
        Set<String> out = new TreeSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                out.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "word|subject own quoted sig trailer dfb dfa dfctx dfhh dfn",
            "bs:word|subject own quoted sig trailer dfb dfa dfctx dfhh dfn",
            "s:word|subject",
            "b:word|own quoted sig trailer dfb dfa dfctx dfhh dfn",
            "nq:word|own sig trailer dfn dfb dfa dfhh dfctx",
            "q:word|quoted",
            "n:word|attach",
            "dfn:word|dfn", "dfa:word|dfa", "dfb:word|dfb", "dfhh:word|dfhh", "dfctx:word|dfctx",
            "trailer:word|trailer", "ack:word|ack", "nak:word|nak", "rb:word|rb", "tb:word|tb",
            "f:word|from from_addr", "t:word|to to_addr", "c:word|cc cc_addr", "tc:word|to to_addr cc cc_addr",
            "a:word|to to_addr cc cc_addr from from_addr",
            "l:word|list", "lid:word|list", "m:word|mid", "mid:word|mid", "thread:known@x|thread",
            "tone:heated|tone", "d:20200101|date", "rt:20200101|date",
    })
    void everyPrefixSearchesItsFields(String query, String expected) throws IOException {
        assertEquals(new TreeSet<>(Arrays.asList(expected.split(" "))), fields(lucene(query)));
    }

    @Test
    void wordsAreAnalysedAsTheIndexDid() throws IOException {
        assertEquals("subject:lustre", lucene("s:Lustre").toString());
        assertEquals("subject:cafe", lucene("s:Café").toString(), "ASCII folding, as at index time");
        assertEquals("subject:\"foo bar\"", lucene("s:foo-bar").toString(), "a split word is a phrase of its parts");
        assertEquals("subject:\"sorry state\"", lucene("s:\"Sorry  state\"").toString());
        assertEquals("subject:lust*", lucene("s:lust*").toString());
        assertEquals("+subject:foo +subject:ba*", lucene("s:foo-ba*").toString());
        assertEquals("dfn:\"fs xfs xfs_inode.c\"", lucene("dfn:fs/xfs/xfs_inode.c").toString());
    }

    @Test
    void addressesMatchNamesWholeAddressesAndParts() throws IOException {
        assertEquals("from:\"alice example.org\" from_addr:alice@example.org", lucene("f:Alice@Example.org").toString());
        assertEquals("from:kernel.org from_addr:/(.*[@.])?kernel\\.org([@.].*)?/", lucene("f:kernel.org").toString());
        assertEquals("from:\"alice example\"", lucene("f:\"Alice Example\"").toString());
        assertEquals("from:gre* from_addr:gre*", lucene("f:gre*").toString());
    }

    @Test
    void exactValuesAndFilters() throws IOException {
        assertEquals("mid:Abc@X", lucene("m:<Abc@X>").toString());
        assertEquals("thread:t1 thread:t2", lucene("thread:<known@x>").toString());
        assertEquals("MatchNoDocsQuery(\"no message unknown@x\")", lucene("thread:unknown@x").toString());
        assertEquals("list:/(.*\\.)?linux\\-xfs(\\..*)?/", lucene("l:linux-xfs").toString());
        assertEquals("date:[1577836800000 TO 1580515199999]", lucene("d:20200101..20200131").toString());
        assertEquals("+subject:x #date:[1577836800000 TO 9223372036854775807]", lucene("s:x d:20200101..").toString(),
                "dates filter without scoring");
    }

    @Test
    void negationAloneMatchesEverythingElse() throws IOException {
        assertEquals("+*:* -subject:x", lucene("-s:x").toString());
        assertEquals("+subject:a -subject:b", lucene("s:a -s:b").toString());
        assertEquals("subject:a (+*:* -subject:b)", lucene("s:a OR -s:b").toString());
    }

    @Test
    void punctuationAloneIsNothingToSearchFor() throws IOException {
        assertEquals("subject:a", lucene("s:a s:--").toString(), "a word without letters is left out");
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> lucene("-- ..."));
        assertTrue(e.getMessage().contains("no word"), e.getMessage());
    }
}
