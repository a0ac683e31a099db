package dev.parley.model;

import java.util.List;

/**
 * What {@code parley check} found.
 *
 * @param storageOk Lucene's own CheckIndex found no corruption
 * @param storageSummary one line from CheckIndex (segments, documents)
 * @param messages messages checked
 * @param threads distinct thread ids
 * @param problems Parley's invariants that do not hold, one plain sentence each (capped; see {@code problemCount})
 * @param problemCount how many problems there were in all
 */
public record CheckReport(boolean storageOk, String storageSummary, long messages, long threads, List<String> problems,
                          long problemCount) {

    public boolean healthy() {
        return storageOk && problemCount == 0;
    }
}
