package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.model.StoredMessage;
import dev.parley.thread.ThreadLinker;

import java.io.IOException;
import java.util.List;

/** Looks up the Message-ID people type (angle brackets optional); an unknown id is exit code 1. */
final class MessageIds {

    private MessageIds() {
    }

    /** Every stored copy of the message, or a not-found error naming the id. */
    static List<StoredMessage> find(Archive archive, String messageId, boolean withRaw) throws IOException {
        List<StoredMessage> found = archive.messages(messageId, withRaw);
        if (found.isEmpty()) throw CliException.notFound("no message with Message-ID <" + Archive.normalizeMessageId(messageId) + ">");
        return found;
    }

    /**
     * The thread of the messages that answer a message the archive lacks (a root missing from a mirror), with raw
     * bytes; a not-found error when none does. Threading names such a thread after the first id its first message
     * refers to, which for the answers to a missing root is that root.
     */
    static List<StoredMessage> answersTo(Archive archive, String messageId) throws IOException {
        List<StoredMessage> thread = archive.thread(ThreadLinker.deriveThreadId(List.of(messageId)), true);
        for (StoredMessage m : thread) {
            if (m.parsed().threadLinks().contains(messageId)) return thread;
        }
        throw CliException.notFound("no message with Message-ID <" + messageId + ">, and none that answers it");
    }
}
