package dev.parley.web;

import dev.parley.lucene.LocalArchive;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's view of the archive is reopened when an import has committed, and only then (its caches survive). */
class SharedArchiveTest {

    @Test
    void aViewIsReopenedOnlyWhenACommitCameSinceItWasOpened(@TempDir Path dir) throws IOException, InterruptedException {
        Path index = dir.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.WAVEFS);
        }
        AtomicInteger opens = new AtomicInteger();
        try (SharedArchive shared = new SharedArchive(() -> {
            opens.incrementAndGet();
            return new LocalArchive(index);
        }, 1)) {
            long before;
            try (SharedArchive.Lease l = shared.lease()) {
                before = l.archive().stats().messages();
                assertEquals(1, l.generation());
            }
            for (int i = 0; i < 3; i++) {
                Thread.sleep(5); // past the interval: the view is asked, and is still current
                try (SharedArchive.Lease l = shared.lease()) {
                    assertEquals(1, l.generation(), "nothing was committed, so the view (and what is kept per view) stays");
                }
            }
            assertEquals(1, opens.get());

            try (TestArchive writer = new TestArchive(index)) {
                writer.importPaths(Samples.NETDEV);
            }
            Thread.sleep(5);
            try (SharedArchive.Lease l = shared.lease()) {
                assertEquals(2, l.generation(), "a commit came: the next request reads a fresh view");
                assertTrue(l.archive().stats().messages() > before, "and sees the new mail");
            }
            assertEquals(2, opens.get());
        }
    }
}
