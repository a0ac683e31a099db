package dev.parley.ingest;

import dev.parley.mail.MailSource;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Stored messages handed to an import again, as a mail source: a reindex rebuilds an archive from them, a sync copies
 * them into another. A backend only says how to walk its messages (with their raw bytes); each goes in as it came,
 * its removed flag, which is not in its bytes, as a removal ({@link StoredMessage#importAgain}).
 *
 * @param checkpoint what resumable sources saved with the archive, carried over as this source's own checkpoint
 */
public record StoredSource(String name, Map<String, String> checkpoint, Walk walk) implements MailSource {

    /** Walks stored messages, with their raw bytes, handing each on. */
    @FunctionalInterface
    public interface Walk {
        void forEach(Each each) throws IOException, InterruptedException;
    }

    /** Takes one stored message. */
    @FunctionalInterface
    public interface Each {
        void accept(StoredMessage message) throws InterruptedException;
    }

    public StoredSource {
        checkpoint = Map.copyOf(checkpoint);
    }

    @Override
    public long size() {
        return 0;
    }

    @Override
    public void read(Sink sink) throws IOException, InterruptedException {
        try {
            walk.forEach(m -> m.importAgain(sink));
        } catch (UncheckedIOException e) { // a stored message that does not decode: the source fails as a whole
            throw e.getCause();
        }
    }
}
