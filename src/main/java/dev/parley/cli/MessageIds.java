package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.model.StoredMessage;

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
}
