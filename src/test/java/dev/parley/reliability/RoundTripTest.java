package dev.parley.reliability;

import dev.parley.cli.Main;
import dev.parley.model.StoredMessage;
import dev.parley.testing.Samples;
import dev.parley.testing.SyntheticMbox;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** import -> export --all -> import again gives the same messages, byte for byte. */
class RoundTripTest {

    @TempDir
    Path tmp;

    /** Content key to raw bytes of every message. */
    static Map<String, byte[]> contents(TestArchive a) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        a.archive.forEach(true, (StoredMessage m) -> out.put(m.uid(), m.raw()));
        return out;
    }

    static void roundTrip(Path tmp, Path... input) throws IOException {
        Path first = tmp.resolve("first"), second = tmp.resolve("second"), exported = tmp.resolve("export.mbox");
        try (TestArchive a = new TestArchive(first)) {
            a.importPaths(input);
            try (OutputStream out = Files.newOutputStream(exported); PrintStream ps = new PrintStream(out, false)) {
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(new String[]{"export", "--all", "--index", first.toString()}, ps, new PrintStream(err));
                assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            }
            try (TestArchive b = new TestArchive(second)) {
                b.importPaths(exported);
                Map<String, byte[]> before = contents(a), after = contents(b);
                assertEquals(before.keySet(), after.keySet(), "same messages after the round trip");
                for (Map.Entry<String, byte[]> e : before.entrySet()) {
                    assertTrue(Arrays.equals(e.getValue(), after.get(e.getKey())), "bytes of " + e.getKey());
                }
                assertEquals(a.threads().values().stream().map(l -> String.join(",", l)).sorted().toList(),
                        b.threads().values().stream().map(l -> String.join(",", l)).sorted().toList(), "same thread partition");
            }
        }
    }

    @Test
    void samplesRoundTrip() throws IOException {
        roundTrip(tmp, Samples.SAMPLES);
    }

    @Test
    void syntheticArchiveWithFromLinesInBodiesRoundTrips() throws IOException {
        Path f = tmp.resolve("synthetic.mbox");
        SyntheticMbox.write(f, 40, 12, 7);
        roundTrip(tmp, f);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileRoundTrips() throws IOException {
        Path corpus = Samples.corpus();
        if (corpus == null) System.err.println("SKIPPED: ../shared/corpus not found; corpus round trips do not run");
        Assumptions.assumeTrue(corpus != null);
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus.resolve("lkml/threads"))) {
            // the mbox files only: a reader elsewhere may leave a short-lived dot-lock (x.mbox.lock) beside them
            s.filter(p -> p.toString().endsWith(".mbox")).sorted().forEach(inputs::add);
        }
        try (Stream<Path> s = Files.list(corpus.resolve("lkml"))) {
            s.filter(p -> p.toString().endsWith(".mbox.gz")).forEach(inputs::add);
        }
        inputs.add(corpus.resolve("edge"));
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> roundTrip(Files.createTempDirectory(tmp, "rt"), p)));
    }
}
