package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.MessageContext.QuoteKind;
import dev.parley.analysis.stance.ProposalKind;
import dev.parley.identity.Mailmap;
import dev.parley.mail.MailParseException;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.testing.Mail;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fictional removal debate with one participant for each hard case: negation, a hedge, conditional support, a
 * change of mind, a NAK, a reply against an opponent, quoted text that must not count, a trailer-only reply, a
 * robot, a supporter named only in the proposal's trailers, and one person writing from two spellings of an address.
 */
class DebateAnalyzerTest {

    private static final String ROOT = "20200301090000.1-ruth@kernel.example";
    private static int day = 1;

    private static Mail mail(String id, String from, String body, String... chain) {
        Mail m = Mail.message(id).from(from).subject(chain.length == 0 ? "[PATCH] staging: blinkfs: remove the driver"
                        : "Re: [PATCH] staging: blinkfs: remove the driver")
                .date(String.format(Locale.ROOT, "Mon, %d Mar 2020 10:%02d:00 +0100", 2 + day / 60, day % 60))
                .body(body);
        day++;
        if (chain.length > 0) m.replyTo(chain);
        return m;
    }

    private static ParsedMessage parse(Mail m) {
        try {
            return MessageParser.parse(new RawMessage(m.bytes(), "fixture", -1, null));
        } catch (MailParseException e) {
            throw new AssertionError(e);
        }
    }

    static List<ParsedMessage> thread() {
        List<Mail> mails = new ArrayList<>();
        mails.add(mail(ROOT, "Ruth Alder <ruth@kernel.example>", """
                The blinkfs driver has been in staging for six years and nobody has
                touched it except for whitespace fixes.  The hardware it drives was
                discontinued in 2014.

                So let's remove it.

                Reported-by: Kim Park <kim@lab.example>
                Acked-by: Sam Ito <sam@fs.example>
                Signed-off-by: Ruth Alder <ruth@kernel.example>
                ---
                 drivers/staging/blinkfs/blink.c | 2 --
                 1 file changed, 2 deletions(-)

                diff --git a/drivers/staging/blinkfs/blink.c b/drivers/staging/blinkfs/blink.c
                --- a/drivers/staging/blinkfs/blink.c
                +++ b/drivers/staging/blinkfs/blink.c
                @@ -1,2 +0,0 @@
                -int blink(void);
                -int unblink(void);
                """));
        mails.add(mail("bea-1@board.example", "Bea Carver <bea.carver@board.example>", """
                On Mon, Ruth Alder wrote:
                > So let's remove it.

                I don't think this is a good idea.  Several of our boards still run
                this driver in production.
                """, ROOT));
        mails.add(mail("cal-1@example.net", "Cal Diaz <cal@example.net>", """
                Maybe this makes sense, I guess.
                """, ROOT));
        mails.add(mail("una-1@example.net", "Una Voss <una@example.net>", """
                This makes sense to me.
                """, ROOT));
        mails.add(mail("dee-1@example.org", "Dee Evans <dee@example.org>", """
                I'm fine with removing it as long as the firmware loader in
                drivers/misc stays.
                """, ROOT));
        mails.add(mail("eli-1@example.com", "Eli Fox <eli@example.com>", """
                NAK.  People still use this.
                """, ROOT));
        mails.add(mail("fay-1@example.net", "Fay Gold <fay@example.net>", """
                Acked-by: Fay Gold <fay@example.net>
                """, ROOT));
        mails.add(mail("ian-1@example.org", "Ian Hale <ian@example.org>", """
                On Mon, Bea Carver wrote:
                > I don't think this is a good idea.  Several of our boards still run
                > this driver in production.

                No.  Those boards run the vendor kernel, not this copy.
                """, ROOT, "bea-1@board.example"));
        mails.add(mail("jo-1@example.org", "Jo Kent <jo@example.org>", """
                On Mon, Eli Fox wrote:
                > NAK.  People still use this.

                Which boards are those?
                """, ROOT, "eli-1@example.com"));
        mails.add(mail("lkp-1@intel.example.com", "kernel test robot <lkp@intel.example.com>", """
                Hi Ruth,

                I love your patch! Yet something to improve:

                [auto build test WARNING on staging/staging-testing]
                """, ROOT));
        mails.add(mail("eli-2@example.com", "Eli Fox <eli@example.com>", """
                On Mon, Ian Hale wrote:
                > No.  Those boards run the vendor kernel, not this copy.

                OK, you have convinced me.  Go ahead and remove it.
                """, ROOT, "bea-1@board.example", "ian-1@example.org"));
        mails.add(mail("bea-2@board.example", "Bea Carver <BEA.CARVER+lists@board.example>", """
                On Mon, Ian Hale wrote:
                > No.  Those boards run the vendor kernel, not this copy.

                That is not true, we build this copy ourselves.  I'd rather keep it.
                """, ROOT, "bea-1@board.example", "ian-1@example.org"));
        mails.add(mail("kim-1@lab.example", "Kim Park <kim@lab.example>", """
                Does the firmware loader depend on any of this?
                """, ROOT));
        List<ParsedMessage> out = new ArrayList<>();
        for (Mail m : mails) out.add(parse(m));
        return out;
    }

