package dev.parley.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentencesTest {

    @Test
    void hardWrappingIsUndoneAndSpacingInsideALineKept() {
        String own = """
                No.  That is not how staging is meant to work.  Staging exists so
                that code which is a mess can be cleaned up in the open, by anyone,
                with the history preserved.
                """;
        assertEquals(List.of("No.", "That is not how staging is meant to work.",
                "Staging exists so that code which is a mess can be cleaned up in the open, by anyone, with the history preserved."),
                Sentences.of(own));
    }

    @Test
    void abbreviationsInitialsAndNumbersDoNotEndASentence() {
        List<String> s = Sentences.of("Use e.g. pr_debug() here, i.e. the usual way. Darrick J. Wong agreed on v5.3 and "
                + "no. 5 stays. Really? Yes!");
        assertEquals(List.of("Use e.g. pr_debug() here, i.e. the usual way.", "Darrick J. Wong agreed on v5.3 and no. 5 stays.",
                "Really?", "Yes!"), s);
    }

    @Test
    void attributionLinesLeftWithoutTheirQuoteAreNotProse() {
        for (String line : List.of("On Mon, Jun 04, 2018 at 10:12:33AM +0200, Bob Smith wrote:", "Am Mo., 4. Juni 2018 um 10:12 Bob Smith schrieb:",
                "Le lun. 4 juin 2018, Bob a écrit :", "Bob Smith <bob@example.org> writes:", "On Wed, Ruth Alder WROTE"))
            assertFalse(Sentences.isProse(line), line);
        for (String line : List.of("That is not what Bob wrote.", "On balance I agree with what Bob wrote here", "Bob wrote: yes"))
            assertTrue(Sentences.isProse(line), line);
    }

    @Test
    void codeLogsAndLinksAreNotProse() {
        String own = """
                The build fails here:

                drivers/staging/foo/bar.c:41:2: error: unknown type name '__le16'
                \tstatic int foo(void);
                    if (x) return -EINVAL;
                https://lore.kernel.org/r/20200101000000.GA1@example.org

                Please fix it.
                """;
        assertEquals(List.of("The build fails here:", "Please fix it."), Sentences.of(own));
        assertFalse(Sentences.isProse(" drivers/staging/Kconfig                       |    2 -"));
        assertTrue(Sentences.isProse("It is an unreviewable mess."));
    }

    @Test
    void theListFooterAndEverythingAfterItGo() {
        String own = """
                Thanks for doing this.
                _______________________________________________
                devel mailing list
                devel@linuxdriverproject.org
                """;
        assertEquals(List.of("Thanks for doing this."), Sentences.of(own));
    }

    @Test
    void greetingsClosingsAndTheAuthorsSignOffGo() {
        String own = """
                Hi Greg,

                Do you mean all the patches since 2013 were "no progress"?

                thanks,

                greg k-h
                """;
        assertEquals(List.of("Do you mean all the patches since 2013 were \"no progress\"?"),
                Sentences.of(own, "Greg Kroah-Hartman"));
        assertEquals(List.of("I agree."), Sentences.of("I agree.\n\n--D\n", "Darrick J. Wong"));
        assertEquals(List.of("Looks fine."), Sentences.of("Looks fine.\n\nA.\n", "Aaro Koskinen"));
        // without the author's name a bare name line stays (it might be a one-word answer)
        assertEquals(List.of("LGTM", "Neil"), Sentences.of("LGTM\n\nNeil\n"));
    }

    @Test
    void bulletsStartTheirOwnSentences() {
        String own = """
                Changes:
                - drop the wrapper
                - rename the helper
                """;
        assertEquals(List.of("Changes:", "- drop the wrapper", "- rename the helper"), Sentences.of(own));
    }
}
