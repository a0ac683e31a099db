package dev.parley.index;

import dev.parley.analysis.tone.LexiconToneScorer;
import dev.parley.analysis.tone.ToneScorer;

/**
 * How an import runs.
 *
 * @param workers parser/indexer threads
 * @param commitSeconds commit at least this often: a crash loses at most this much work, which a re-run redoes
 * @param ramBufferMb Lucene's indexing buffer
 * @param queueBytes raw bytes allowed in flight between the reader and the workers (bounds memory)
 * @param toneScorer scores each message's tone at import time
 */
public record ImportOptions(int workers, int commitSeconds, int ramBufferMb, long queueBytes, ToneScorer toneScorer) {

    public static ImportOptions defaults() {
        return new ImportOptions(Math.max(1, Integer.getInteger("parley.workers", Runtime.getRuntime().availableProcessors())), 30, 96, 48L << 20,
                new LexiconToneScorer());
    }

    public ImportOptions withCommitSeconds(int seconds) {
        return new ImportOptions(workers, seconds, ramBufferMb, queueBytes, toneScorer);
    }

    public ImportOptions withWorkers(int n) {
        return new ImportOptions(n, commitSeconds, ramBufferMb, queueBytes, toneScorer);
    }
}