    private static Debate debate() {
        return DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed("thread-1", thread());
    }

    private static Participant who(Debate d, String address) {
        return d.byAddress(address).orElseThrow(() -> new AssertionError("no participant " + address));
    }

    @Test
    void theProposalIsTheRootInItsAuthorsWords() {
        Proposal p = debate().proposal();
        assertEquals(ROOT, p.messageId());
        assertEquals("Ruth Alder", p.author());
        assertEquals(ProposalKind.REMOVE, p.kind());
        assertTrue(p.summary().contains("So let's remove it."), p.summary());
        assertFalse(p.summary().contains("int blink"), "never from the diff");
        assertFalse(p.rootMissing());
    }

    @Test
    void theProposerIsForAndTrailerOnlySupportersAreListedAsNotHavingWritten() {
        Debate d = debate();
        Participant ruth = d.participants().get(0);
        assertTrue(ruth.proposer());
        assertEquals(Stance.FOR, ruth.stance());
        Participant sam = who(d, "sam@fs.example");
        assertFalse(sam.wrote());
        assertEquals(0, sam.messages());
        assertEquals(Stance.FOR, sam.stance());
        assertEquals("Acked-by: Sam Ito <sam@fs.example>", sam.evidence().get(0).text());
        assertEquals(ROOT, sam.evidence().get(0).messageId());
        // a writer credited in the proposal keeps that credit as evidence
        Participant kim = who(d, "kim@lab.example");
        assertTrue(kim.wrote());
        assertEquals(Stance.FOR, kim.stance());
    }

    @Test
    void negationTurnsAgreementIntoObjection() {
        Participant bea = who(debate(), "bea.carver@board.example");
        assertEquals(Stance.AGAINST, bea.stance());
        assertTrue(bea.evidence().stream().anyMatch(e -> e.text().equals("I don't think this is a good idea.")));
    }

    @Test
    void oneWriterUnderTwoSpellingsOfAnAddressIsOneParticipant() {
        Debate d = debate();
        Participant bea = who(d, "bea.carver@board.example");
        assertEquals(2, bea.messages());
        assertEquals(bea, who(d, "BEA.CARVER+lists@board.example"));
        assertEquals(1, d.participants().stream().filter(p -> p.name().equals("Bea Carver")).count());
    }

    @Test
    void aHedgeWeakensSupport() {
        Debate d = debate();
        Participant cal = who(d, "cal@example.net");
        Participant una = who(d, "una@example.net");
        assertEquals(Stance.FOR, una.stance());
        assertTrue(cal.stance() == Stance.NEUTRAL || cal.confidence() < una.confidence(),
                "hedged " + cal.stance() + " " + cal.confidence() + " vs plain " + una.confidence());
    }

    @Test
    void supportWithAConditionIsMixed() {
        Participant dee = who(debate(), "dee@example.org");
        assertEquals(Stance.MIXED, dee.stance());
        assertEquals(Cue.CONDITION, dee.evidence().get(0).cue());
    }

    @Test
    void aChangeOfMindIsMixedAndSaysWhichWay() {
        Participant eli = who(debate(), "eli@example.com");
        assertEquals(Stance.MIXED, eli.stance());
        assertEquals(Participant.Shift.TOWARD_FOR, eli.shift());
        assertTrue(eli.evidence().stream().anyMatch(e -> e.cue() == Cue.NAK));
    }

    @Test
    void disagreeingWithAnOpponentIsSupport() {
        Debate d = debate();
        Participant ian = who(d, "ian@example.org");
        assertEquals(Stance.FOR, ian.stance());
        Exchange e = d.exchanges().stream().filter(x -> x.messageId().equals("ian-1@example.org")).findFirst().orElseThrow();
        assertEquals(Relation.DISAGREE, e.relation());
        assertEquals("Bea Carver", e.to());
        assertEquals("No.", e.text());
    }

    @Test
    void quotedTextDoesNotCount() {
        Participant jo = who(debate(), "jo@example.org");
        assertEquals(Stance.NEUTRAL, jo.stance(), "Jo quotes a NAK but only asks a question");
        assertTrue(jo.evidence().stream().noneMatch(e -> e.text().contains("NAK")));
    }

