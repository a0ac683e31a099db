package dev.parley.reliability;

import dev.parley.ingest.MessageFields;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.lucene.LocalArchive;
import dev.parley.mail.MailParseException;
import dev.parley.mail.MailSources;
import dev.parley.mail.MboxWriter;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import dev.parley.testing.Samples;
import dev.parley.testing.TestImports;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutates real messages from ../shared/corpus/edge and imports each mutant between two untouched real messages:
 * the importer must neither crash nor lose the neighbours. Each run draws a fresh seed and prints it with the
 * property's report; {@code @Property(seed = "...")} replays one (src/test/resources/junit-platform.properties).
 */
class MutationPropertyTest {

    /** Real messages that import cleanly, as raw bytes; empty when the corpus is absent. */
    static final List<byte[]> POOL = loadPool();
    static final AtomicInteger TRIED = new AtomicInteger();
    static final AtomicInteger MUTANT_IMPORTED = new AtomicInteger();
    static final AtomicInteger MUTANT_REPORTED = new AtomicInteger();

    static List<byte[]> loadPool() {
        Path corpus = Samples.corpus();
        if (corpus == null) {
            System.err.println("SKIPPED: ../shared/corpus not found; the mutation property test does not run");
            return List.of();
        }
        List<byte[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            for (var source : MailSources.resolve(List.of(corpus.resolve("edge")))) {
                source.read(new dev.parley.mail.MailSource.Sink() {
                    @Override
                    public void message(RawMessage m) {
                        try {
                            ParsedMessage p = MessageParser.parse(m);
                            if (m.bytes().length < 200_000 && seen.add(p.contentKey())) out.add(m.bytes());
                        } catch (MailParseException e) {
                            // not a pool member: it does not import cleanly as it is
                        }
                    }

                    @Override
                    public void problem(String location, String reason) {
                    }
                });
            }
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    /** A way to damage a message, seeded so failures reproduce. */
    record Mutation(String kind, long seed) {
        byte[] apply(byte[] in) {
            Random r = new Random(seed);
            byte[] b = in.clone();
            int n = Math.max(1, b.length);
            switch (kind) {
                case "flip" -> { for (int i = 0; i < 1 + r.nextInt(20); i++) b[r.nextInt(n)] ^= (byte) (1 + r.nextInt(255)); }
                case "truncate" -> b = Arrays.copyOf(b, r.nextInt(n));
                case "nuls" -> b = insert(b, r.nextInt(n), new byte[1 + r.nextInt(5000)]);
                case "binary" -> { byte[] junk = new byte[1 + r.nextInt(20000)]; r.nextBytes(junk); b = insert(b, r.nextInt(n), junk); }
                case "delete" -> { int from = r.nextInt(n), len = r.nextInt(n - from + 1); b = cat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, Math.min(b.length, from + len), b.length)); }
                case "longline" -> b = insert(b, r.nextInt(n), "x".repeat(200_000 + r.nextInt(800_000)).getBytes());
                case "noseparator" -> b = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).replaceFirst("\r?\n\r?\n", "\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                case "headerflood" -> b = cat("X-Flood: y\n".repeat(1 + r.nextInt(20000)).getBytes(), b);
                case "crlines" -> b = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).replace('\n', '\r')
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                case "badmime" -> b = cat(("Content-Type: multipart/mixed; boundary=\"" + "=".repeat(r.nextInt(100))
                        + "\"\nContent-Transfer-Encoding: base64\nMIME-Version: 1.0\n").getBytes(), b);
                case "fromline" -> b = insert(b, r.nextInt(n), "\n\nFrom evil@example.org Mon Jan  1 00:00:00 2001\n".getBytes());
                default -> throw new IllegalArgumentException(kind);
            }
            return b;
        }

        private static byte[] insert(byte[] b, int at, byte[] what) {
            return cat(cat(Arrays.copyOf(b, at), what), Arrays.copyOfRange(b, at, b.length));
        }

