package dev.parley.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A warm JVM that runs the launcher's search, show and thread commands, so that only the first of them pays for
 * starting Java (a whole cold process is ~150-180 ms, most of it start-up; answered here, ~15 ms): the approach of
 * public-inbox's {@code lei} and its daemon. The launcher starts one when a read command finds none, and it stops
 * after {@link #IDLE} without a request, when the jar it was started from changes, or when another daemon has
 * taken its place in the info file.
 *
 * <p>It listens on the loopback interface only and writes "PORT TOKEN" to its info file, readable by its user
 * alone; a request that does not begin with the token is dropped unanswered. A request is NUL-terminated fields:
 * token, protocol version, colour (1 or 0: the client's stdout is a terminal and NO_COLOR is unset), the number of
 * arguments, the arguments (the launcher makes {@code --index} absolute, so the daemon's own working directory and
 * environment never matter). The answer is one line "EXIT_CODE STDERR_LINES", that many lines of standard error
 * (a shell reads lines without reading past them), then the standard output until the connection closes. Commands
 * run one at a time, each on the index as last committed.
 */
final class ReadDaemon {

    static final Duration IDLE = Duration.ofMinutes(15);
    /** What it runs: commands that only read. Anything else (an import, a fetch) belongs in a process of its own. */
    static final List<String> COMMANDS = List.of("search", "show", "thread");
    static final String PROTOCOL = "1";
    /** How often, at most, an idle daemon checks whether it should stop. */
    private static final long CHECK_MILLIS = 5_000;
    private static final int REQUEST_LIMIT = 1 << 20;
    private static final int WARM_UP_RUNS = 8;

    private final Path info;
    private final Path jar;
    private final Duration idle;

    /**
     * @param info where to write "PORT TOKEN"
     * @param jar  the jar this daemon runs from (null: do not watch one); a change of its modification time stops it
     */
    ReadDaemon(Path info, Path jar, Duration idle) {
        this.info = info.toAbsolutePath();
        this.jar = jar;
        this.idle = idle;
    }

    /**
     * Serves until a reason to stop; removes its info file if it still names this daemon. First it runs the command
     * that made the launcher start it a few times, quietly: a JVM's first run of a search is as slow as a whole cold
     * process (its code is not compiled yet), and until the info file is written clients run their own.
     */
    void serve(List<String> warmUp) throws IOException {
        FileTime jarTime = jar == null ? null : Files.getLastModifiedTime(jar);
        if (!warmUp.isEmpty() && COMMANDS.contains(warmUp.get(0))) {
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
            for (int i = 0; i < WARM_UP_RUNS; i++) Main.run(warmUp.toArray(String[]::new), sink, sink);
        }
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            String line = server.getLocalPort() + " " + token + "\n";
            writeInfo(line);
            Files.deleteIfExists(starting(info)); // the launcher may start another from now on if this one stops
            server.setSoTimeout((int) Math.max(1, Math.min(CHECK_MILLIS, idle.toMillis() / 2)));
            long lastRequest = System.nanoTime();
            try {
                while (true) {
                    try (Socket client = server.accept()) {
                        client.setSoTimeout(10_000); // a client that stops sending mid-request
                        answer(client, token);
                        lastRequest = System.nanoTime();
                    } catch (SocketTimeoutException idleOrSlowClient) {
                        // fall through to the checks
                    } catch (IOException clientWentAway) {
                        // nothing to answer; the next client is served
                    }
                    if (Duration.ofNanos(System.nanoTime() - lastRequest).compareTo(idle) > 0) return;
                    if (!line.equals(readInfo())) return; // replaced by another daemon, or removed
                    if (jarTime != null && !jarTime.equals(lastModified(jar))) return;
                }
            } finally {
                if (line.equals(readInfo())) Files.deleteIfExists(info);
            }
        }
    }

    private void answer(Socket client, String token) throws IOException {
        InputStream in = new BufferedInputStream(client.getInputStream());
        int[] budget = {REQUEST_LIMIT};
        byte[] given = field(in, budget);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.US_ASCII))) return;
        if (!PROTOCOL.equals(text(field(in, budget)))) return;
        boolean colour = "1".equals(text(field(in, budget)));
        int n;
        try {
            n = Integer.parseInt(text(field(in, budget)));
        } catch (NumberFormatException e) {
            return;
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < n; i++) args.add(text(field(in, budget)));

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        if (args.isEmpty() || !COMMANDS.contains(args.get(0))) {
            err.writeBytes(("parley: the read daemon runs " + String.join(", ", COMMANDS) + " only\n").getBytes(StandardCharsets.UTF_8));
            code = ExitCode.USAGE;
        } else {
            Boolean previous = Streams.colour(colour);
            try {
                code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
            } finally {
                Streams.colour(previous);
            }
        }
        byte[] errBytes = err.toByteArray();
        if (errBytes.length > 0 && errBytes[errBytes.length - 1] != '\n') err.write('\n');
        int lines = 0;
        for (byte b : err.toByteArray()) if (b == '\n') lines++;
        OutputStream reply = client.getOutputStream();
        reply.write((code + " " + lines + "\n").getBytes(StandardCharsets.US_ASCII));
        err.writeTo(reply);
        out.writeTo(reply);
        reply.flush();
    }

    /** The file a launcher writes while a daemon it started is on its way, so that others do not start more. */
    static Path starting(Path info) {
        return info.resolveSibling(info.getFileName() + ".starting");
    }

    /** One NUL-terminated field. */
    private static byte[] field(InputStream in, int[] budget) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != 0; ) {
            if (c < 0) throw new EOFException("request cut off");
            if (--budget[0] < 0) throw new IOException("request too long");
            b.write(c);
        }
        return b.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Written under another name and moved into place: a client never reads half a line. Only its user may read it. */
    private void writeInfo(String line) throws IOException {
        Path dir = info.getParent();
        Path tmp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(dir, ".parley-daemon", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".parley-daemon", ".tmp");
        Files.writeString(tmp, line, StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, info, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, info, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String readInfo() {
        try {
            return Files.readString(info, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return null;
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return null;
        }
    }
}
