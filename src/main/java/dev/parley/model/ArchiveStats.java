package dev.parley.model;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Size and shape of an archive.
 *
 * @param participants distinct From addresses (lower case)
 * @param firstDate oldest message date, null when empty
 * @param lists List-Id to message count
 * @param indexBytes bytes on disk (or in the cluster) including the stored raw messages
 */
public record ArchiveStats(long messages, long threads, long participants, Instant firstDate, Instant lastDate,
                           Map<String, Long> lists, long indexBytes) {

    /** What a backend counts for the statistics; which fields they come from is decided once, in {@link #of}. */
    public interface Counts {
        /** Messages held (removed ones included). */
        long messages() throws IOException;

        /** Each distinct value of an indexed keyword field, once, with the number of messages that hold it. */
        void distinct(Field field, Distinct out) throws IOException;

        /** The oldest or newest message date; null when no message has one. */
        Instant edgeDate(boolean newest) throws IOException;

        /** Bytes on disk (or in the cluster). */
        long bytes() throws IOException;
    }

    /** Receives one distinct value and its message count. */
    public interface Distinct {
        void accept(String value, long messages);
    }

    /** The statistics of an archive from what its backend counts. */
    public static ArchiveStats of(Counts c) throws IOException {
        long[] threads = {0}, participants = {0};
        c.distinct(Field.THREAD, (v, n) -> threads[0]++);
        c.distinct(Field.FROM_ADDR, (v, n) -> participants[0]++);
        Map<String, Long> lists = new TreeMap<>();
        c.distinct(Field.LIST, lists::put);
        return new ArchiveStats(c.messages(), threads[0], participants[0], c.edgeDate(false), c.edgeDate(true), lists, c.bytes());
    }
}
