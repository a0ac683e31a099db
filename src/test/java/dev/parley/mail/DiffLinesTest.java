package dev.parley.mail;

import org.junit.jupiter.api.Test;

import static dev.parley.mail.DiffLines.Kind.CHANGE;
import static dev.parley.mail.DiffLines.Kind.FILE_HEADER;
import static dev.parley.mail.DiffLines.Kind.HUNK_HEADER;
import static dev.parley.mail.DiffLines.Kind.MARKED;
import static dev.parley.mail.DiffLines.Kind.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffLinesTest {

    @Test
    void headerLinesOfAGitDiffAreHeadersReadAlone() {
        assertEquals(FILE_HEADER, DiffLines.kind("diff --git a/fs/wavefs/super.c b/fs/wavefs/super.c"));
        assertEquals(FILE_HEADER, DiffLines.kind("index 1a2b3c4..5d6e7f8 100644"));
        assertEquals(FILE_HEADER, DiffLines.kind("--- a/fs/wavefs/super.c"));
        assertEquals(FILE_HEADER, DiffLines.kind("+++ /dev/null"));
        assertEquals(FILE_HEADER, DiffLines.kind("diff --cc fs/f2fs/file.c"));
        assertEquals(FILE_HEADER, DiffLines.kind("index e7c368db8185,8799468724f9..000000000000"));
        assertEquals(OTHER, DiffLines.kind("index of the page cache is kept per inode"), "prose that starts with 'index'");
        assertEquals(MARKED, DiffLines.kind("--- snip ---"));
    }

    @Test
    void hunkHeadersGiveTheirLineCountsAndSection() {
        DiffLines.Hunk h = DiffLines.hunk("@@ -10,6 +10,7 @@ static int frob_probe(struct device *dev)");
        assertEquals(new DiffLines.Hunk(6, 7, "static int frob_probe(struct device *dev)"), h);
        assertEquals(new DiffLines.Hunk(1, 1, ""), DiffLines.hunk("@@ -3 +3 @@"));
        assertNull(DiffLines.hunk("@@ this is no hunk @@"));
        assertEquals(HUNK_HEADER, DiffLines.kind("@@ -3 +3 @@"));
        assertEquals(HUNK_HEADER, DiffLines.kind("@@@ -1645,22 -1648,45 +1645,23 @@@ static int f2fs_file_flush(struct file"));
        assertNull(DiffLines.hunk("@@@ -1645,22 -1648,45 +1645,23 @@@"), "a combined hunk has no two-way line counts");
    }

    @Test
    void changedLinesAreUnambiguousOnlyWhereProseWouldNotStartSo() {
        assertEquals(CHANGE, DiffLines.kind("-kfree(buf);"));
        assertEquals(CHANGE, DiffLines.kind("+"));
        assertTrue(CHANGE.unambiguous());
        for (String prose : new String[]{"- how each subsystem runs its review", "+1", "+\treturn 0;", "---", "-5% on my box"}) {
            assertEquals(MARKED, DiffLines.kind(prose), prose);
        }
        assertFalse(MARKED.unambiguous());
        assertEquals(OTHER, DiffLines.kind("Looks fine to me."));
    }

    @Test
    void aPatchStartsAtItsFirstHeaderAndItsSeparatorIsFollowedByADiffstat() {
        String[] lines = """
                Remove the driver.

                ---
                v2: reworded

                 drivers/staging/wavefs/Kconfig | 12 ------------
                 1 file changed, 12 deletions(-)
                 delete mode 100644 drivers/staging/wavefs/Kconfig

                diff --git a/drivers/staging/wavefs/Kconfig b/drivers/staging/wavefs/Kconfig
                """.split("\n");
        assertTrue(DiffLines.isPatchSeparator(lines, 2));
        assertFalse(DiffLines.isPatchSeparator(new String[]{"---", "just a rule"}, 0));
        assertTrue(DiffLines.isDiffstat(lines[5]));
        assertTrue(DiffLines.isDiffstat(lines[6]));
        assertTrue(DiffLines.isDiffstatSummary(lines[7]));
        assertTrue(DiffLines.startsDiff(lines, 9));
        assertFalse(DiffLines.startsDiff(lines, 0));
        assertTrue(DiffLines.startsDiff(new String[]{"--- x.c.orig", "+++ x.c", "@@ -1 +1 @@"}, 0));
        assertTrue(DiffLines.isHeaderInDiff("--- x.c.orig"), "inside a patch the patch decides");
    }
}
