package dev.parley.analysis.quotes;

import dev.parley.analysis.text.Unwrapping;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.testing.Mail;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentence extraction for quotes on fictional messages: unwrapping, quotes, signatures, trailers, code, documentation. */
class QuoteCandidatesTest {

    private static ParsedMessage parse(String body) throws Exception {
        Mail m = Mail.message("m1@example.org").from("Jane Doe <jane@example.org>").body(body);
        return MessageParser.parse(new RawMessage(m.bytes(), "test", 0, null));
    }

    private static List<String> texts(ParsedMessage p) {
        return QuoteCandidates.of(p, "Jane Doe").stream().map(QuoteCandidates.Candidate::text).toList();
    }

    @Test
    void unwrappingJoinsTheLinesOfAParagraphAndKeepsSpacingInsideLines() {
        String text = "  The first line of a paragraph\nwraps here,  and goes on\n\tuntil the end.  \n\n\nA second one.";
        assertEquals("The first line of a paragraph wraps here,  and goes on until the end.\n\nA second one.",
                Unwrapping.unwrap(text));
        assertEquals("one two", Unwrapping.join(List.of(" one ", "", "two\t")));
    }

    @Test
    void aWrappedSentenceIsOneCandidateExactlyAsWrittenAfterUnwrapping() throws Exception {
        ParsedMessage p = parse("""
                Keeping two copies of the same driver in sync has never worked for
                anyone, and it will not  work for us either.  We should stop
                pretending otherwise.
                """);
        List<String> t = texts(p);
        assertEquals(List.of("Keeping two copies of the same driver in sync has never worked for anyone, and it will "
                + "not  work for us either.", "We should stop pretending otherwise."), t);
        for (String s : t) assertTrue(Unwrapping.unwrap(p.body().text()).contains(s), s);
    }

    @Test
    void quotedTextAttributionSignatureAndTrailersAreNeverCandidates() throws Exception {
        ParsedMessage p = parse("""
                On Mon, Jun 04, 2018 at 10:12:33AM +0200, Bob Smith wrote:
                > The old interface has to go, and it has to go this release.
                > Nobody uses it any more.

                I disagree with removing the interface before the new one has users.

                Acked-by: Jane Doe <jane@example.org>
                Signed-off-by: Jane Doe <jane@example.org>

                Thanks,
                Jane

                --\s
                Jane Doe, Principal Engineer at Example Corporation.
                We make the finest widgets in the whole wide world.
                """);
        assertEquals(List.of("I disagree with removing the interface before the new one has users."), texts(p));
    }

    @Test
    void codeLogsTracesPromptsAndDiffLinesAreLeftOutButTheProseAroundThemStays() throws Exception {
        ParsedMessage p = parse("""
                The probe path crashes on my test machine every single time.

                [   12.345678] BUG: kernel NULL pointer dereference, address: 0000000000000008
                [   12.345702] Call Trace:
                [   12.345710]  frob_probe+0x1c/0x40 [frob]
                [   12.345718]  really_probe+0x1f0/0x3a0

                Call Trace:
                 ? frob_probe+0x1c/0x40
                 driver_probe_device+0x4e/0xc0

                To reproduce it, run this:

                $ make -j8 M=drivers/frob modules
                # echo 1 > /sys/bus/frob/rescan
                user@box:~$ modprobe frob debug=1

                The fix is simple enough that it should go to stable as well.
                +	if (!dev)
                +		return -ENODEV;
                -	dev->ops = NULL;
                	ret = frob_init(dev);
                	if (ret) {
                		return ret;
                	}
                CONFIG_FROB=y
                frob->ops->probe(dev) == NULL && dev->bus != NULL

                I would rather see the driver fixed than worked around in the core.
                """);
        assertEquals(List.of("The probe path crashes on my test machine every single time.",
                "The fix is simple enough that it should go to stable as well.",
                "I would rather see the driver fixed than worked around in the core."), texts(p));
    }

