package dev.parley.archive;

import dev.parley.testing.ArchiveUnderTest;
import dev.parley.testing.TestArchive;

import java.nio.file.Path;

/** The archive contract on the embedded backend: a Lucene index in a directory. */
class LocalArchiveTest extends ArchiveContract {

    @Override
    protected ArchiveUnderTest newArchive(Path dir, String name) {
        return new TestArchive(dir);
    }
}
