package dev.parley.query;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetsTest {

    static String marked(String query, String text) {
        WordMarker m = WordMarker.of(LoreQuery.parse(query, Instant.EPOCH), Snippets.BODY_PREFIXES);
        return Snippets.collapse(text, 0, text.length(), m.marks(text)).marked("[", "]");
    }

    @Test
    void wordsAreMatchedAsTheIndexAnalysesThem() {
        assertEquals("A [Café] and a [CAFE], not cafeteria", marked("cafe", "A Café and a CAFE, not cafeteria"));
        assertEquals("[lustre] and [lustrous] but not illustrate", marked("lust*", "lustre and lustrous but not illustrate"));
        assertEquals("in [xfs_inode.c] line", marked("xfs_inode.c", "in xfs_inode.c line"));
    }

    @Test
    void phrasesAndSplitWordsMatchOnlyInOrder() {
        assertEquals("the [sorry state] of a state, sorry", marked("\"sorry state\"", "the sorry state of a state, sorry"));
        assertEquals("a [use-after-free] and a [use after free]", marked("use-after-free", "a use-after-free and a use after free"));
        assertEquals("[one two three]", marked("\"one two\" \"two three\"", "one two three"), "overlapping phrases join");
    }

    @Test
    void negatedWordsAndHeaderPrefixesAreNotMarked() {
        assertEquals("mutex and [spinlock]", marked("spinlock -mutex f:mutex d:2020", "mutex and spinlock"));
        assertEquals("nothing here", marked("f:alice", "nothing here"));
    }

    @Test
    void aStemmedWordMarksEveryWordOfItsStemAndNoOther() {
        assertEquals("a [patch], [patching] and [patched] [patches], not dispatch or patchwork",
                marked("patches", "a patch, patching and patched patches, not dispatch or patchwork"));
        assertEquals("[Unsafer] and [unsafe] code", marked("unsafe", "Unsafer and unsafe code"));
        assertEquals("[Patches] but not patch", marked("Patches", "Patches but not patch"), "a capitalised word is not stemmed");
    }

    @Test
    void marksAreReadOnlyAsFarAsASnippetShows() {
        String text = "lead ".repeat(30) + "needle " + "word ".repeat(30) + "needle " + "tail ".repeat(3000) + "needle";
        WordMarker m = WordMarker.of(LoreQuery.parse("needle", Instant.EPOCH), Snippets.BODY_PREFIXES);
        List<Snippet.Mark> all = m.marks(text), shown = m.marks(text, Snippets.LENGTH);
        assertEquals(3, all.size());
        assertEquals(all.subList(0, 2), shown, "the marks within a snippet's length of the first");
        assertEquals(Snippets.window(text, all), Snippets.window(text, shown));
    }

    @Test
    void theWindowStartsShortlyBeforeTheFirstMatchAndCollapsesSpace() {
        String text = "word ".repeat(40) + "needle\n\n  in   the haystack " + "tail ".repeat(60);
        WordMarker m = WordMarker.of(LoreQuery.parse("needle", Instant.EPOCH), Snippets.BODY_PREFIXES);
        List<Snippet.Mark> marks = m.marks(text);
        Snippet s = Snippets.window(text, marks);
        assertTrue(s.text().startsWith("... word word"), s.text());
        assertTrue(s.marked("[", "]").contains("word [needle] in the haystack tail"), s.text());
        assertTrue(s.text().endsWith(" ..."), s.text());
        assertTrue(s.text().length() <= Snippets.LENGTH + 8, s.text().length() + "");
        assertEquals("short text", Snippets.window("short text", List.of()).text());

        String endsSoon = "lead ".repeat(60) + "needle.";
        Snippet late = Snippets.window(endsSoon, m.marks(endsSoon));
        assertTrue(late.text().startsWith("... lead lead") && late.text().endsWith("[needle].".replace("[", "").replace("]", "")), late.text());
        assertTrue(late.text().length() > Snippets.LENGTH - 10, "a match near the end still gets a full snippet: " + late.text());
    }
}
