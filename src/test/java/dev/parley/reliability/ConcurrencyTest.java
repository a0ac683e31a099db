package dev.parley.reliability;

import dev.parley.cli.Main;
import dev.parley.lucene.IndexCheck;
import dev.parley.lucene.IndexLock;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.model.CheckReport;
import dev.parley.testing.ChildImport;
import dev.parley.testing.Mail;
import dev.parley.testing.SyntheticMbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readers during an import see consistent commits; a second writer is refused at once; stale locks are recognised. */
class ConcurrencyTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run parley(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readersSeeConsistentCommitsAndASecondWriterIsRefused() throws Exception {
        Path mbox = tmp.resolve("big.mbox");
        int total = SyntheticMbox.write(mbox, 1500, 16, 3);
        Path index = tmp.resolve("index");
        Process writer = ChildImport.start(index, mbox, tmp.resolve("writer.log"), "--commit-seconds", "1");
        long last = 0;
        int views = 0;
        boolean refusedWhileRunning = false;
        while (writer.isAlive()) {
            Path lockFile = index.resolve(IndexLock.FILE);
            // the writer has locked and written its pid once the lock file has content
            if (!refusedWhileRunning && Files.exists(lockFile) && Files.size(lockFile) > 0) {
                Path other = tmp.resolve("other.mbox");
                Files.writeString(other, Mail.mbox(Mail.message("other@example.org")));
                Run second = parley("import", "--index", index.toString(), other.toString());
                if (writer.isAlive()) {
                    assertEquals(3, second.code(), second.err());
                    assertTrue(second.err().contains("locked by another import (pid " + writer.pid() + ")"), second.err());
                    assertEquals(1, second.err().lines().count(), "one sentence, no stack trace: " + second.err());
                    refusedWhileRunning = true;
                }
            }
            if (IndexSnapshot.exists(index)) {
                try (IndexSnapshot s = IndexSnapshot.open(index)) {
                    CheckReport r = IndexCheck.invariants(s.reader());
                    assertEquals(0, r.problemCount(), r.problems().toString());
                    assertTrue(r.messages() >= last, "views move forward");
                    last = r.messages();
                    views++;
                }
            }
            Thread.sleep(150);
        }
        assertEquals(0, writer.waitFor(), Files.readString(tmp.resolve("writer.log")));
        assertTrue(refusedWhileRunning, "the second writer ran while the first was importing");
        assertTrue(views >= 2, "several consistent views while importing: " + views);
        Run stats = parley("stats", "--json", "--index", index.toString());
        assertTrue(stats.out().contains("\"messages\":" + total), stats.out());
    }

    @Test
    void aStaleLockFromADeadProcessIsReportedAndCleared() throws Exception {
        Process dead = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version").start();
        dead.waitFor(30, TimeUnit.SECONDS);
        Path index = tmp.resolve("stale");
        Files.createDirectories(index);
        Files.writeString(index.resolve(IndexLock.FILE), dead.pid() + "\n");
        Path mbox = tmp.resolve("one.mbox");
        Files.writeString(mbox, Mail.mbox(Mail.message("one@example.org")));
        Run run = parley("import", "--index", index.toString(), mbox.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("stale lock left by pid " + dead.pid()) && run.err().contains("cleared"),
                "stderr: " + run.err() + " stdout: " + run.out());
    }
}
