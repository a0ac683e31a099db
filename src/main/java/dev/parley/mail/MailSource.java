package dev.parley.mail;

import java.io.IOException;
import java.util.Map;

/** Somewhere messages come from: an mbox file, a Maildir, a single message file, a public-inbox repository. */
public interface MailSource {

    /** A name for messages and errors: usually the path. */
    String name();

    /** Size in bytes on disk, for progress and ETA; 0 when unknown. */
    long size();

    /** Reads every message into the sink, in source order. */
    void read(Sink sink) throws IOException, InterruptedException;

    /**
     * Where reading has got to, for sources that can resume (a git mirror): key to position, saved with each index
     * commit. It must cover only messages already handed to the sink, so what a commit records was all indexed by it.
     * Empty (the default) for sources that are read whole every time.
     */
    default Map<String, String> checkpoint() {
        return Map.of();
    }

    /**
     * Called before {@link #read} with every position saved by earlier imports into the same index (all sources'
     * keys): a resumable source reads only what came after its own.
     */
    default void resume(Map<String, String> saved) {
    }

    /** Receives what a source reads. */
    interface Sink {
        void message(RawMessage message) throws InterruptedException;

        /** A message or part of the source that could not be read; reading goes on. */
        void problem(String location, String reason);

        /** Bytes of the source consumed so far (on disk, i.e. compressed for .gz). */
        default void progress(long sourceBytes) {
        }

        /**
         * The source records that this message (handed over earlier, in this or a past import) was removed from it.
         * A sink that keeps no archive ignores it.
         */
        default void removed(RawMessage message) throws InterruptedException {
        }
    }
}