        private static byte[] cat(byte[] a, byte[] c) {
            byte[] out = Arrays.copyOf(a, a.length + c.length);
            System.arraycopy(c, 0, out, a.length, c.length);
            return out;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of("flip", "truncate", "nuls", "binary", "delete", "longline", "noseparator",
                "headerflood", "crlines", "badmime", "fromline"), Arbitraries.longs()).as(Mutation::new);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, Math.max(0, POOL.size() - 1));
    }

    @Property(tries = 120)
    @AddLifecycleHook(SkipWithoutCorpus.class)
    void neighboursOfAMutantAlwaysArrive(@ForAll("picks") int first, @ForAll("picks") int middle, @ForAll("picks") int last,
                                         @ForAll("mutations") Mutation mutation) throws Exception {
        Assume.that(POOL.size() >= 3);
        byte[] m1 = POOL.get(first), m3 = POOL.get(last);
        // a mutant of a neighbour may keep its content hash (a change outside the hashed headers and body) and be
        // stored in its place, the neighbour then being its duplicate: the neighbours must be other messages
        Assume.that(first != last && middle != first && middle != last);
        byte[] mutant = mutation.apply(POOL.get(middle));
        Path dir = Files.createTempDirectory("parley-mutation");
        try {
            Path mbox = dir.resolve("mutant.mbox");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MboxWriter w = new MboxWriter(out);
            w.write("a@example.org", Instant.EPOCH, m1);
            if (mutation.kind().equals("fromline")) {
                // written without escaping, as a careless mboxo writer would: it may split the mutant, never a neighbour
                out.write("From b@example.org Thu Jan  1 00:00:00 1970\n".getBytes());
                out.write(mutant);
                out.write("\n\n".getBytes());
            } else {
                w.write("b@example.org", Instant.EPOCH, mutant);
            }
            w.write("c@example.org", Instant.EPOCH, m3);
            Files.write(mbox, out.toByteArray());
            ImportSummary s;
            List<String> problems = new ArrayList<>();
            try (LocalArchive archive = new LocalArchive(dir.resolve("index"))) {
                ImportListener l = (loc, id, reason, skipped) -> problems.add(loc + ": " + reason);
                s = archive.importMail(MailSources.resolve(List.of(mbox)), TestImports.options(), l);
            }
            TRIED.incrementAndGet();
            if (s.imported() + s.duplicates() >= 3) MUTANT_IMPORTED.incrementAndGet();
            else MUTANT_REPORTED.incrementAndGet();
            try (IndexSnapshot snap = IndexSnapshot.open(dir.resolve("index"))) {
                assertArrayEquals(m1, findRaw(snap, m1), "first neighbour intact; problems: " + problems);
                assertArrayEquals(m3, findRaw(snap, m3), "last neighbour intact; problems: " + problems);
            }
            assertTrue(s.errors() + s.imported() + s.duplicates() >= 3 || s.messagesRead() >= 3,
                    "every message is accounted for: " + s);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static byte[] findRaw(IndexSnapshot snap, byte[] raw) throws Exception {
        ParsedMessage p = MessageParser.parse(new RawMessage(raw, "pool", -1, null));
        for (StoredMessage m : snap.byMessageId(p.messageId(), true)) {
            if (m.uid().equals(MessageFields.uid(p))) return m.raw();
        }
        return null;
    }

    /** Without the corpus there are no real messages to mutate: the property is skipped, saying so. */
    public static final class SkipWithoutCorpus implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return POOL.size() < 3 ? SkipResult.skip("../shared/corpus is absent") : SkipResult.doNotSkip();
        }
    }

    @AfterContainer
    static void report() {
        if (TRIED.get() > 0) {
            System.out.printf("mutation property: %d mutated inputs imported between real neighbours (mutant kept in %d, "
                    + "reported/split in %d), pool of %d real messages%n", TRIED.get(), MUTANT_IMPORTED.get(),
                    MUTANT_REPORTED.get(), POOL.size());
        }
    }
}