    @Test
    void aTrailerOnlyReplyIsAFullStatement() {
        Participant fay = who(debate(), "fay@example.net");
        assertEquals(Stance.FOR, fay.stance());
        assertTrue(fay.confidence() >= 0.9);
        assertEquals("Acked-by: Fay Gold <fay@example.net>", fay.evidence().get(0).text());
    }

    @Test
    void robotsAreSetAside() {
        Debate d = debate();
        assertTrue(d.participants().stream().noneMatch(p -> p.addresses().contains("lkp@intel.example.com")));
        assertEquals(1, d.bots().size());
        assertEquals(Stance.NEUTRAL, d.bots().get(0).stance());
        assertTrue(d.messages().stream().filter(DebateMessage::bot).count() == 1);
    }

    @Test
    void everyEvidenceIsTheAuthorsOwnSentenceInTheNamedMessage() {
        Debate d = debate();
        List<ParsedMessage> thread = thread();
        for (Participant p : d.participants()) {
            for (Evidence e : p.evidence()) {
                ParsedMessage m = thread.stream().filter(x -> x.messageId().equals(e.messageId())).findFirst().orElseThrow();
                String own = m.body().ownText().replaceAll("\\s+", " ") + " "
                        + String.join(" ", m.body().trailers().stream().map(t -> t.key() + ": " + t.value()).toList());
                assertTrue(own.contains(e.text()), p.name() + ": \"" + e.text() + "\" not in own text of " + e.messageId());
            }
        }
    }

    @Test
    void toneIsScoredPerMessageAndPerDay() {
        Debate d = debate();
        assertEquals(d.messages().size(), d.tone().points().size());
        assertEquals(d.messages().size(), d.tone().days().stream().mapToInt(ToneTimeline.Day::messages).sum());
    }

    @Test
    void aMissingRootIsTheProposalReadFromWhatItsAnswersQuoteEvenUnnamed() {
        List<ParsedMessage> withoutRoot = new ArrayList<>(thread());
        withoutRoot.removeIf(m -> m.messageId().equals(ROOT));
        Debate d = DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed("thread-1", withoutRoot);
        assertTrue(d.proposal().rootMissing());
        assertEquals(ROOT, d.proposal().messageId(), "the missing message the answers refer to");
        assertEquals("Ruth Alder", d.proposal().author(), "the author the first answer quotes, not the earliest writer");
        assertEquals(Stance.AGAINST, who(d, "bea.carver@board.example").stance(), "an answer to the missing root answers the proposal");
    }

    @Test
    void aMissingRootNoAnswerAttributesIsReplacedByTheEarliestMessage() {
        List<ParsedMessage> withoutRoot = new ArrayList<>(thread());
        withoutRoot.removeIf(m -> m.messageId().equals(ROOT));
        List<ParsedMessage> unattributed = new ArrayList<>();
        for (ParsedMessage m : withoutRoot) {
            // the same answers without their "On Mon, Ruth Alder wrote:" lines
            String raw = new String(m.raw(), StandardCharsets.UTF_8).replaceAll("(?m)^On Mon, [^\\r\\n]*wrote:\\r?$", "");
            try {
                unattributed.add(MessageParser.parse(new RawMessage(raw.getBytes(StandardCharsets.UTF_8), "fixture", -1, null)));
            } catch (MailParseException e) {
                throw new AssertionError(e);
            }
        }
        Debate d = DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed("thread-1", unattributed);
        assertTrue(d.proposal().rootMissing());
        assertEquals("bea-1@board.example", d.proposal().messageId());
        assertEquals(Stance.FOR, who(d, "bea.carver@board.example").stance(), "the stand-in's author is its proposer");
    }

    @Test
    void aMissingRootTheCallerNamesIsTheProposalReadFromWhatItsAnswersQuote() {
        List<ParsedMessage> withoutRoot = new ArrayList<>(thread());
        withoutRoot.removeIf(m -> m.messageId().equals(ROOT));
        Debate d = DebateSetup.rules().analyzer(Mailmap.EMPTY).read("thread-1", withoutRoot, ROOT).debate();
        assertTrue(d.proposal().rootMissing());
        assertEquals(ROOT, d.proposal().messageId());
        assertEquals("Ruth Alder", d.proposal().author(), "the author the first answer quotes");
        assertEquals(List.of(new Evidence(ROOT, "So let's remove it.", Cue.PROPOSER, 1)), d.proposal().keySentences(),
                "the root's words as its answers quote them");
        assertEquals(Stance.AGAINST, who(d, "bea.carver@board.example").stance(), "an answer to the missing root answers the proposal");
        assertTrue(d.participants().stream().noneMatch(Participant::proposer), "the proposer did not write in the thread");
        assertEquals(ROOT, DebateSetup.rules().analyzer(Mailmap.EMPTY)
                .read("thread-1", withoutRoot, "nobody-answers-this@example.org").debate().proposal().messageId(),
                "a named root nobody answers: read as without a name");
    }

