package dev.parley.testing;

import dev.parley.mail.MailParseException;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * A small fictional debate for digest tests: a removal proposal whose subject holds {@code <}, {@code &} and
 * {@code "}, a NAK, support, a concession, and a late question nobody answers, over three days.
 */
public final class DebateFixture {

    public static final String ROOT = "frob-remove-1@example.org";
    public static final String SUBJECT = "[PATCH] frob: remove the <legacy> & \"old\" frob interface";
    public static final String QUESTION = "Who is going to update the frob tools before the next release?";

    private DebateFixture() {
    }

    public static List<Mail> mails() {
        String re = "Re: " + SUBJECT;
        List<Mail> out = new ArrayList<>();
        out.add(Mail.message(ROOT).from("Ann Author <ann@example.org>").subject(SUBJECT)
                .date("Mon, 4 Jun 2018 10:00:00 +0200").body("""
                        The legacy frob interface has been broken for years and nobody has noticed, so remove it.
                        Keeping two frob interfaces alive has never worked, and the pile of open frob bugs is the
                        proof of that.

                        Signed-off-by: Ann Author <ann@example.org>
                        ---
                         drivers/frob/legacy.c | 2 --
                         1 file changed, 2 deletions(-)
                        """));
        out.add(Mail.message("frob-nak@example.net").from("Bob Keeper <bob@example.net>").subject(re)
                .replyTo(ROOT).date("Mon, 4 Jun 2018 12:00:00 +0000").body("""
                        On Mon, Jun 04, 2018 at 10:00:00AM +0200, Ann Author wrote:
                        > The legacy frob interface has been broken for years and nobody has noticed, so remove it.

                        NAK.  The legacy frob interface is used by every frob tool out there, and removing it
                        breaks all of them at once.

                        Nacked-by: Bob Keeper <bob@example.net>
                        """));
        out.add(Mail.message("frob-ack@example.com").from("Carol Reviewer <carol@example.com>").subject(re)
                .replyTo(ROOT, "frob-nak@example.net").date("Tue, 5 Jun 2018 09:00:00 +0000").body("""
                        On Mon, Jun 04, 2018 at 12:00:00PM +0000, Bob Keeper wrote:
                        > NAK.  The legacy frob interface is used by every frob tool out there.

                        I agree with Ann: the legacy frob interface has been broken for years, and the tools
                        should move to the new one.  Removing it is the right call.

                        Acked-by: Carol Reviewer <carol@example.com>
                        """));
        out.add(Mail.message("frob-fair@example.net").from("Bob Keeper <bob@example.net>").subject(re)
                .replyTo(ROOT, "frob-nak@example.net", "frob-ack@example.com").date("Tue, 5 Jun 2018 11:00:00 +0000")
                .body("""
                        On Tue, Jun 05, 2018 at 09:00:00AM +0000, Carol Reviewer wrote:
                        > Removing it is the right call.

                        Fair enough, the legacy frob interface is broken.  I still object to removing it before
                        the tools have moved, so my NAK stands.
                        """));
        out.add(Mail.message("frob-q@example.org").from("Dave Asker <dave@example.org>").subject(re)
                .replyTo(ROOT).date("Wed, 6 Jun 2018 08:00:00 +0000").body("""
                        On Mon, Jun 04, 2018 at 10:00:00AM +0200, Ann Author wrote:
                        > so remove it.

                        %s
                        """.formatted(QUESTION)));
        return out;
    }

    public static String mbox() {
        return Mail.mbox(mails().toArray(new Mail[0]));
    }

    public static List<ParsedMessage> parsed() {
        List<ParsedMessage> out = new ArrayList<>();
        for (Mail m : mails()) {
            try {
                out.add(MessageParser.parse(new RawMessage(m.bytes(), "fixture", 0, null)));
            } catch (MailParseException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }
}
