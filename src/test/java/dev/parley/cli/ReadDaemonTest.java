package dev.parley.cli;

import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's read daemon answers exactly as a process of its own would, to its token's holder only, and stops. */
class ReadDaemonTest {

    static final String ROOT = "20180604081233.21877-1-grant@kernel.example";

    @TempDir
    static Path shared;
    static Path index;

    @TempDir
    Path tmp;
    Thread daemon;

    @BeforeAll
    static void importSamples() throws IOException {
        index = shared.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.WAVEFS, Samples.ODD);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (daemon != null && daemon.isAlive()) {
            Files.deleteIfExists(tmp.resolve("info")); // a daemon whose info file is gone stops at its next check
            daemon.join(10_000);
        }
    }

    record Answer(int code, String err, byte[] out) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersAsTheCommandRunInAProcessOfItsOwn() throws Exception {
        // warmed up first with the command that started it, here one that fails: it serves all the same
        Path info = start(Duration.ofSeconds(3), null, withIndex(new String[]{"search", "s:(unbalanced"}));
        for (String[] c : List.of(new String[]{"search", "--json", "wavefs"}, new String[]{"search", "--threads", "s:wavefs"},
                new String[]{"show", ROOT}, new String[]{"show", "--raw", ROOT}, new String[]{"thread", "--json", ROOT},
                new String[]{"search", "s:(unbalanced"}, new String[]{"show", "nobody@example.org"}, new String[]{"search", "--help"})) {
            List<String> args = withIndex(c);
            Answer a = ask(info, token(info), false, args);
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String what = String.join(" ", c);
            assertEquals(code, a.code(), what);
            assertEquals(err.toString(StandardCharsets.UTF_8), a.err(), what);
            assertArrayEquals(out.toByteArray(), a.out(), what);
        }
        assertEquals(2, ask(info, token(info), false, withIndex(new String[]{"search", "s:(unbalanced"})).code());
        assertEquals(1, ask(info, token(info), false, withIndex(new String[]{"show", "nobody@example.org"})).code());
    }

    @Test
    void runsReadCommandsOnly() throws Exception {
        Path info = start(Duration.ofSeconds(3), null);
        Path other = tmp.resolve("other-index");
        Answer a = ask(info, token(info), false, List.of("import", "--index", other.toString(), Samples.WAVEFS.toString()));
        assertEquals(2, a.code());
        assertEquals("parley: the read daemon runs search, show, thread only\n", a.err());
        assertFalse(Files.exists(other), "nothing imported");
    }

    @Test
    void colourIsWhatTheClientSays() throws Exception {
        Path info = start(Duration.ofSeconds(3), null);
        List<String> args = withIndex(new String[]{"search", "wavefs"});
        assertTrue(ask(info, token(info), true, args).text().contains("\u001b["), "colour for a terminal");
        assertFalse(ask(info, token(info), false, args).text().contains("\u001b["), "none otherwise");
        assertEquals(null, Streams.colour(), "the daemon leaves the process's own setting alone");
    }

    @Test
    void aRequestWithoutTheTokenGetsNothing() throws Exception {
        Path info = start(Duration.ofSeconds(3), null);
        if (Files.getFileAttributeView(info, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(info)));
        }
        Answer refused = ask(info, "0".repeat(32), false, withIndex(new String[]{"show", ROOT}));
        assertEquals(-1, refused.code(), "no answer at all");
        assertEquals(0, ask(info, token(info), false, withIndex(new String[]{"show", ROOT})).code(), "still serving");
    }

    @Test
    void saysNothingBeforeTheClientShowsTheTokenAndWaitsForNoSlowClient() throws Exception {
        Path info = start(Duration.ofSeconds(3), null);
        int port = Integer.parseInt(Files.readString(info).strip().split(" ")[0]);
        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), port);
             Socket guessing = new Socket(InetAddress.getLoopbackAddress(), port)) {
            send(guessing.getOutputStream(), List.of("0".repeat(32)));
            assertEquals(null, line(guessing.getInputStream()), "a wrong token learns nothing, not even the daemon's");
            // a client that connects and sends nothing holds up no other
            assertEquals(0, ask(info, token(info), false, withIndex(new String[]{"show", ROOT})).code());
        }
    }

    @Test
    void stopsWhenIdle() throws Exception {
        start(Duration.ofMillis(300), null);
        daemon.join(5_000);
        assertFalse(daemon.isAlive());
        assertFalse(Files.exists(tmp.resolve("info")), "its info file is removed");
    }

    @Test
    void stopsWhenAnotherDaemonTakesItsPlace() throws Exception {
        Path info = start(Duration.ofSeconds(2), null); // checks every second
        Files.writeString(info, "1 other another\n");
        daemon.join(5_000);
        assertFalse(daemon.isAlive());
        assertEquals("1 other another\n", Files.readString(info), "the other daemon's file is left alone");
    }

    @Test
    void stopsWhenItsJarChanges() throws Exception {
        Path jar = Files.writeString(tmp.resolve("parley.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        start(Duration.ofSeconds(2), jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        daemon.join(5_000);
        assertFalse(daemon.isAlive());
    }

    private Path start(Duration idle, Path jar) throws Exception {
        return start(idle, jar, List.of());
    }

    private Path start(Duration idle, Path jar, List<String> warmUp) throws Exception {
        Path info = tmp.resolve("info");
        daemon = new Thread(() -> {
            try {
                new ReadDaemon(info, jar, idle).serve(warmUp);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        daemon.start();
        for (int i = 0; i < 500 && !Files.exists(info); i++) TimeUnit.MILLISECONDS.sleep(10);
        assertTrue(Files.exists(info), "the daemon wrote its info file");
        return info;
    }

    private static List<String> withIndex(String[] command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--index", index.toString()));
        return args;
    }

    private static String token(Path info) throws IOException {
        return Files.readString(info).strip().split(" ")[1];
    }

    private static String daemonToken(Path info) throws IOException {
        return Files.readString(info).strip().split(" ")[2];
    }

    /** The launcher's side of the protocol; code -1 when the daemon closed without answering. */
    private static Answer ask(Path info, String token, boolean colour, List<String> args) throws IOException {
        int port = Integer.parseInt(Files.readString(info).strip().split(" ")[0]);
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream o = s.getOutputStream();
            InputStream in = s.getInputStream();
            send(o, List.of(token));
            String proof = line(in);
            if (proof == null) return new Answer(-1, "", new byte[0]);
            assertEquals(daemonToken(info), proof, "the daemon proves it read the info file");
            List<String> fields = new ArrayList<>(List.of(ReadDaemon.PROTOCOL, colour ? "1" : "0", Integer.toString(args.size())));
            fields.addAll(args);
            send(o, fields);
            byte[] all = in.readAllBytes();
            if (all.length == 0) return new Answer(-1, "", all);
            int nl = indexOf(all, 0);
            String[] head = new String(all, 0, nl, StandardCharsets.US_ASCII).split(" ");
            int errEnd = nl + 1;
            for (int lines = Integer.parseInt(head[1]); lines > 0; lines--) errEnd = indexOf(all, errEnd) + 1;
            String err = new String(all, nl + 1, errEnd - nl - 1, StandardCharsets.UTF_8);
            byte[] out = java.util.Arrays.copyOfRange(all, errEnd, all.length);
            return new Answer(Integer.parseInt(head[0]), err, out);
        }
    }

    private static void send(OutputStream o, List<String> fields) throws IOException {
        for (String f : fields) {
            o.write(f.getBytes(StandardCharsets.UTF_8));
            o.write(0);
        }
        o.flush();
    }

    /** One line, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) return null;
            b.write(c);
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    /** The next newline at or after {@code from}. */
    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == '\n') return i;
        return -1;
    }
}
