package dev.parley.testing;

import dev.parley.archive.Archive;
import dev.parley.ingest.ImportOptions;
import dev.parley.mail.MailSources;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A throw-away archive of one backend, for the tests every backend runs ({@code ArchiveContract}). */
public interface ArchiveUnderTest extends AutoCloseable {

    Archive archive();

    /** What the imports reported, one line each. */
    List<String> problems();

    /** Notes each problem an import reports in {@link #problems()}. */
    default ImportListener listener() {
        return (location, id, reason, skipped) -> {
            synchronized (problems()) {
                problems().add((skipped ? "error " : "warning ") + location + " " + id + ": " + reason);
            }
        };
    }

    /** Imports the files as {@code parley import} does (tone scored), noting problems in {@link #problems()}. */
    default ImportSummary importPaths(Path... paths) {
        return importPaths(TestImports.options(), paths);
    }

    default ImportSummary importPaths(ImportOptions options, Path... paths) {
        try {
            return archive().importMail(MailSources.resolve(List.of(paths)), options, listener());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes the mbox text to a file of that name in {@code dir} and imports it. */
    default ImportSummary importMbox(Path dir, String name, String mbox) {
        try {
            Path f = dir.resolve(name);
            Files.writeString(f, mbox, StandardCharsets.UTF_8);
            return importPaths(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one stored message with this Message-ID. */
    default StoredMessage one(String messageId) {
        try {
            List<StoredMessage> found = archive().messages(messageId, true);
            if (found.size() != 1) throw new AssertionError(found.size() + " messages with id " + messageId);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    default String threadOf(String messageId) {
        return one(messageId).threadId();
    }

    @Override
    void close() throws IOException;
}
