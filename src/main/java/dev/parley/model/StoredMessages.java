package dev.parley.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Reads a {@link StoredMessage} back from its stored fields, the one way for every backend: each backend only says
 * how to get a field's stored values out of its own kind of document ({@link Values}).
 */
public final class StoredMessages {

    /** The stored values of one document, as a backend holds them. */
    public interface Values {
        /** Every value of a string field, in the order written (empty when it has none). */
        List<String> strings(Field f);

        /** The value of a number field, or null when it has none. */
        Number number(Field f);

        /** The stored bytes of a binary field ({@link RawCodec}'s format), or null when it has none (or were not read). */
        byte[] bytes(Field f);
    }

    private StoredMessages() {
    }

    public static StoredMessage decode(Values v) {
        Number date = v.number(Field.DATE), offset = v.number(Field.DATE_OFFSET), toneScore = v.number(Field.TONE_SCORE);
        String messageId = first(v, Field.MESSAGE_ID);
        String refs = first(v, Field.REFERENCES);
        String problems = first(v, Field.PROBLEMS);
        byte[] stored = v.bytes(Field.RAW);
        byte[] raw = null;
        if (stored != null) {
            try {
                raw = RawCodec.decode(stored, 0, stored.length);
            } catch (IOException e) {
                throw new UncheckedIOException("message <" + messageId + ">: " + e.getMessage(), e);
            }
        }
        return new StoredMessage(first(v, Field.UID), messageId, !v.strings(Field.SYNTHETIC_ID).isEmpty(),
                first(v, Field.THREAD), first(v, Field.SUBJECT), first(v, Field.FROM_NAME), first(v, Field.FROM_ADDR),
                date == null ? null : Instant.ofEpochMilli(date.longValue()), offset == null ? 0 : offset.intValue(),
                first(v, Field.DATE_SOURCE), first(v, Field.IN_REPLY_TO), refs.isEmpty() ? List.of() : List.of(refs.split(" ")),
                v.strings(Field.LIST), first(v, Field.TONE), toneScore == null ? 0 : toneScore.doubleValue(),
                v.strings(Field.ATTACHMENT_STORED), problems.isEmpty() ? List.of() : List.of(problems.split("\n")),
                first(v, Field.SOURCE), raw, !v.strings(Field.REMOVED).isEmpty(), v.strings(Field.TONE_EVIDENCE));
    }

    /** The first value of a string field, or "" when it has none. */
    private static String first(Values v, Field f) {
        List<String> all = v.strings(f);
        return all.isEmpty() ? "" : all.get(0);
    }
}
