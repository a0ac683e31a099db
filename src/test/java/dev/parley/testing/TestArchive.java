package dev.parley.testing;

import dev.parley.lucene.LocalArchive;
import dev.parley.model.ImportSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A throw-away local archive for tests, with helpers to import text and read threads back. */
public final class TestArchive implements ArchiveUnderTest {

    public final Path dir;
    public final LocalArchive archive;
    public final List<String> problems = new ArrayList<>();

    public TestArchive(Path dir) {
        this.dir = dir;
        this.archive = new LocalArchive(dir);
    }

    @Override
    public LocalArchive archive() {
        return archive;
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    /** Writes the mbox text to a file in the archive's parent directory and imports it. */
    public ImportSummary importMbox(String name, String mbox) {
        return importMbox(dir.getParent(), name, mbox);
    }

    /** Thread id to sorted Message-IDs, over the whole archive. */
    public Map<String, List<String>> threads() {
        Map<String, List<String>> out = new TreeMap<>();
        try {
            archive.forEach(false, m -> out.computeIfAbsent(m.threadId(), k -> new ArrayList<>()).add(m.messageId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }
}
