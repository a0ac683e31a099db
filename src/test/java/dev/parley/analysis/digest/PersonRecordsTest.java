package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Stance;
import dev.parley.identity.Mailmap;
import dev.parley.testing.Mail;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's record on a small archive: spellings and addresses merged, debates newest first, their side in each. */
class PersonRecordsTest {

    @TempDir
    static Path dir;
    static TestArchive archive;

    private static Mail mail(String id, String from, String subject, String date, String body, String... chain) {
        Mail m = Mail.message(id).from(from).subject(subject).date(date).body(body);
        return chain.length == 0 ? m : m.replyTo(chain);
    }

    @BeforeAll
    static void archive() {
        archive = new TestArchive(dir.resolve("index"));
        String tail = "[PATCH] iomap: add a tail packing flag";
        String gfs = "[PATCH] gfs2: remove the old quota interface";
        archive.importMbox("t.mbox", Mail.mbox(
                // 2019: Andreas from his work address argues against a proposal
                mail("tail-1@example.org", "Chao Yu <yuchao@example.com>", tail, "Sat, 29 Jun 2019 07:30:20 +0000",
                        "Add a flag so that tails of files can be packed inline; this saves space on small files.\n"),
                mail("tail-2@example.org", "Andreas Gruenbacher <agruenba@redhat.example>", "Re: " + tail,
                        "Mon, 1 Jul 2019 10:00:00 +0000", """
                        I don't think this is a good idea. The flag breaks every filesystem that does not pack tails,
                        and nobody has shown numbers for the space it saves.
                        """, "tail-1@example.org"),
                mail("tail-3@example.org", "Chao Yu <yuchao@example.com>", "Re: " + tail, "Mon, 1 Jul 2019 12:00:00 +0000",
                        "The numbers are in the cover letter of the erofs series.\n", "tail-1@example.org", "tail-2@example.org"),
                // 2020: from his own address, with the umlaut, he proposes a removal that gets applied
                mail("gfs-1@example.org", "Andreas Gr\u00fcnbacher <andreas.gruenbacher@gmail.example>", gfs,
                        "Tue, 3 Mar 2020 09:00:00 +0000", """
                        The old quota interface has been broken for years and nobody has noticed, so remove it.

                        Signed-off-by: Andreas Gruenbacher <agruenba@redhat.example>
                        """),
                mail("gfs-2@example.org", "Bob Peterson <rpeterso@example.com>", "Re: " + gfs, "Wed, 4 Mar 2020 09:00:00 +0000",
                        "Applied to for-next, thanks!\n", "gfs-1@example.org"),
                // a patch nobody answered is no debate
                mail("lone-1@example.org", "Andreas Gruenbacher <agruenba@redhat.example>", "[PATCH] gfs2: fix a typo",
                        "Thu, 5 Mar 2020 09:00:00 +0000", "Fix a typo in a comment.\n"),
                // another Andreas
                mail("other-1@example.org", "Andreas Other <andreas@other.example>", "Re: " + tail,
                        "Mon, 1 Jul 2019 13:00:00 +0000", "I like the idea.\n", "tail-1@example.org")));
    }

    @AfterAll
    static void close() throws Exception {
        archive.close();
    }

    @Test
    void bothSpellingsAndAddressesAreOnePersonWithBothDebatesNewestFirst() throws Exception {
        for (String who : List.of("Andreas Gr\u00fcnbacher", "Andreas Gruenbacher", "agruenba@redhat.example",
                "Gruenbacher, Andreas", "andreas.gruenbacher@gmail.example")) {
            PersonRecord r = PersonRecords.find(archive.archive, who, null, null, 20, Mailmap.EMPTY);
            assertTrue(r.person().addresses().containsAll(List.of("agruenba@redhat.example", "andreas.gruenbacher@gmail.example")),
                    who + ": " + r.person());
            assertEquals(3, r.threadsFound(), who);
            assertEquals(List.of("gfs-1@example.org", "tail-1@example.org"),
                    r.debates().stream().map(PersonRecord.Debate::proposalId).toList(), who + ": newest first, the lone patch left out");
            PersonRecord.Debate gfs = r.debates().get(0);
            assertTrue(gfs.proposer());
            assertEquals(Stance.FOR, gfs.stance());
            assertEquals(dev.parley.analysis.debate.Outcome.Status.APPLIED, gfs.outcome().status());
            PersonRecord.Debate tail = r.debates().get(1);
            assertEquals(Stance.AGAINST, tail.stance());
            assertEquals(1, tail.messages());
            assertNotNull(tail.quote());
            assertEquals("tail-2@example.org", tail.quote().messageId());
        }
    }

    @Test
    void sinceLimitsTheDebatesToThePeriod() throws Exception {
        PersonRecord r = PersonRecords.find(archive.archive, "agruenba@redhat.example", Instant.parse("2020-01-01T00:00:00Z"),
                "2020-01-01", 20, Mailmap.EMPTY);
        assertEquals(List.of("gfs-1@example.org"), r.debates().stream().map(PersonRecord.Debate::proposalId).toList());
    }

    @Test
    void anUnknownPersonIsNotFoundAndAFirstNameOfTwoPeopleIsAmbiguous() {
        assertThrows(PersonRecords.NotFound.class,
                () -> PersonRecords.find(archive.archive, "nobody@example.org", null, null, 20, Mailmap.EMPTY));
        PersonRecords.Ambiguous e = assertThrows(PersonRecords.Ambiguous.class,
                () -> PersonRecords.find(archive.archive, "Andreas", null, null, 20, Mailmap.EMPTY));
        assertTrue(e.getMessage().contains("Andreas Other") && e.getMessage().contains("Gr"), e.getMessage());
    }
}
