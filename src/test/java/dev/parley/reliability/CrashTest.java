package dev.parley.reliability;

import dev.parley.lucene.IndexCheck;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.model.CheckReport;
import dev.parley.testing.ChildImport;
import dev.parley.testing.SyntheticMbox;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 during imports: the index stays usable at its last commit, and running the same import again ends with
 * exactly the messages of a clean run, none missing and none doubled.
 */
class CrashTest {

    @TempDir
    Path tmp;

    static Set<String> uids(Path index) throws IOException {
        Set<String> out = new HashSet<>();
        try (TestArchive a = new TestArchive(index)) {
            a.archive.forEach(false, m -> assertTrue(out.add(m.uid()), "doubled: " + m.messageId()));
        }
        return out;
    }

    @Test
    void killedImportsResumeToExactlyTheCleanResult() throws Exception {
        Path mbox = tmp.resolve("big.mbox");
        int total = SyntheticMbox.write(mbox, 1500, 16, 11);
        Path clean = tmp.resolve("clean"), crashed = tmp.resolve("crashed");
        Process c = ChildImport.start(clean, mbox, tmp.resolve("clean.log"));
        assertTrue(c.waitFor(5, TimeUnit.MINUTES) && c.exitValue() == 0, Files.readString(tmp.resolve("clean.log")));
        Set<String> expected = uids(clean);
        assertEquals(total, expected.size());

        long[] killAfterMillis = {1200, 2500, 900, 3500};
        int crashesMidImport = 0;
        long lastCount = 0;
        for (long delay : killAfterMillis) {
            Path log = tmp.resolve("crash-" + delay + ".log");
            Process p = ChildImport.start(crashed, mbox, log, "--commit-seconds", "1");
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no final commit
                p.waitFor();
                crashesMidImport++;
            }
            if (!IndexSnapshot.exists(crashed)) continue; // killed before the first commit: nothing to check yet
            CheckReport report = IndexCheck.run(crashed);
            assertTrue(report.healthy(), "after a kill at " + delay + " ms: " + report);
            assertTrue(report.messages() >= lastCount, "a commit never goes backwards");
            lastCount = report.messages();
            assertTrue(expected.containsAll(uids(crashed)), "only messages of the input");
        }
        assertTrue(crashesMidImport >= 2, "the kills landed during imports");
        Process finish = ChildImport.start(crashed, mbox, tmp.resolve("finish.log"));
        assertTrue(finish.waitFor(5, TimeUnit.MINUTES) && finish.exitValue() == 0, Files.readString(tmp.resolve("finish.log")));
        assertEquals(expected, uids(crashed));
        CheckReport end = IndexCheck.run(crashed);
        assertTrue(end.healthy(), end.toString());
        try (TestArchive a = new TestArchive(clean); TestArchive b = new TestArchive(crashed)) {
            List<String> threadsClean = a.threads().values().stream().map(l -> String.join(",", l)).sorted().toList();
            List<String> threadsCrashed = b.threads().values().stream().map(l -> String.join(",", l)).sorted().toList();
            assertEquals(threadsClean, threadsCrashed, "the same threads");
        }
        System.out.printf("crash test: %d messages, %d kills during imports, final index identical to the clean run%n",
                total, crashesMidImport);
    }
}
