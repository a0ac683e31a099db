package dev.parley.cli;

import dev.parley.testing.Mail;
import dev.parley.testing.PublicInboxRepo;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportRemovedTest {

    @TempDir
    Path tmp;

    String export(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args, System.out, System.err));
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsLeaveOutWhatTheArchiveRemoved() throws Exception {
        Path epoch = tmp.resolve("devel.git");
        Mail spam = Mail.message("spam@example.org").replyTo("root@example.org").body("Cheap watches.\n");
        try (PublicInboxRepo r = PublicInboxRepo.create(epoch)) {
            r.add(Mail.message("root@example.org").body("The root.\n"));
            r.add(spam);
            r.add(Mail.message("r1@example.org").replyTo("root@example.org").body("A reply.\n"));
            r.remove(spam);
        }
        Path index = tmp.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            assertEquals(1, a.importPaths(epoch).removed());
            assertTrue(a.one("spam@example.org").removed(), "still retrievable by its Message-ID, flagged");
        }
        String idx = index.toString();
        for (String[] args : new String[][]{{"export", "--all", "--index", idx},
                {"export", "--thread", "root@example.org", "--index", idx}}) {
            String mbox = export(args);
            assertTrue(mbox.contains("Message-ID: <root@example.org>"), mbox);
            assertTrue(mbox.contains("Message-ID: <r1@example.org>"), mbox);
            assertFalse(mbox.contains("Message-ID: <spam@example.org>"), String.join(" ", args));
        }
    }
}
