package dev.parley.ingest;

/**
 * How an import runs.
 *
 * @param workers parser/indexer threads
 * @param commitSeconds commit at least this often: a crash loses at most this much work, which a re-run redoes
 * @param ramBufferMb Lucene's indexing buffer
 * @param queueBytes raw bytes allowed in flight between the reader and the workers (bounds memory)
 * @param enrichment adds computed fields (the tone) to each message's document at import time
 */
public record ImportOptions(int workers, int commitSeconds, int ramBufferMb, long queueBytes, MessageEnrichment enrichment) {

    /** The defaults, without enrichment: the command line adds the one it wires in. */
    public static ImportOptions defaults() {
        return new ImportOptions(Math.max(1, Integer.getInteger("parley.workers", Runtime.getRuntime().availableProcessors())), 30, 96, 48L << 20,
                MessageEnrichment.NONE);
    }

    public ImportOptions withCommitSeconds(int seconds) {
        return new ImportOptions(workers, seconds, ramBufferMb, queueBytes, enrichment);
    }

    public ImportOptions withWorkers(int n) {
        return new ImportOptions(n, commitSeconds, ramBufferMb, queueBytes, enrichment);
    }

    public ImportOptions withEnrichment(MessageEnrichment e) {
        return new ImportOptions(workers, commitSeconds, ramBufferMb, queueBytes, e);
    }
}
