package dev.parley.mail;

import java.io.IOException;

/** Somewhere messages come from: an mbox file, a Maildir, a single message file, a public-inbox repository. */
public interface MailSource {

    /** A name for messages and errors: usually the path. */
    String name();

    /** Size in bytes on disk, for progress and ETA; 0 when unknown. */
    long size();

    /** Reads every message into the sink, in source order. */
    void read(Sink sink) throws IOException, InterruptedException;

    /** Receives what a source reads. */
    interface Sink {
        void message(RawMessage message) throws InterruptedException;

        /** A message or part of the source that could not be read; reading goes on. */
        void problem(String location, String reason);

        /** Bytes of the source consumed so far (on disk, i.e. compressed for .gz). */
        default void progress(long sourceBytes) {
        }
    }
}
