package dev.parley.cli;

import dev.parley.analysis.digest.ThreadReading;
import dev.parley.archive.Archive;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.List;

/** Finds the thread of a Message-ID and reads it for quotes and digests (shared by those commands). */
final class ThreadLoader {

    private ThreadLoader() {
    }

    /** The thread of any of its messages, read; exit 1 when the Message-ID is unknown. */
    static ThreadReading read(ArchiveOptions archive, MailmapOption mailmap, String messageId) throws IOException {
        try (Archive a = archive.open()) {
            List<StoredMessage> found = MessageIds.find(a, messageId, false);
            return ThreadReading.read(a.thread(found.get(0).threadId(), true), mailmap.load(archive.indexDir()))
                    .withLaterVersions(a);
        }
    }
}