    @Test
    void codeLinesAreToldFromProseThatMentionsCode() {
        for (String code : List.of("[   12.345678] frob: probe of 0000:00:1f.0 failed with error -22",
                "<4>[    0.000000] Linux version 4.17.0", "2018-06-04 10:12:33 frobd[123]: started",
                "Jun  4 10:12:33 box kernel: frob: started", " ? frob_probe+0x1c/0x40 [frob]",
                "RIP: 0010:frob_probe+0x1c/0x40", "  at org.example.Frob.probe(Frob.java:42)",
                "$ git log --oneline", "# modprobe frob", "user@box:~/linux$ make", ">>> import frob",
                "+\tret = frob_init(dev);", "-\tdev->ops = NULL;", "@@ -10,6 +10,7 @@", "diff --git a/x b/x",
                "CONFIG_FROB=y", "Signed-off-by: Jane Doe <jane@example.org>", "Fixes: 1234567890ab (\"frob: x\")",
                "if (a == b && c != d) {", "foo->bar->baz(x, y);", "\tret = frob_init(dev);",
                "RAX: 0000000000000000 RBX: ffff888003a4b000 RCX: 0000000000000001")) {
            assertTrue(CodeLines.isCode(code), code);
        }
        for (String prose : List.of("I think kmalloc() is fine here, but please check the error path.",
                "+1 from me, this is the right fix for the problem.",
                "The commit 1234567890ab broke it for everyone on arm64.",
                "We have been over this in the discussion[1] already.",
                "Please don't; the old code is the only thing that works on my laptop.")) {
            assertFalse(CodeLines.isCode(prose), prose);
        }
    }

    @Test
    void proseALogCarriesIsMaskedWithTheLog() {
        String masked = CodeLines.mask("""
                Intro sentence that stays in the text.

                [    1.000000] frob: starting
                This line reads like prose but sits inside the log.
                [    1.000100] frob: done
                """);
        assertTrue(masked.contains("Intro sentence that stays in the text."));
        assertFalse(masked.contains("reads like prose"));
        assertEquals(6, masked.split("\n", -1).length, "line count is kept");
    }

    @Test
    void proseAPatchAddsToDocumentationIsQuotableFromTheProposedTextAndCodeIsNot() throws Exception {
        ParsedMessage p = parse("""
                Add a rule about reviews.

                Signed-off-by: Jane Doe <jane@example.org>
                ---
                 Documentation/process/reviews.rst | 4 ++++
                 drivers/frob/core.c               | 1 +
                 2 files changed, 5 insertions(+)

                diff --git a/Documentation/process/reviews.rst b/Documentation/process/reviews.rst
                index 1111111..2222222 100644
                --- a/Documentation/process/reviews.rst
                +++ b/Documentation/process/reviews.rst
                @@ -1,2 +1,6 @@
                 Reviews
                 =======
                +Every patch must be reviewed by someone who did not
                +write it, and the review must be public.
                +
                +    $ git send-email --to=list@example.org
                diff --git a/drivers/frob/core.c b/drivers/frob/core.c
                index 3333333..4444444 100644
                --- a/drivers/frob/core.c
                +++ b/drivers/frob/core.c
                @@ -1,1 +1,2 @@
                 /* Every comment in the code is not documentation at all. */
                +/* Nor is this comment, which a patch adds to a C file. */
                """);
        List<QuoteCandidates.Candidate> c = QuoteCandidates.of(p, "Jane Doe");
        assertEquals(List.of(new QuoteCandidates.Candidate(
                "Every patch must be reviewed by someone who did not write it, and the review must be public.", "",
                Quote.Origin.PROPOSED_TEXT, "Documentation/process/reviews.rst")),
                c.stream().filter(x -> x.origin() == Quote.Origin.PROPOSED_TEXT).toList());
        assertTrue(c.stream().noneMatch(x -> x.text().contains("comment")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.text().equals("Add a rule about reviews.")), c.toString());
    }

    @Test
    void listMarkersAreNotPartOfTheSentence() {
        assertEquals("**Developer**: someone who writes the code.", QuoteCandidates.withoutBullet("- **Developer**: someone who writes the code."));
        assertEquals("Second point, numbered.", QuoteCandidates.withoutBullet("2. Second point, numbered."));
        assertEquals("kill the old helper", QuoteCandidates.withoutBullet("o kill the old helper"));
        assertEquals("Only a sentence.", QuoteCandidates.withoutBullet("Only a sentence."));
    }

