package dev.parley.ingest;

import dev.parley.mail.MailSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where resumable sources (public-inbox epochs) stopped reading: the positions saved with the last commit, handed to
 * each source as its reading starts, and gathered again from the sources read in this import at each commit.
 */
public final class SourceCheckpoints {

    private final Map<String, String> positions = new TreeMap<>(); // every source's, as of the last commit
    private final List<MailSource> started = new ArrayList<>();    // sources whose reading began in this import

    /** @param saved the positions saved with the last commit (empty for a new archive) */
    public SourceCheckpoints(Map<String, String> saved) {
        positions.putAll(saved);
    }

    /** Tells a source where it stopped before; called as its reading starts. */
    public void start(MailSource source) {
        source.resume(Map.copyOf(positions));
        started.add(source);
    }

    /** Every source's position now, in key order, to save with a commit. */
    public Map<String, String> current() {
        for (MailSource s : started) positions.putAll(s.checkpoint());
        return Collections.unmodifiableMap(positions);
    }
}