    @Test
    void aProposerWhoWithdrawsIsNoLongerFor() {
        List<ParsedMessage> withdrawn = new ArrayList<>(thread());
        withdrawn.add(parse(mail("ruth-9@kernel.example", "Ruth Alder <ruth@kernel.example>", """
                On Mon, Bea Carver wrote:
                > That is not true, we build this copy ourselves.

                Fair enough.  I withdraw this patch.
                """, ROOT, "bea-1@board.example", "ian-1@example.org", "bea-2@board.example")));
        Participant ruth = who(DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed("thread-1", withdrawn), "ruth@kernel.example");
        assertEquals(Stance.MIXED, ruth.stance());
        assertEquals(Participant.Shift.TOWARD_AGAINST, ruth.shift());
        assertTrue(ruth.evidence().stream().anyMatch(e -> e.text().equals("I withdraw this patch.")));
        assertEquals(Stance.FOR, who(debate(), "ruth@kernel.example").stance(), "without the withdrawal: for");
    }

    @Test
    void aCoAuthorWhoPostsPartOfTheSeriesProposesItToo() {
        Mail cover = Mail.message("cover@kernel.example").from("Ruth Alder <ruth@kernel.example>")
                .subject("[PATCH 0/2] staging: blinkfs: remove the driver").body("Two patches remove blinkfs.\n");
        Mail one = Mail.message("one@kernel.example").from("Ruth Alder <ruth@kernel.example>")
                .subject("[PATCH 1/2] staging: blinkfs: remove the core").replyTo("cover@kernel.example")
                .body("Remove the core.\n\nSigned-off-by: Ruth Alder <ruth@kernel.example>\n");
        Mail two = Mail.message("two@lab.example").from("Kim Park <kim@lab.example>")
                .subject("[PATCH 2/2] staging: blinkfs: remove the tools").replyTo("cover@kernel.example")
                .body("Remove the user-space tools as well.\n\nSigned-off-by: Kim Park <kim@lab.example>\n");
        Mail fix = Mail.message("fix@lab.example").from("Lee Moss <lee@lab.example>")
                .subject("[PATCH] blinkfs: fix a typo").replyTo("cover@kernel.example")
                .body("Fix a typo first.\n\nSigned-off-by: Lee Moss <lee@lab.example>\n");
        Debate d = DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed("t", List.of(parse(cover), parse(one), parse(two), parse(fix)));
        assertEquals(List.of("cover@kernel.example", "one@kernel.example", "two@lab.example"), d.proposal().messageIds());
        assertEquals(Stance.FOR, who(d, "kim@lab.example").stance());
        assertEquals("Remove the user-space tools as well.", who(d, "kim@lab.example").evidence().get(0).text());
        assertEquals(Stance.NEUTRAL, who(d, "lee@lab.example").stance(), "a patch of another series is no part of it");
    }

    @Test
    void aQuotedBulletedListIsProseAndAQuotedHunkIsCode() {
        assertEquals(QuoteKind.PROSE, MessageContexts.quoteKind("""
                - how each subsystem runs its review today
                - what went wrong with the last attempt
                - where the process is heading next"""));
        assertEquals(QuoteKind.CODE, MessageContexts.quoteKind("""
                @@ -10,3 +10,3 @@ static int wave_mount(void)
                -	ret = wave_setup(sb);
                +	ret = wave_setup(sb, flags);"""));
        assertEquals(QuoteKind.CODE, MessageContexts.quoteKind("""
                -	kfree(buf);
                -	return 0;"""), "removed code lines without a header are still code");
        assertEquals(QuoteKind.CODE, MessageContexts.quoteKind("""
                diff --cc fs/f2fs/file.c
                index e7c368db8185,8799468724f9..000000000000
                @@@ -1645,22 -1648,45 +1645,23 @@@ static int f2fs_file_flush(struct file
                	return 0;
                }
                -static int f2fs_ioc_getflags(struct file *filp, unsigned long arg)"""),
                "a merge's combined diff is code");
    }

    @Test
    void aMailmapMergesPeopleTheThreadCannot() {
        Mailmap map = Mailmap.parse("Una Voss <una@example.net> <cal@example.net>\n");
        Debate d = DebateSetup.standard().analyzer(map).analyzeParsed("thread-1", thread());
        Participant una = who(d, "cal@example.net");
        assertEquals("Una Voss", una.name());
        assertEquals(2, una.messages());
    }
}
