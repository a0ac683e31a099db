package dev.parley.mail;

import dev.parley.testing.Samples;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodySplitterTest {

    private static final String PATCH = """
            The frobnicator leaks a reference when the probe fails, so the
            device can never be unbound.

            Fixes: 1234567890ab ("frob: add probe")
            Reported-by: Carol Tester <carol@example.org>
            Signed-off-by: Alice Example <alice@example.org>
            ---
             drivers/frob/core.c | 3 ++-
             1 file changed, 2 insertions(+), 1 deletion(-)

            diff --git a/drivers/frob/core.c b/drivers/frob/core.c
            index 1111111..2222222 100644
            --- a/drivers/frob/core.c
            +++ b/drivers/frob/core.c
            @@ -10,6 +10,7 @@ static int frob_probe(struct device *dev)
             	ret = frob_init(dev);
             	if (ret)
            -		return ret;
            +		goto put;
            +	return 0;
             put:
             	put_device(dev);
             	return ret;
            --\s
            2.17.1
            """;

    @Test
    void aPatchMailIsCutIntoDescriptionTrailersDiffAndSignature() {
        Body b = BodySplitter.split(PATCH);
        assertEquals("The frobnicator leaks a reference when the probe fails, so the\ndevice can never be unbound.", b.ownText());
        assertEquals(List.of("Fixes", "Reported-by", "Signed-off-by"), b.trailers().stream().map(Trailer::key).toList());
        assertEquals("carol@example.org", b.trailers().get(1).person().address());
        assertEquals(List.of("drivers/frob/core.c"), b.diff().files());
        assertEquals(List.of("\t\tgoto put;", "\treturn 0;"), b.diff().added());
        assertEquals(List.of("\t\treturn ret;"), b.diff().removed());
        assertEquals(List.of("static int frob_probe(struct device *dev)"), b.diff().hunkHeaders());
        assertEquals("-- \n2.17.1", b.signature());
        assertTrue(b.diffText().startsWith("---\n drivers/frob/core.c"));
    }

    @Test
    void segmentsOnlyCutsTheSameSegmentsAndReadsNoTrailersOrPatch() throws MailParseException {
        for (Path mbox : List.of(Samples.WAVEFS, Samples.NETDEV, Samples.ODD)) {
            for (RawMessage raw : Samples.raw(mbox)) {
                Body whole = MessageParser.parseBody(raw), segments = MessageParser.parseBodySegments(raw);
                assertEquals(whole.text(), segments.text());
                assertEquals(whole.segments(), segments.segments());
                assertEquals(whole.ownText(), segments.ownText());
                assertEquals(List.of(), segments.trailers());
                assertEquals(DiffSummary.EMPTY, segments.diff());
            }
        }
        assertEquals(BodySplitter.split(PATCH).segments(), BodySplitter.segmentsOnly(PATCH).segments());
    }

    @Test
    void aReplyHasAttributionQuotesOwnTextAndTrailers() {
        String reply = """
                On Mon, Jun 04, 2018 at 10:12:33AM +0200, Alice Example wrote:
                > The frobnicator leaks a reference when the probe fails.
                >\s
                > Signed-off-by: Alice Example <alice@example.org>

                Good catch, I hit this on my board too.

                Reviewed-by: Bob Reviewer <bob@example.net>

                --\s
                Bob
                """;
        Body b = BodySplitter.split(reply);
        assertEquals("Good catch, I hit this on my board too.", b.ownText());
        assertTrue(b.quotedText().startsWith("On Mon, Jun 04, 2018 at 10:12:33AM +0200, Alice Example wrote:\n> The frob"));
        assertEquals(1, b.trailers().size(), "the quoted Signed-off-by is not this author's trailer");
        assertTrue(b.trailers().get(0).isReview());
        assertEquals("-- \nBob", b.signature());
    }

    @Test
    void aWrappedAttributionIsOneAttribution() {
        String reply = """
                On Tue, Jun 5, 2018 at 9:00 AM Alice Example
                <alice@example.org> wrote:
                > quoted line

                my answer
                """;
        Body b = BodySplitter.split(reply);
        assertEquals("my answer", b.ownText());
        assertEquals(2, b.segments(Segment.Kind.ATTRIBUTION).get(0).text().lines().count());
    }

    @Test
    void attributionsAreToldFromProseWithAnAddressOrALink() {
        String verbWithTime = "rostedt@goodmis.org wrote on Mon, 6 Nov 2023 11:05:47 -0500:\n> quoted\n\nmine\n";
        assertEquals(1, BodySplitter.split(verbWithTime).segments(Segment.Kind.ATTRIBUTION).size(), "the time's colons");
        String addressOnly = "2021年4月22日(木) 15:01 Christoph Hellwig <hch@infradead.org>:\n> quoted\n\nmine\n";
        assertEquals(1, BodySplitter.split(addressOnly).segments(Segment.Kind.ATTRIBUTION).size());
        String mutt = "* Jane Doe <jane@example.org> [2020-01-01 10:00]:\n> quoted\n\nmine\n";
        assertEquals(1, BodySplitter.split(mutt).segments(Segment.Kind.ATTRIBUTION).size());
        // a line of prose ending in ':' with a link holding an '@' (the Rust thread) is the author's own text
        String link = """
                Some links (e.g. the Rust for Linux one at
                <https://lore.kernel.org/rust-for-linux/CAFJgqgS@mail.gmail.com/>):
                > quoted
                """;
        Body b = BodySplitter.split(link);
        assertTrue(b.segments(Segment.Kind.ATTRIBUTION).isEmpty(), b.segments().toString());
        assertTrue(b.ownText().contains("Rust for Linux"), b.ownText());
    }

    @Test
    void aPatchsOtherLinesAndBlobIdsAreKept() {
        Body b = BodySplitter.split(PATCH);
        assertEquals(List.of("---", " drivers/frob/core.c | 3 ++-", " 1 file changed, 2 insertions(+), 1 deletion(-)",
                "diff --git a/drivers/frob/core.c b/drivers/frob/core.c"), b.diff().notes());
        assertEquals(List.of("1111111"), b.diff().blobsBefore());
        assertEquals(List.of("2222222"), b.diff().blobsAfter());
    }

    @Test
    void proseAfterAnInlineDiffIsOwnTextAgain() {
        String text = """
                How about this instead:

                diff --git a/x.c b/x.c
                --- a/x.c
                +++ b/x.c
                @@ -1,2 +1,2 @@
                 int a;
                -int b;
                +long b;
                That keeps the ABI.
                """;
        Body b = BodySplitter.split(text);
        assertEquals("How about this instead:\n\nThat keeps the ABI.", b.ownText());
        assertEquals(List.of("long b;"), b.diff().added());
    }

    @Test
    void quotedDiffIsQuoteNotDiff() {
        Body b = BodySplitter.split("> diff --git a/x.c b/x.c\n> +int x;\n\nNAK, this breaks the build.\n");
        assertTrue(b.diff().isEmpty());
        assertEquals("NAK, this breaks the build.", b.ownText());
    }

    @Test
    void outlookStyleTopPostingQuotesEverythingBelow() {
        Body b = BodySplitter.split("Fine with me.\n\n-----Original Message-----\nFrom: Alice\nSent: today\n\nold text\n");
        assertEquals("Fine with me.", b.ownText());
        assertTrue(b.quotedText().contains("old text"));
    }

    @Test
    void sampleDebateRootHasItsPreCollectedAck() {
        ParsedMessage root = Samples.parsed(Samples.WAVEFS).get(0);
        assertTrue(root.body().trailers().stream().anyMatch(t -> t.isAck() && t.person().address().equals("oskar@fsdev.example.net")));
        assertTrue(root.body().ownText().contains("has never\nworked"), "the press sentence is own text");
        assertFalse(root.body().ownText().contains("diff --git"));
        assertTrue(root.body().diff().files().contains("drivers/staging/Makefile"));
    }

    @Test
    void addedLinesOfOneFileKeepTheirGapsApart() {
        String body = """
                Document the rule.
                ---
                diff --git a/Documentation/process/rules.rst b/Documentation/process/rules.rst
                index 1111111..2222222 100644
                --- a/Documentation/process/rules.rst
                +++ b/Documentation/process/rules.rst
                @@ -1,4 +1,6 @@
                 Rules
                +Every patch needs a
                +reviewer.
                 Old line one.
                -Old line two.
                +New line two.
                @@ -20,2 +22,3 @@ Section
                 Context.
                +Last added line.
                """;
        Body b = BodySplitter.split(body);
        assertEquals(List.of(new DiffSummary.FileAddition("Documentation/process/rules.rst",
                        List.of("Every patch needs a", "reviewer.", "", "New line two.", "", "Last added line."))),
                b.diff().addedByFile());
        assertEquals(List.of("Every patch needs a", "reviewer.", "New line two.", "Last added line."), b.diff().added());
    }
}
