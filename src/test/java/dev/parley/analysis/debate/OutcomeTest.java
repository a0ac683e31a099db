package dev.parley.analysis.debate;

import dev.parley.identity.Mailmap;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.testing.Mail;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What became of a proposal: applied, withdrawn, superseded, NAKed and dropped, or open, on fixtures and the corpus. */
class OutcomeTest {

    private static final String ROOT = "frob-1@example.org";
    private static final String SUBJECT = "[PATCH] frob: remove the legacy frob interface";

    private static Mail root() {
        return Mail.message(ROOT).from("Ann Author <ann@example.org>").subject(SUBJECT).date("Mon, 4 Jun 2018 10:00:00 +0000")
                .body("""
                        The legacy frob interface has been broken for years and nobody noticed, so remove it.

                        Signed-off-by: Ann Author <ann@example.org>
                        """);
    }

    private static Mail reply(String id, String from, String date, String body, String... chain) {
        String[] parents = chain.length == 0 ? new String[]{ROOT} : chain;
        return Mail.message(id).from(from).subject("Re: " + SUBJECT).date(date).replyTo(parents).body(body);
    }

    private static Outcome outcome(Mail... mails) {
        List<ParsedMessage> parsed = new ArrayList<>();
        for (Mail m : mails) {
            try {
                parsed.add(MessageParser.parse(new RawMessage(m.bytes(), "test", 0, null)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed("t", parsed).outcome();
    }

    @Test
    void aB4AppliedSummaryGivesWhoTheTreeAndTheCommitIds() {
        Outcome o = outcome(root(), reply("ty@example.org", "Mark Maintainer <mark@example.org>",
                "Tue, 5 Jun 2018 09:00:00 +0000", """
                        On Mon, 04 Jun 2018 10:00:00 +0000, Ann Author wrote:
                        > The legacy frob interface has been broken for years and nobody noticed, so remove it.

                        Applied to frob/for-next, thanks!

                        [1/1] frob: remove the legacy frob interface
                              commit: 1a2b3c4d5e6f
                        """));
        assertEquals(Outcome.Status.APPLIED, o.status());
        assertEquals("Mark Maintainer", o.by());
        assertEquals("ty@example.org", o.messageId());
        assertEquals("frob/for-next", o.tree());
        assertEquals(List.of("1a2b3c4d5e6f"), o.commits());
        assertEquals("Applied to frob/for-next, thanks!", o.text());
        assertEquals("2018-06-05T09:00:00Z", o.date().toString());
    }

    @Test
    void merged_queued_andARobotsNoteCountAsAppliedWithTheirTree() {
        assertEquals("testing branch", outcome(root(), reply("m@example.org", "Greg Maintainer <greg@example.org>",
                "Tue, 5 Jun 2018 09:00:00 +0000", "As 4.19 is the next LTS, I have now merged it to my \"testing\" branch.\n")).tree());
        Outcome robot = outcome(root(), reply("bot@example.org", "Greg Maintainer <greg@example.org>",
                "Tue, 5 Jun 2018 09:00:00 +0000", """
                        This is a note to let you know that I've just added the patch titled

                            frob: remove the legacy frob interface

                        to my staging git tree which can be found at
                            git://git.example.org/pub/scm/linux/kernel/git/greg/staging.git
                        in the staging-next branch.
                        """));
        assertEquals(Outcome.Status.APPLIED, robot.status());
        assertEquals("staging-next", robot.tree());
    }

    @Test
    void askedNegatedConditionalAndSidePatchActsAreNotTheProposalApplied() {
        for (String body : List.of("Applied to which tree, though?\n", "I have not applied it, it does not build.\n",
                "I'll have this queued once the tools are fixed.\n", "This can't be merged as it is.\n")) {
            assertEquals(Outcome.Status.OPEN, outcome(root(), reply("r@example.org", "Mark Maintainer <mark@example.org>",
                    "Tue, 5 Jun 2018 09:00:00 +0000", body)).status(), body);
        }
        // a side fix posted in the thread, then "thanks, now merged!" in answer to it
        Outcome side = outcome(root(),
                reply("side@example.org", "Bob Builder <bob@example.org>", "Tue, 5 Jun 2018 09:00:00 +0000",
                        "The header misses an include; I just sent a patch to fix it.\n"),
                reply("merged@example.org", "Ann Author <ann@example.org>", "Tue, 5 Jun 2018 10:00:00 +0000",
                        "Thanks, now merged!\n", ROOT, "side@example.org"));
        assertEquals(Outcome.Status.OPEN, side.status());
        assertEquals("merged@example.org", side.messageId(), "the last word");
        assertEquals("Ann Author", side.by());
    }

    @Test
    void theProposerWithdrawingItOrDroppingItForANewerVersion() {
        Outcome withdrawn = outcome(root(), reply("w@example.org", "Ann Author <ann@example.org>",
                "Tue, 5 Jun 2018 09:00:00 +0000", "Fair point about the tools. Please drop this patch.\n"));
        assertEquals(Outcome.Status.WITHDRAWN, withdrawn.status());
        assertEquals("Please drop this patch.", withdrawn.text());
        Outcome dropped = outcome(root(), reply("w@example.org", "Ann Author <ann@example.org>",
                "Tue, 5 Jun 2018 09:00:00 +0000", "Please drop this patch, v2 follows with the tools fixed first.\n"));
        assertEquals(Outcome.Status.SUPERSEDED, dropped.status());
        Outcome v2 = outcome(root(), Mail.message("v2@example.org").from("Ann Author <ann@example.org>")
                .subject("[PATCH v2] frob: remove the legacy frob interface").date("Wed, 6 Jun 2018 09:00:00 +0000")
                .replyTo(ROOT).body("Now with the frob tools updated first.\n\nSigned-off-by: Ann Author <ann@example.org>\n"));
        assertEquals(Outcome.Status.SUPERSEDED, v2.status());
        assertEquals("v2@example.org", v2.messageId());
    }

    @Test
    void aNakNobodyAnsweredDropsItAndOneTheProposerAnsweredLeavesItOpen() {
        Mail nak = reply("nak@example.net", "Bob Keeper <bob@example.net>", "Tue, 5 Jun 2018 09:00:00 +0000", """
                NAK. Every frob tool out there uses the legacy interface.

                Nacked-by: Bob Keeper <bob@example.net>
                """);
        Outcome dropped = outcome(root(), nak);
        assertEquals(Outcome.Status.NAKED, dropped.status());
        assertEquals("Bob Keeper", dropped.by());
        assertEquals("nak@example.net", dropped.messageId());
        Outcome disputed = outcome(root(), nak, reply("ann2@example.org", "Ann Author <ann@example.org>",
                "Wed, 6 Jun 2018 09:00:00 +0000", "The tools moved to the new interface two releases ago.\n", ROOT, "nak@example.net"));
        assertEquals(Outcome.Status.OPEN, disputed.status());
        assertEquals("The tools moved to the new interface two releases ago.", disputed.text());
        // and an apply after the NAK wins over it
        assertEquals(Outcome.Status.APPLIED, outcome(root(), nak, reply("ty@example.org", "Mark Maintainer <mark@example.org>",
                "Thu, 7 Jun 2018 09:00:00 +0000", "Applied, thanks!\n")).status());
    }

    @Test
    void theSampleDebateIsQueuedForTheNextRelease() {
        Outcome o = DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed("wavefs", Samples.parsed(Samples.WAVEFS)).outcome();
        assertEquals(Outcome.Status.APPLIED, o.status());
        assertEquals("Grant Kessler", o.by());
        assertEquals("4.19", o.tree());
        assertEquals("20180605071255.GC18812@kernel.example", o.messageId());
    }

    /** Corpus threads whose outcome the thread itself states, and ones that end without one. */
    @Test
    void corpusThreadsSayWhatBecameOfTheirProposal() {
        Path threads = Samples.corpusThreads("the corpus outcome check");
        Outcome ion = read(threads.resolve("staging-ion-remove-from-the-tree-2020.mbox"));
        assertEquals(Outcome.Status.APPLIED, ion.status());
        assertEquals("Greg Kroah-Hartman", ion.by());
        assertEquals("20201016082945.GA1722359@kroah.com", ion.messageId());
        assertTrue(ion.tree().contains("testing"), ion.tree());
        Outcome btrfs = read(threads.resolve("expose-btrfs-subvols-in-mount-table-2021.mbox"));
        assertEquals(Outcome.Status.SUPERSEDED, btrfs.status());
        assertEquals("NeilBrown", btrfs.by());
        assertTrue(btrfs.text().startsWith("[PATCH v2]"), btrfs.text());
        // greybus: "Thanks, now merged!" answers a side fix, not the series
        Outcome greybus = read(threads.resolve("staging-move-greybus-core-out-of-staging-2019.mbox"));
        assertFalse(greybus.status() == Outcome.Status.APPLIED && greybus.text().equals("Thanks, now merged!"), greybus.toString());
        // a complaint that nobody applies or withdraws stays open, with its last word
        Outcome kpi = read(threads.resolve("dont-be-a-kpi-jerk-2021.mbox"));
        assertEquals(Outcome.Status.OPEN, kpi.status());
        assertEquals("Qu Wenruo", kpi.by());
    }

    private static Outcome read(Path mbox) {
        return DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed(mbox.getFileName().toString(), Samples.parsed(mbox)).outcome();
    }
}
