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
            "word|mid_words subject from quoted attach own dfn dfa dfb dfhh dfctx",
            "bs:word|own dfn dfa dfb dfhh dfctx quoted subject",
            "s:word|subject",
            "b:word|own dfn dfa dfb dfhh dfctx quoted",
            "nq:word|own dfn dfa dfb dfhh dfctx",
            "q:word|quoted",
            "n:word|attach",
            "dfn:word|dfn", "dfa:word|dfa", "dfb:word|dfb", "dfhh:word|dfhh", "dfctx:word|dfctx",
            "dfpre:2657a55|dfpre", "dfpost:2657a55|dfpost", "dfblob:2657a55|dfpre dfpost",
            "trailer:word|trailer", "ack:word|ack", "nak:word|nak", "rb:word|rb", "tb:word|tb",
            "f:word|from", "t:word|to", "c:word|cc", "tc:word|to cc", "a:word|to cc from", "tcf:word|to cc from",
            "l:word|list_words", "lid:word|list", "m:word|mid_words mid", "mid:word|mid", "thread:known@x|thread",
            "tone:heated|tone", "d:20200101|date", "rt:20200101|date",
    })
    void everyPrefixSearchesItsFields(String query, String expected) throws IOException {
        assertEquals(new TreeSet<>(Arrays.asList(expected.split(" "))), fields(lucene(query)));
    }

    @Test
    void wordsAreAnalysedAsTheIndexDid() throws IOException {
        assertEquals("subject:lustre", lucene("s:Lustre").toString());
        assertEquals("subject:cafe", lucene("s:Café").toString(), "ASCII folding, as at index time");
        assertEquals("subject:\"foo bar\"", lucene("s:foo-bar").toString(), "words joined by a hyphen are a phrase");
        assertEquals("subject:\"sorry state\"", lucene("s:\"Sorry  state\"").toString());
        assertEquals("subject:lust*", lucene("s:lust*").toString());
        assertEquals("subject:\"foo ba\"", lucene("s:foo-ba*").toString(), "as in Xapian, no wildcard in a joined word");
        assertEquals("dfn:\"fs xfs xfs_inode c\"", lucene("dfn:fs/xfs/xfs_inode.c").toString());
        assertEquals("subject:\"fs xfs scrub\"", lucene("s:fs:xfs:scrub").toString(), "no prefix fs: exists: text");
    }

    @Test
    void lowerCaseWordsAreStemmedAsLoreStemsThem() throws IOException {
        assertEquals("subject:Zpatch subject:patches subject:patch", lucene("s:patches").toString());
        assertEquals("subject:patches", lucene("s:Patches").toString(), "a capital keeps a word as written");
        assertEquals("subject:patches", lucene("s:\"patches\"").toString(), "so does a phrase");
        assertEquals("subject:patches*", lucene("s:patches*").toString(), "and a wildcard");
        assertEquals("subject:patches", lucene("s:patches/").toString(), "and some characters after it");
        assertEquals("subject:2nd", lucene("s:2nd").toString(), "a word that starts with a digit has no stem");
    }

    @Test
    void addressesAreTheirWords() throws IOException {
        assertEquals("from:\"alice example org\"", lucene("f:Alice@Example.org").toString());
        assertEquals("from:\"alice example org\"", lucene("f:<Alice@Example.org>").toString());
        assertEquals("from:\"kernel org\"", lucene("f:kernel.org").toString());
        assertEquals("from:gre*", lucene("f:gre*").toString());
    }

    @Test
    void exactValuesAndFilters() throws IOException {
        assertEquals("mid:Abc@X", lucene("mid:<Abc@X>").toString());
        assertEquals("mid_words:\"abc x\" mid:Abc@X", lucene("m:<Abc@X>").toString(), "m: takes words of an id, or the whole id");
        assertEquals("mid:a mid:b", lucene("mid:a mid:b").toString(), "filters of one prefix side by side match either");
        assertEquals("thread:t1 thread:t2", lucene("thread:<known@x>").toString());
        assertEquals("MatchNoDocsQuery(\"no message unknown@x\")", lucene("thread:unknown@x").toString());
        assertEquals("list_words:\"linux xfs\"", lucene("l:linux-xfs").toString());
        assertEquals("list:linux-xfs.vger.kernel.org", lucene("lid:<Linux-XFS.vger.kernel.org>").toString());
        assertEquals("dfpre:2657a55* dfpost:2657a55*", lucene("dfblob:2657A55").toString(), "a blob id's start of 7 digits or more");
        assertEquals("MatchNoDocsQuery(\"a blob id of fewer than 7 digits\")", lucene("dfpre:2657a5").toString());
        assertEquals("date:[1577836800000 TO 1580515199999]", lucene("d:20200101..20200131").toString());
        assertEquals("+subject:x #date:[1577836800000 TO 9223372036854775807]", lucene("s:X d:20200101..").toString(),
                "dates filter without scoring");
        assertEquals("date:[1546300800000 TO 1577836799999] date:[1609459200000 TO 1640995199999]",
                lucene("d:2019 d:2021").toString());
    }

    @Test
    void xorNearAndAdj() throws IOException {
        assertEquals("+(subject:a subject:b) -(#subject:a #subject:b)", lucene("s:A XOR s:B").toString());
        assertEquals("spanNear([subject:a, subject:b], 9, false)", lucene("s:A NEAR s:B").toString());
        assertEquals("spanNear([subject:a, subject:b], 2, true)", lucene("s:A ADJ/3 s:B").toString());
    }

    @Test
    void negationAloneMatchesEverythingElse() throws IOException {
        assertEquals("+*:* -subject:x", lucene("-s:X").toString());
        assertEquals("+subject:a -subject:b", lucene("s:A -s:B").toString());
        assertEquals("subject:a (+*:* -subject:b)", lucene("s:A OR -s:B").toString());
    }

    @Test
    void punctuationAloneIsNothingToSearchFor() throws IOException {
        assertEquals("subject:a", lucene("s:A \"--\"").toString(), "a phrase without words is left out");
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> lucene("-- ..."));
        assertTrue(e.getMessage().contains("no word"), e.getMessage());
    }
}
