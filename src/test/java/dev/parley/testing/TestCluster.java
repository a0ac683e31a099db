package dev.parley.testing;

import dev.parley.opensearch.ClusterSettings;
import dev.parley.opensearch.OpenSearchArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    @Override
    public OpenSearchArchive archive() {
        return archive;
    }

    @Override
    public List<String> problems() {
        return problems;
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
