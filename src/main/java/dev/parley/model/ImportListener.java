package dev.parley.model;

/** Hears about an import while it runs. Called from several threads. */
public interface ImportListener {

    /**
     * A message (or part of a source) had a problem.
     *
     * @param location file and byte offset (or path)
     * @param messageId the Message-ID when known, else null
     * @param reason one plain sentence
     * @param skipped true when the message was not imported, false when it was imported anyway
     */
    void problem(String location, String messageId, String reason, boolean skipped);

    /** Progress: messages read so far, source bytes consumed, total source bytes (0 if unknown). */
    default void progress(long messages, long sourceBytes, long totalBytes) {
    }

    ImportListener SILENT = (location, messageId, reason, skipped) -> { };
}
