package dev.parley.testing;

/**
 * A small fictional archive for search tests: one patch thread on devel@ (patch, review with quote and signature,
 * NAK, test report with an attachment, ACK) and two messages on other@ (one in a thread whose parent is missing).
 * Each word below lives in one known place, so every prefix has a message it must find and ones it must not.
 */
public final class SearchFixture {

    public static final String PATCH = "frob-1@example.org";
    public static final String REVIEW = "frob-2@build.example.net";
    public static final String NAK = "frob-3@kernel.example";
    public static final String TESTED = "frob-4@test.example.com";
    public static final String ACK = "frob-5@maint.example.org";
    public static final String BENCH = "bench-1@other.example.org";
    public static final String ORPHAN = "ghost-child@other.example.org";
    public static final String MISSING_PARENT = "missing-parent@other.example.org";

    private SearchFixture() {
    }

    public static Mail patch() {
        return Mail.message(PATCH)
                .header("Cc", "Bob Builder <bob@build.example.net>")
                .subject("[PATCH] frobnicator: take the spinlock in probe")
                .date("Wed, 15 Jan 2020 10:00:00 +0000")
                .body("""
                        The frobnicator probe path sleeps under a mutex while the interrupt
                        handler expects a spinlock. This deadlocks on quarantined devices.

                        Signed-off-by: Alice Example <alice@example.org>
                        ---
                         drivers/frob/frob_core.c | 2 +-
                         1 file changed, 1 insertion(+), 1 deletion(-)

                        diff --git a/drivers/frob/frob_core.c b/drivers/frob/frob_core.c
                        index 1111111..2222222 100644
                        --- a/drivers/frob/frob_core.c
                        +++ b/drivers/frob/frob_core.c
                        @@ -10,4 +10,4 @@ static int frob_probe(struct device *dev)
                         \tint ret;
                        \s
                        -\tmutex_lock(&frob->lock);
                        +\tspin_lock(&frob->lock);
                         \tret = frob_reset(frob);
                        """);
    }

    public static Mail review() {
        return Mail.message(REVIEW).from("Bob Builder <bob@build.example.net>")
                .header("To", "Alice Example <alice@example.org>")
                .header("Cc", "devel@lists.example.org")
                .subject("Re: [PATCH] frobnicator: take the spinlock in probe")
                .date("Thu, 16 Jan 2020 09:00:00 +0100")
                .replyTo(PATCH)
                .body("""
                        On Wed, Jan 15, 2020 at 10:00:00AM +0000, Alice Example wrote:
                        > The frobnicator probe path sleeps under a mutex while the interrupt
                        > handler expects a spinlock.

                        Right, and the quarantine path has the same bug. Please fix both
                        in one go.

                        Reviewed-by: Bob Builder <bob@build.example.net>

                        --\s
                        Bob, building things
                        """);
    }

    public static Mail nak() {
        return Mail.message(NAK).from("Carol Danvers <carol@kernel.example>")
                .header("To", "Bob Builder <bob@build.example.net>")
                .header("Cc", "Alice Example <alice@example.org>, devel@lists.example.org")
                .subject("Re: [PATCH] frobnicator: take the spinlock in probe")
                .date("Mon, 20 Jan 2020 12:00:00 +0000")
                .replyTo(PATCH, REVIEW)
                .body("""
                        No. This papers over the real bug in the quarantine logic, the same
                        mistake lustre made years ago.

                        Nacked-by: Carol Danvers <carol@kernel.example>
                        """);
    }

    public static Mail tested() {
        return Mail.message(TESTED).from("Dave Tester <dave@test.example.com>")
                .header("To", "Alice Example <alice@example.org>")
                .subject("Re: [PATCH] frobnicator: take the spinlock in probe")
                .date("Mon, 3 Feb 2020 08:00:00 +0000")
                .replyTo(PATCH)
                .header("MIME-Version", "1.0")
                .header("Content-Type", "multipart/mixed; boundary=\"b1\"")
                .body("""
                        --b1
                        Content-Type: text/plain; charset=utf-8

                        Ran the stress suite overnight on three boards, no hangs.

                        Tested-by: Dave Tester <dave@test.example.com>

                        --b1
                        Content-Type: text/plain; name="frob-trace.log"
                        Content-Disposition: attachment; filename="frob-trace.log"

                        [  12.345] frob0: probe ok
                        --b1--
                        """);
    }

    public static Mail ack() {
        return Mail.message(ACK).from("Erin Maintainer <erin@maint.example.org>")
                .header("To", "Alice Example <alice@example.org>")
                .subject("Re: [PATCH] frobnicator: take the spinlock in probe")
                .date("Fri, 31 Jan 2020 23:30:00 +0000")
                .replyTo(PATCH)
                .body("""
                        Queued for the next merge window.

                        Acked-by: Erin Maintainer <erin@maint.example.org>
                        """);
    }

    /** 00:30 on 1 February at +0100 is 23:30 UTC on 31 January. */
    public static Mail bench() {
        return Mail.message(BENCH).from("Gina Lustig <gina@other.example.org>")
                .header("To", "other@lists.example.org")
                .header("List-Id", "<other.lists.example.org>")
                .subject("lustrous results from the frobnicator benchmark")
                .date("Sat, 1 Feb 2020 00:30:00 +0100")
                .body("Numbers below, they look good this week.\n");
    }

    public static Mail orphan() {
        return Mail.message(ORPHAN).from("Gina Lustig <gina@other.example.org>")
                .header("To", "other@lists.example.org")
                .header("List-Id", "<other.lists.example.org>")
                .subject("Re: an older discussion")
                .date("Mon, 10 Feb 2020 10:00:00 +0000")
                .replyTo(MISSING_PARENT)
                .body("Replying to a message this archive never saw.\n");
    }

    public static String mbox() {
        return Mail.mbox(patch(), review(), nak(), tested(), ack(), bench(), orphan());
    }
}
