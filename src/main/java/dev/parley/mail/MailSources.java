package dev.parley.mail;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns paths given on the command line into {@link MailSource}s: mbox files (plain or gzip), Maildirs, directories
 * of either, and single message files. Other kinds of source (public-inbox) register a {@link Detector}, or are
 * found as services ({@code META-INF/services/dev.parley.mail.MailSources$Detector}) so that this package needs
 * not know them.
 */
public final class MailSources {

    /** Recognises a directory as a special kind of source (checked before the generic directory walk). */
    public interface Detector {
        MailSource detect(Path dir) throws IOException;
    }

    private static final List<Detector> DETECTORS = new ArrayList<>();
    private static List<Detector> services; // loaded on first use

    private MailSources() {
    }

    public static synchronized void register(Detector d) {
        DETECTORS.add(d);
    }

    /** Resolves paths to sources; a missing or unreadable path is an IOException naming it. */
    public static List<MailSource> resolve(List<Path> paths) throws IOException {
        List<MailSource> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new NoSuchFileException(p.toString(), null, "no such file or directory");
            if (!Files.isReadable(p)) throw new IOException(p + ": permission denied");
            addPath(p, out, true);
        }
        return out;
    }

    /** @param explicit named on the command line (not found by walking a directory) */
    private static void addPath(Path p, List<MailSource> out, boolean explicit) throws IOException {
        if (Files.isDirectory(p)) {
            for (Detector d : detectors()) {
                MailSource s = d.detect(p);
                if (s != null) { out.add(s); return; }
            }
            boolean maildir = Files.isDirectory(p.resolve("cur")) || Files.isDirectory(p.resolve("new"));
            if (maildir) out.add(new MaildirSource(p));
            List<Path> children;
            try (Stream<Path> s = Files.list(p)) {
                // a Maildir's cur/ and new/ are read above and its tmp/ holds mail still being delivered;
                // anything else beside them is walked like any directory
                children = s.filter(c -> !c.getFileName().toString().startsWith("."))
                        .filter(c -> !maildir || !Set.of("cur", "new", "tmp").contains(c.getFileName().toString()))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path c : children) {
                String name = c.getFileName().toString();
                if (Files.isRegularFile(c) && (name.startsWith("README") || name.endsWith(".md"))) continue;
                addPath(c, out, false);
            }
        } else if (Files.isRegularFile(p)) {
            out.add(new FileSource(p, p.toString(), explicit));
        }
    }

    /**
     * An mbox file (plain or gzip) or single message file read under another name than its path: a download kept
     * in a temporary file is named by where it came from, so messages and errors name that.
     */
    public static MailSource file(Path path, String name) {
        return new FileSource(path, name, true);
    }

    private static synchronized List<Detector> detectors() {
        if (services == null) {
            services = new ArrayList<>();
            ServiceLoader.load(Detector.class, MailSources.class.getClassLoader()).forEach(services::add);
        }
        List<Detector> all = new ArrayList<>(DETECTORS);
        all.addAll(services);
        return all;
    }

    /**
     * Every stored message ends with a newline: an mbox cannot hold one that does not, and export then gives back
     * exactly the stored bytes.
     */
    static byte[] withFinalNewline(byte[] b) {
        if (b.length == 0 || b[b.length - 1] == '\n') return b;
        byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
        out[b.length] = '\n';
        return out;
    }

    /** Opens a file, transparently gunzipping, and counting bytes read from disk. */
    static InputStream open(Path p, CountingStream[] counter, String[] damage) throws IOException {
        CountingStream raw = new CountingStream(Files.newInputStream(p));
        counter[0] = raw;
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(2);
        int m1 = b.read(), m2 = b.read();
        b.reset();
        if (m1 == 0x1f && m2 == 0x8b) return new EndTolerantStream(new GZIPInputStream(b, 1 << 16), damage);
        return b;
    }

    /**
     * Turns the end of a truncated or damaged gzip stream into a plain end of stream, noting why, so everything
     * before the damage is still read.
     */
    static final class EndTolerantStream extends FilterInputStream {
        private final String[] damage;

        EndTolerantStream(InputStream in, String[] damage) {
            super(in);
            this.damage = damage;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (damage[0] != null) return -1;
            try {
                return super.read(b, off, len);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                damage[0] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return -1;
            }
        }
    }

    /** Counts bytes read through it. */
    static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int r = super.read();
            if (r >= 0) count++;
            return r;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) count += r;
            return r;
        }

        @Override
        public long skip(long n) throws IOException {
            long r = super.skip(n);
            count += r;
            return r;
        }
    }

    /** An mbox file, or a single message file when it does not start with a From line. */
    static final class FileSource implements MailSource {
        private final Path path;
        private final String name;
        private final boolean explicit;

        FileSource(Path path, String name, boolean explicit) {
            this.path = path;
            this.name = name;
            this.explicit = explicit;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        public void read(Sink sink) throws IOException, InterruptedException {
            CountingStream[] counter = new CountingStream[1];
            String[] damage = new String[1];
            try (InputStream in = open(path, counter, damage)) {
                BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
                b.mark(4096);
                byte[] head = b.readNBytes(4096);
                b.reset();
                if (!MboxReader.looksLikeMbox(head, head.length)) {
                    if (!RawHeaders.startsWithHeader(head, head.length)) {
                        // a file that came with a directory is skipped quietly unless it was named on purpose
                        sink.problem(name(), explicit ? "not a mail file: it starts with neither a 'From ' line nor a header"
                                : "ignored: not a mail file");
                        return;
                    }
                    if (size() > MboxReader.MAX_MESSAGE_BYTES) {
                        sink.problem(name(), "message file larger than " + (MboxReader.MAX_MESSAGE_BYTES >> 20) + " MB skipped");
                        return;
                    }
                    sink.message(new RawMessage(withFinalNewline(b.readAllBytes()), name(), -1, null));
                    sink.progress(counter[0].count);
                    if (damage[0] != null) sink.problem(name(), "file ends early (" + damage[0] + "): the message may be incomplete");
                    return;
                }
                try (MboxReader r = new MboxReader(b, name())) {
                    RawMessage m;
                    int n = 0;
                    while (true) {
                        m = r.next();
                        for (String[] p : r.takeProblems()) sink.problem(p[0], p[1]);
                        if (m == null) break;
                        sink.message(m);
                        if ((++n & 63) == 0) sink.progress(counter[0].count);
                    }
                    if (damage[0] != null) {
                        sink.problem(name() + " at byte " + r.position() + " (uncompressed)", "file ends early ("
                                + damage[0] + "): everything before was read; the last message may be incomplete");
                    }
                }
                sink.progress(counter[0].count);
            }
        }
    }

    /** A Maildir: every file in cur/ and new/ is one message. */
    static final class MaildirSource implements MailSource {
        private final Path dir;

        MaildirSource(Path dir) {
            this.dir = dir;
        }

        @Override
        public String name() {
            return dir.toString();
        }

        @Override
        public long size() {
            long total = 0;
            for (Path f : files()) {
                try {
                    total += Files.size(f);
                } catch (IOException ignored) {
                    // counted as 0: size is only used for progress
                }
            }
            return total;
        }

        private List<Path> files() {
            List<Path> out = new ArrayList<>();
            for (String sub : new String[]{"cur", "new"}) {
                Path d = dir.resolve(sub);
                if (!Files.isDirectory(d)) continue;
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString)).forEach(out::add);
                } catch (IOException e) {
                    // an unlistable subfolder is reported by read()
                }
            }
            return out;
        }

        @Override
        public void read(Sink sink) throws InterruptedException {
            long done = 0;
            for (Path f : files()) {
                try {
                    byte[] bytes = Files.readAllBytes(f);
                    done += bytes.length;
                    sink.message(new RawMessage(withFinalNewline(bytes), f.toString(), -1, null));
                    sink.progress(done);
                } catch (IOException e) {
                    sink.problem(f.toString(), "unreadable: " + e.getMessage());
                }
            }
        }
    }
}
