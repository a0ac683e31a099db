package dev.parley.archive;

import dev.parley.testing.ArchiveUnderTest;
import dev.parley.testing.TestCluster;

import java.nio.file.Path;

/**
 * The archive contract on the cluster backend, on the OpenSearch node the build unpacks
 * ({@link dev.parley.testing.OpenSearchNode}), two shards so that routing by thread is exercised.
 */
class ClusterArchiveTest extends ArchiveContract {

    @Override
    protected ArchiveUnderTest newArchive(Path dir, String name) {
        return new TestCluster(name, 2);
    }
}
