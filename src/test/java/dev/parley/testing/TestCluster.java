package dev.parley.testing;

import dev.parley.ingest.ImportOptions;
import dev.parley.mail.MailSources;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.opensearch.ClusterSettings;
import dev.parley.opensearch.OpenSearchArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throw-away archive on the tests' OpenSearch node ({@link OpenSearchNode#shared()}), under a name of its own so
 * test classes do not see each other's mail; {@link #close()} deletes it from the cluster.
 */
public final class TestCluster implements ArchiveUnderTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    public final OpenSearchArchive archive;
    public final ClusterSettings settings;
    public final List<String> problems = new ArrayList<>();

    public TestCluster(String name, int shards) {
        OpenSearchNode node = OpenSearchNode.shared();
        this.settings = ClusterSettings.of(node.url()).withName(name + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet())
                .withShards(shards, 0);
        try {
            this.archive = new OpenSearchArchive(settings);
            archive.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportListener listener() {
        return (location, id, reason, skipped) -> {
            synchronized (problems) {
                problems.add((skipped ? "error " : "warning ") + location + " " + id + ": " + reason);
            }
        };
    }

    @Override
    public OpenSearchArchive archive() {
        return archive;
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    @Override
    public ImportSummary importPaths(Path... paths) {
        return importPaths(TestImports.options(), paths);
    }

    public ImportSummary importPaths(ImportOptions options, Path... paths) {
        try {
            return archive.importMail(MailSources.resolve(List.of(paths)), options, listener());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            archive.deleteAll();
        } finally {
            archive.close();
        }
    }
}
