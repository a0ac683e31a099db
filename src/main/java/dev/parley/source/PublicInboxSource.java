package dev.parley.source;

import dev.parley.mail.MailSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A public-inbox archive: a v2 inbox's epochs in order, or one epoch. Resumable: its checkpoint is the last commit
 * handed over in each epoch (keyed by the epoch's real path), so an import after {@code git fetch} reads only the
 * new commits.
 */
public final class PublicInboxSource implements MailSource {

    private final Path dir;
    private final List<Epoch> epochs;
    private final Map<String, String> resumeFrom = new ConcurrentHashMap<>();
    private final Map<String, String> reached = new ConcurrentHashMap<>(); // read by the importer's commits

    /** @param epochs the epochs' git directories, in archive order */
    public PublicInboxSource(Path dir, List<Path> epochs) {
        this.dir = dir;
        this.epochs = epochs.stream().map(Epoch::new).toList();
    }

    @Override
    public String name() {
        return dir.toString();
    }

    @Override
    public long size() {
        long total = 0;
        for (Epoch e : epochs) total += e.diskSize();
        return total;
    }

    @Override
    public Map<String, String> checkpoint() {
        return Map.copyOf(reached);
    }

    @Override
    public void resume(Map<String, String> saved) {
        resumeFrom.clear();
        for (Epoch e : epochs) {
            String at = saved.get(e.key());
            if (at != null) resumeFrom.put(e.key(), at);
        }
    }

    @Override
    public void read(Sink sink) throws IOException, InterruptedException {
        long done = 0;
        for (Epoch e : epochs) {
            String key = e.key();
            long size = e.diskSize();
            try {
                e.read(sink, resumeFrom.get(key), commit -> reached.put(key, commit), size, done);
            } catch (IOException ex) {
                // one unreadable epoch must not hide the others
                sink.problem(e.name(), "unreadable git repository: " + (ex.getMessage() == null ? ex : ex.getMessage()));
            }
            done += size;
        }
    }
}
