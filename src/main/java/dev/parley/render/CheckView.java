package dev.parley.render;

import dev.parley.model.CheckReport;

import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code parley check} prints: the storage line, the counts, the problems found and the verdict. */
public final class CheckView {

    private CheckView() {
    }

    public static Map<String, Object> json(CheckReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("healthy", r.healthy());
        m.put("storage_ok", r.storageOk());
        m.put("storage", r.storageSummary());
        m.put("messages", r.messages());
        m.put("threads", r.threads());
        m.put("problem_count", r.problemCount());
        m.put("problems", r.problems());
        return m;
    }

    /** Lines ending in a newline; problems beyond those listed are counted. */
    public static String text(CheckReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("storage   %s%nmessages  %,d in %,d threads%n", r.storageSummary(), r.messages(), r.threads()));
        r.problems().forEach(p -> sb.append("problem   ").append(p).append(System.lineSeparator()));
        if (r.problemCount() > r.problems().size()) sb.append(String.format("... and %,d more%n", r.problemCount() - r.problems().size()));
        sb.append(r.healthy() ? "The index is healthy." : "The index has " + r.problemCount() + " problem(s).");
        return sb.append(System.lineSeparator()).toString();
    }
}
