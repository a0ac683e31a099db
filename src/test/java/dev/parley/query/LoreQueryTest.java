package dev.parley.query;

import dev.parley.model.Prefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoreQueryTest {

    static final Instant NOW = Instant.parse("2020-03-15T12:00:00Z");

    static String parsed(String q) {
        return LoreQuery.parse(q, NOW).toString();
    }

    @Test
    void wordsAreAndedAndOrBindsLooserThanAnd() {
        assertEquals("(a AND b)", parsed("a b"));
        assertEquals("(a AND b)", parsed("a AND b"));
        assertEquals("((a AND b) OR c)", parsed("a b OR c"));
        assertEquals("(a OR (b AND c))", parsed("a OR b AND c"));
        assertEquals("(a AND (b OR c))", parsed("a (b OR c)"));
        assertEquals("(a OR b OR c)", parsed("a OR b OR c"));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        assertEquals("(a AND or AND b AND and AND not)", parsed("a or b and not"));
    }

    @Test
    void notAndMinusExcludePlusRequires() {
        assertEquals("(a AND NOT b)", parsed("a NOT b"));
        assertEquals("(a AND NOT b)", parsed("a -b"));
        assertEquals("(a AND b)", parsed("+a +b"));
        assertEquals("NOT s:x", parsed("-s:x"));
        assertEquals("(a AND NOT (b OR c))", parsed("a -(b OR c)"));
        assertEquals("(a AND NOT \"b c\")", parsed("a -\"b c\""));
        assertEquals("(\"foo-bar\" AND x)", parsed("foo-bar x"), "words joined by a hyphen are a phrase");
        assertEquals("(foo AND NOT bar)", parsed("foo -bar"));
        assertEquals("(a AND b)", parsed("a - b"), "a '-' before a space excludes nothing");
    }

    @Test
    void phrasesAndWildcards() {
        QueryNode.Phrase p = assertInstanceOf(QueryNode.Phrase.class, LoreQuery.parse("\"the sorry state\"", NOW));
        assertEquals(new QueryNode.Phrase(Prefix.TEXT, "the sorry state"), p);
        assertEquals(new QueryNode.Term(Prefix.TEXT, "lust", true), LoreQuery.parse("lust*", NOW));
        assertEquals(new QueryNode.Phrase(Prefix.SUBJECT, "a quick fox"), LoreQuery.parse("s:\"a quick fox\"", NOW));
        assertEquals(new QueryNode.Phrase(Prefix.TEXT, "curly quotes"), LoreQuery.parse("\u201ccurly quotes\u201d", NOW));
    }

    @Test
    void aPrefixAppliesToAGroup() {
        assertEquals("(s:a OR (s:b AND f:c))", parsed("s:(a OR b f:c)"));
    }

    @ParameterizedTest
    @CsvSource({
            "s:x, SUBJECT", "subject:x, SUBJECT", "f:x, FROM", "t:x, TO", "c:x, CC", "tc:x, TO_CC", "a:x, ADDRESSES",
            "tcf:x, ADDRESSES", "l:x, LIST", "lid:x, LIST_ID", "m:x, MESSAGE_ID", "mid:x, MESSAGE_ID_EXACT", "b:x, BODY",
            "bs:x, SUBJECT_BODY", "nq:x, NOT_QUOTED", "q:x, QUOTED", "n:x, ATTACHMENT", "dfn:x, DIFF_FILE",
            "dfa:x, DIFF_REMOVED", "dfb:x, DIFF_ADDED", "dfhh:x, DIFF_HUNK", "dfctx:x, DIFF_CONTEXT",
            "dfpre:abc, DIFF_PRE", "dfpost:abc, DIFF_POST", "dfblob:abc, DIFF_BLOB", "dt:20200101, DATE",
            "thread:x, THREAD", "trailer:x, TRAILER", "ack:x, ACK", "nak:x, NAK", "rb:x, REVIEWED", "tb:x, TESTED",
            "tone:heated, TONE", "d:20200101, DATE", "rt:20200101, RECEIVED", "x, TEXT"})
    void everyPrefixIsKnown(String query, Prefix expected) {
        QueryNode n = LoreQuery.parse(query, NOW);
        Prefix actual = switch (n) {
            case QueryNode.Term t -> t.prefix();
            case QueryNode.DateRange d -> d.prefix();
            default -> throw new AssertionError(n.toString());
        };
        assertEquals(expected, actual);
        for (Prefix p : Prefix.values()) {
            for (String name : p.names()) assertEquals(p, Prefix.byName(name), name);
        }
    }

    @Test
    void messageIdsLoseTheirAngleBracketsAndKeepTheirCase() {
        assertEquals(new QueryNode.Phrase(Prefix.MESSAGE_ID, "ABC.1@host.example"), LoreQuery.parse("m:<ABC.1@host.example>", NOW));
        assertEquals(new QueryNode.Term(Prefix.MESSAGE_ID_EXACT, "a*b@x", false), LoreQuery.parse("mid:a*b@x", NOW),
                "a '*' inside a Message-ID is part of it");
        assertEquals(new QueryNode.Term(Prefix.MESSAGE_ID, "2018060408", true), LoreQuery.parse("m:2018060408*", NOW));
        assertEquals(new QueryNode.Term(Prefix.THREAD, "x@y", false), LoreQuery.parse("thread:<x@y>", NOW));
        assertEquals(new QueryNode.Term(Prefix.LIST_ID, "linux-xfs.vger.kernel.org", false), LoreQuery.parse("lid:<Linux-XFS.vger.kernel.org>", NOW));
    }

    @Test
    void unknownPrefixesAndUrlsAreText() {
        assertEquals(new QueryNode.Phrase(Prefix.TEXT, "https://lore.kernel.org/x"), LoreQuery.parse("https://lore.kernel.org/x", NOW));
        assertEquals(new QueryNode.Term(Prefix.TEXT, "Fixes", false), LoreQuery.parse("Fixes:", NOW));
        assertEquals(new QueryNode.Phrase(Prefix.TEXT, "x:foo"), LoreQuery.parse("x:foo", NOW));
        assertEquals(new QueryNode.Phrase(Prefix.SUBJECT, "fs:xfs:scrub"), LoreQuery.parse("s:fs:xfs:scrub", NOW));
    }

    @Test
    void wordsAreReadAsLoreReadsThem() {
        assertEquals(new QueryNode.Phrase(Prefix.TEXT, "namei.c"), LoreQuery.parse("namei.c", NOW));
        assertEquals(new QueryNode.Term(Prefix.TEXT, "xfs_ioctl", false, true), LoreQuery.parse("xfs_ioctl", NOW));
        assertEquals("(foo AND bar)", parsed("foo,bar"), "other punctuation separates words");
        assertEquals("(a AND b)", parsed("a*b"), "a '*' inside a word is no wildcard");
        assertEquals(new QueryNode.Term(Prefix.TEXT, "c++", false, true), LoreQuery.parse("c++", NOW));
    }

    @Test
    void lowerCaseWordsAreStemmed() {
        assertTrue(((QueryNode.Term) LoreQuery.parse("patches", NOW)).stem());
        for (String q : List.of("Patches", "2nd", "patches*", "patches/", "patches(", "\"patches\"")) {
            QueryNode n = LoreQuery.parse(q, NOW);
            assertTrue(!(n instanceof QueryNode.Term t) || !t.stem(), q);
        }
    }

    @Test
    void xorNearAndAdjBindAsInXapian() {
        assertEquals("((a AND b) XOR c)", parsed("a b XOR c"));
        assertEquals("((a XOR b) OR c)", parsed("a XOR b OR c"));
        assertEquals("(x AND (a NEAR/10 b))", parsed("x a NEAR b"));
        assertEquals("(a ADJ/3 b ADJ/3 c)", parsed("a ADJ/3 b ADJ c"));
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> LoreQuery.parse("\"a b\" NEAR c", NOW));
        assertTrue(e.getMessage().contains("single words"), e.getMessage());
    }

    @Test
    void datesBecomeUtcRanges() {
        QueryNode.DateRange d = assertInstanceOf(QueryNode.DateRange.class, LoreQuery.parse("d:20200101..20200131", NOW));
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), d.from());
        assertEquals(Instant.parse("2020-02-01T00:00:00Z"), d.until());
        assertEquals("20200101..20200131", d.text());
    }

    /** Each malformed query names the offending part and where it is (1-based). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "s:(foo|3|(|without a matching ')'",
            "foo OR|5|OR|after it",
            "AND foo|1|AND|before it",
            "a \"open phrase|3|\"open phrase|closing",
            "d:2018-13-01|3|2018-13-01|no such date",
            "d:20200110..20200101|3|20200110..20200101|ends before it starts",
            "d:20200101..bogus|13|bogus|not a date",
            "d:3.fortnights.ago..|3|3.fortnights.ago|unknown time unit",
            "tone:angry|6|angry|tone: is one of",
            "a )|3|)|without a matching '('",
            "()|1|(|empty parentheses",
            "f:|1|f:|has no value",
            "a NOT|3|NOT|exclude",
            "thread:x*|8|x*|no '*'",
    })
    void malformedQueriesPointAtTheProblem(String query, int position, String near, String problem) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> LoreQuery.parse(query, NOW));
        assertEquals(position - 1, e.position(), e.getMessage());
        assertEquals(near, e.near(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("position " + position), e.getMessage());
    }

    @Test
    void anEmptyQueryIsAnError() {
        for (String q : List.of("", "   ")) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> LoreQuery.parse(q, NOW));
            assertTrue(e.getMessage().contains("empty"), e.getMessage());
        }
        for (String q : List.of("*", "-- ...")) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> LoreQuery.parse(q, NOW));
            assertTrue(e.getMessage().contains("no word to search for"), e.getMessage());
        }
    }
}
