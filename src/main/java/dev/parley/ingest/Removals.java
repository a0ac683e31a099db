package dev.parley.ingest;

import dev.parley.mail.MailParseException;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.model.Field;
import dev.parley.model.ImportListener;

import java.io.IOException;
import java.util.List;

/**
 * Flags messages their source has removed (see {@link Field#REMOVED}). A removal names the message by its bytes,
 * so it finds the document by content key: the same key the import dedupes on.
 */
public final class Removals {

    /** What flagging one removed message came to. */
    public enum Outcome {
        FLAGGED,
        /** Flagged by an earlier import: nothing to do. */
        ALREADY_FLAGGED,
        /** The archive does not hold the message. */
        NOT_HELD
    }

    /** An archive's side of it: finds the message by its content key and flags it. */
    public interface Flagger {
        Outcome flag(String uid, RawMessage raw) throws IOException;
    }

    private Removals() {
    }

    /**
     * Flags each removed message, reporting the ones that cannot be read or that the archive does not hold (every
     * backend reports them alike); returns how many were flagged.
     */
    public static int apply(List<RawMessage> removals, ImportListener listener, Flagger flagger) throws IOException {
        int flagged = 0;
        for (RawMessage raw : removals) {
            ParsedMessage p;
            try {
                p = MessageParser.parse(raw);
            } catch (MailParseException e) {
                listener.problem(raw.location(), null, "the archive removed a message that cannot be read: "
                        + e.getMessage(), false);
                continue;
            }
            switch (flagger.flag(MessageFields.uid(p), raw)) {
                case FLAGGED -> flagged++;
                case ALREADY_FLAGGED -> {
                }
                case NOT_HELD -> listener.problem(raw.location(), p.messageId(), "the archive removed this message, but the "
                        + "index does not hold it (it was never imported here)", false);
            }
        }
        return flagged;
    }
}
