package dev.parley.testing;

import dev.parley.mail.MailParseException;
import dev.parley.mail.MailSource;
import dev.parley.mail.MailSources;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's own samples/ and the shared corpus, when it is there. */
public final class Samples {

    public static final Path SAMPLES = locate("samples");
    public static final Path WAVEFS = SAMPLES.resolve("staging-wavefs-removal.mbox");
    public static final Path NETDEV = SAMPLES.resolve("netdev-series.mbox");
    public static final Path ODD = SAMPLES.resolve("odd-mail.mbox");

    private Samples() {
    }

    private static Path locate(String name) {
        Path p = Path.of(name).toAbsolutePath();
        if (!Files.isDirectory(p)) throw new IllegalStateException("run the tests from the project directory: " + p);
        return p;
    }

    /** ../shared/corpus, or null when absent (corpus tests then skip). */
    public static Path corpus() {
        String prop = System.getProperty("parley.corpus");
        Path p = prop != null ? Path.of(prop) : Path.of("../shared/corpus");
        return Files.isDirectory(p) ? p.normalize() : null;
    }

    /**
     * ../shared/corpus/lkml/threads/, the corpus's whole debate threads; when it is absent, says on stderr that
     * {@code what} does not run and skips the calling test.
     */
    public static Path corpusThreads(String what) {
        Path corpus = corpus();
        Path threads = corpus == null ? null : corpus.resolve("lkml/threads");
        boolean present = threads != null && Files.isDirectory(threads);
        if (!present) System.err.println("SKIPPED: ../shared/corpus/lkml/threads not found; " + what + " does not run");
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "no corpus threads");
        return threads;
    }

    public static List<RawMessage> raw(Path file) {
        List<RawMessage> out = new ArrayList<>();
        try {
            for (MailSource s : MailSources.resolve(List.of(file))) {
                s.read(new MailSource.Sink() {
                    @Override
                    public void message(RawMessage m) {
                        out.add(m);
                    }

                    @Override
                    public void problem(String location, String reason) {
                        throw new AssertionError(location + ": " + reason);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    public static List<ParsedMessage> parsed(Path file) {
        List<ParsedMessage> out = new ArrayList<>();
        for (RawMessage r : raw(file)) {
            try {
                out.add(MessageParser.parse(r));
            } catch (MailParseException e) {
                throw new AssertionError(r.location() + ": " + e.getMessage());
            }
        }
        return out;
    }

    public static ParsedMessage byId(List<ParsedMessage> msgs, String id) {
        return msgs.stream().filter(m -> m.messageId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + id));
    }
}
