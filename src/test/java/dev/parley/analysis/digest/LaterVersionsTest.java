package dev.parley.analysis.digest;

import dev.parley.analysis.debate.DebateSetup;
import dev.parley.identity.Mailmap;
import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateAnalyzer;
import dev.parley.analysis.debate.Outcome;
import dev.parley.testing.Mail;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A newer version of a proposal posted as a thread of its own supersedes the proposal's open thread. */
class LaterVersionsTest {

    private static final String V1 = "frob-v1@example.org";

    private static Mail v1() {
        return Mail.message(V1).from("Ann Author <ann@example.org>").subject("[PATCH] frob: remove the legacy interface")
                .date("Mon, 4 Jun 2018 10:00:00 +0000").body("The legacy interface is broken, so remove it.\n");
    }

    private static Mail reply() {
        return Mail.message("frob-r@example.org").from("Bob Keeper <bob@example.org>").replyTo(V1)
                .subject("Re: [PATCH] frob: remove the legacy interface").date("Mon, 4 Jun 2018 12:00:00 +0000")
                .body("The tools still use it; please update them first.\n");
    }

    private static Mail version(String id, String tag, String date) {
        return Mail.message(id).from("Ann Author <ann@example.org>").subject("[" + tag + "] frob: remove the legacy interface")
                .date(date).body("Now with the tools updated first.\n");
    }

    @Test
    void anOpenProposalIsSupersededByALaterVersionElsewhereInTheArchive(@TempDir Path dir) throws Exception {
        try (TestArchive a = new TestArchive(dir)) {
            a.importMbox("t.mbox", Mail.mbox(v1(), reply(),
                    version("frob-v3@example.org", "PATCH v3", "Fri, 8 Jun 2018 10:00:00 +0000"),
                    version("frob-v2@example.org", "PATCH v2", "Wed, 6 Jun 2018 10:00:00 +0000"),
                    Mail.message("other@example.org").from("Carl Other <carl@example.org>")
                            .subject("[PATCH v2] frob: add a new interface").date("Tue, 5 Jun 2018 10:00:00 +0000")
                            .body("Unrelated.\n")));
            Debate d = DebateSetup.standard().analyzer(Mailmap.EMPTY).analyze(a.archive.thread(a.archive.messages(V1, false).get(0).threadId(), true));
            assertEquals(Outcome.Status.OPEN, d.outcome().status(), "the thread alone does not know");
            Outcome o = LaterVersions.apply(a.archive, d).outcome();
            assertEquals(Outcome.Status.SUPERSEDED, o.status());
            assertEquals("frob-v2@example.org", o.messageId(), "the first later version");
            assertEquals("Ann Author", o.by());
            assertEquals("[PATCH v2] frob: remove the legacy interface", o.text());
        }
    }

    @Test
    void anOlderVersionDoesNotSupersedeANewerOne(@TempDir Path dir) throws Exception {
        try (TestArchive a = new TestArchive(dir)) {
            a.importMbox("t.mbox", Mail.mbox(version("frob-v2@example.org", "PATCH v2", "Wed, 6 Jun 2018 10:00:00 +0000"),
                    version("frob-v1b@example.org", "PATCH", "Mon, 4 Jun 2018 10:00:00 +0000")));
            Debate d = DebateSetup.standard().analyzer(Mailmap.EMPTY).analyze(a.archive.thread(a.archive.messages("frob-v2@example.org", false).get(0).threadId(), true));
            assertEquals(Outcome.Status.OPEN, LaterVersions.apply(a.archive, d).outcome().status());
        }
    }
}
