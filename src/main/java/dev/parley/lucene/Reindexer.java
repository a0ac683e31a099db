package dev.parley.lucene;

import dev.parley.ingest.ImportOptions;
import dev.parley.ingest.StoredSource;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rebuilds an index from the raw messages it stores (after a schema change), without the original mail files. The
 * new index is built beside the old one and swapped in only when complete; the old one is kept until then, so an
 * interrupted reindex loses nothing.
 */
final class Reindexer {

    private Reindexer() {
    }

    /** Where the new index is built. */
    public static Path buildDir(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".reindex");
    }

    /** Where the old index waits during the swap. */
    public static Path oldDir(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".reindex-old");
    }

    public static ImportSummary reindex(Path dir, ImportOptions options, ImportListener listener)
            throws IOException, InterruptedException {
        try (IndexLock lock = IndexLock.acquire(dir); IndexSnapshot old = IndexSnapshot.open(dir)) {
            Path build = buildDir(dir);
            deleteTree(build);
            ImportSummary summary;
            try (Importer importer = Importer.open(build, options)) {
                summary = importer.importSources(List.of(storedMessages(old)), listener);
            }
            if (summary.imported() + summary.duplicates() != old.messageCount()) {
                throw new IOException("reindex read " + old.messageCount() + " stored messages but indexed "
                        + summary.imported() + "; the old index in " + dir + " is unchanged and " + build + " is kept for inspection");
            }
            Path parked = oldDir(dir);
            deleteTree(parked);
            Files.move(dir, parked, StandardCopyOption.ATOMIC_MOVE);
            Files.move(build, dir, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(parked);
            return summary;
        }
    }

    /** The stored messages of an index, and the positions its resumable sources saved, as a mail source. */
    private static StoredSource storedMessages(IndexSnapshot snapshot) throws IOException {
        Map<String, String> positions = new HashMap<>();
        snapshot.reader().getIndexCommit().getUserData().forEach((k, v) -> {
            if (k.startsWith(Importer.CHECKPOINT_PREFIX)) positions.put(k.substring(Importer.CHECKPOINT_PREFIX.length()), v);
        });
        return new StoredSource(snapshot.path().toString(), positions, each -> {
            for (var ctx : snapshot.reader().leaves()) {
                var live = ctx.reader().getLiveDocs();
                var stored = ctx.reader().storedFields();
                for (int d = 0; d < ctx.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) each.accept(IndexSnapshot.load(stored, d, true));
                }
            }
        });
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