    @Test
    void fragmentsAndLeadInsAreNotQuotes() {
        assertFalse(QuoteCandidates.acceptable("Yes, indeed."));
        assertFalse(QuoteCandidates.acceptable("and then the rest of the sentence went on."));
        assertFalse(QuoteCandidates.acceptable("Here is what I see on my machine:"));
        assertTrue(QuoteCandidates.acceptable("kmalloc_array() is the right helper for this."));
        assertTrue(QuoteCandidates.acceptable("This driver has never worked on big-endian machines."));
    }

    @Test
    void aLeadInWithTheShortListItIntroducesIsOneCandidateVerbatimAfterUnwrapping() throws Exception {
        ParsedMessage p = parse("""
                We name things plainly. Recommended replacements for 'frob' are:
                    'twiddle'
                    'adjust / tune'
                    'poke'

                Here is the log:
                    [   12.345678] frob: oops at frob_poke+0x1c/0x40
                    [   12.345679] Call Trace:
                """);
        List<String> t = texts(p);
        String list = "Recommended replacements for 'frob' are: 'twiddle' 'adjust / tune' 'poke'";
        assertTrue(t.contains(list), t.toString());
        assertTrue(Unwrapping.unwrap(p.body().text()).contains(list));
        assertTrue(t.stream().noneMatch(x -> x.contains("oops")), "a log is no list: " + t);
    }

    @Test
    void aSentenceRunningOnFromTheOneBeforeCarriesItAsContext() throws Exception {
        ParsedMessage p = parse("""
                The frob driver has not built for two releases. This is exactly why it has to go.

                That is all.
                """);
        List<QuoteCandidates.Candidate> c = QuoteCandidates.of(p, "Jane Doe");
        assertEquals("The frob driver has not built for two releases.",
                c.stream().filter(x -> x.text().startsWith("This is exactly")).findFirst().orElseThrow().context());
        assertEquals("", c.get(0).context());
        assertEquals("", c.stream().filter(x -> x.text().equals("That is all.")).findFirst().orElseThrow().context(),
                "a new paragraph does not run on");
    }

    @Test
    void aLongSentencesClausesAreVerbatimPiecesThatStandAsQuotes() {
        String sentence = "Now that we have the specs, it might be easier, and the vfat spec is a subset of the exfat "
                + "spec, but to get stuff working today, for users, it's good to have it in staging.";
        List<String> clauses = Clauses.of(sentence);
        assertTrue(clauses.contains("to get stuff working today, for users, it's good to have it in staging."), clauses.toString());
        for (String c : clauses) assertTrue(sentence.contains(c), c);
        assertTrue(Clauses.of("As someone who reads every report of the last fifteen years and more, and who sees "
                + "every single CVE that gets issued for the kernel, I think I can speak on this topic with some authority.")
                .stream().noneMatch(c -> c.startsWith("who")), "a relative clause leans on its sentence");
        assertEquals(List.of(), Clauses.of("A short sentence, and another clause."));
        String aside = "Two groups of people care about this code (the original ION authors, and the Android kernel "
                + "developers) who are both annoyed at the current situation and would like to see it resolved soon.";
        assertTrue(Clauses.of(aside).stream().noneMatch(c -> c.contains(")") != c.contains("(")),
                "a bracket opens and closes inside a clause: " + Clauses.of(aside));
    }

    @Test
    void theClauseAfterAButIsAClaimWhenItHasAVerbOfItsOwn() {
        String sentence = "Now that we have the specs, it might be easier, and the vfat spec is a subset of the exfat "
                + "spec, but to get stuff working today, for users, it's good to have it in staging.";
        assertTrue(Clauses.followsBut(sentence, "to get stuff working today, for users, it's good to have it in staging."));
        assertFalse(Clauses.followsBut(sentence, "the vfat spec is a subset of the exfat spec"));
        String phrase = "We could keep the conference in one place every year and rotate the rest of the program, but "
                + "without having to plan two completely different sites from scratch.";
        assertFalse(Clauses.followsBut(phrase, "without having to plan two completely different sites from scratch."));
    }
}
