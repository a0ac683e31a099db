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
import java.util.concurrent.locks.ReentrantLock;

/**
 * A warm JVM that runs the launcher's search, show and thread commands, so that only the first of them pays for
 * starting Java (a whole cold process is ~150-180 ms, most of it start-up; answered here, ~20 ms): the approach of
 * public-inbox's {@code lei} and its daemon. The launcher starts one after a read command that found none, and it
 * stops after {@link #IDLE} without a request, when the jar it was started from changes, or when its info file is
 * replaced (another daemon took its place) or removed.
 *
 * <p>It listens on the loopback interface only and writes "PORT CLIENT_TOKEN DAEMON_TOKEN" to its info file,
 * readable by its user alone. Each side proves it read that file before the other says anything that matters: the
 * client sends CLIENT_TOKEN and a NUL, the daemon answers DAEMON_TOKEN and a newline (to a wrong token, nothing), so
 * that a process that took the port of a dead daemon learns no query and cannot pass for it. Then the client sends
 * NUL-terminated fields: protocol version, colour (1 or 0: the client's stdout is a terminal and NO_COLOR is unset),
 * the number of arguments, the arguments (with {@code --index} absolute: the daemon's own working directory and
 * environment never matter). The answer is one line "EXIT_CODE STDERR_LINES", that many lines of standard error
 * (a shell reads lines without reading past them), then the standard output until the connection closes.
 *
 * <p>Each connection has a thread of its own, so a client that is slow to send or to read holds up no other;
 * commands run one at a time (they share {@link Streams}). A command that fails with an {@link Error} (a stack or
 * heap too small for it) gets no answer, and the launcher runs it in a process of its own.
 */
final class ReadDaemon {

    static final Duration IDLE = Duration.ofMinutes(15);
    /** What it runs: commands that only read. Anything else (an import, a fetch) belongs in a process of its own. */
    static final List<String> COMMANDS = List.of("search", "show", "thread");
    static final String PROTOCOL = "2";
    /** How often, at most, an idle daemon checks whether it should stop. */
    private static final long CHECK_MILLIS = 5_000;
    /** A request must have arrived whole by then. */
    private static final Duration REQUEST_DEADLINE = Duration.ofSeconds(5);
    private static final int REQUEST_LIMIT = 1 << 20;
    /** Warm-up: the first command again, until this much time has gone into it (one run at least). */
    private static final Duration WARM_UP = Duration.ofMillis(1500);

    private final Path info;
    private final Path jar;
    private final Duration idle;
    private final ReentrantLock commands = new ReentrantLock();
    private volatile long lastRequest = System.nanoTime();

    /**
     * @param info where to write "PORT CLIENT_TOKEN DAEMON_TOKEN"
     * @param jar  the jar this daemon runs from (null: do not watch one); a change of its modification time stops it
     */
    ReadDaemon(Path info, Path jar, Duration idle) {
        this.info = info.toAbsolutePath();
        this.jar = jar;
        this.idle = idle;
    }

    /**
     * Serves until a reason to stop; removes its info file if it still names this daemon (also when the process is
     * stopped by a signal). First it runs {@code warmUp}, the command that made the launcher start it, quietly and
     * for a bounded time: a JVM's first run of a search is as slow as a whole cold process, and until the info file
     * is written clients run their own.
     */
    void serve(List<String> warmUp) throws IOException {
        FileTime jarTime = jar == null ? null : Files.getLastModifiedTime(jar);
        warmUp(warmUp);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String clientToken = token(), daemonToken = token();
            String line = server.getLocalPort() + " " + clientToken + " " + daemonToken + "\n";
            writeInfo(line);
            Files.deleteIfExists(starting(info)); // the launcher may start another from now on if this one stops
            Thread cleanUp = new Thread(() -> removeInfo(line));
            Runtime.getRuntime().addShutdownHook(cleanUp);
            server.setSoTimeout((int) Math.max(1, Math.min(CHECK_MILLIS, idle.toMillis() / 2)));
            lastRequest = System.nanoTime();
            try {
                while (true) {
                    try {
                        Socket client = server.accept();
                        lastRequest = System.nanoTime();
                        Thread t = new Thread(() -> converse(client, clientToken, daemonToken), "parley-read-client");
                        t.setDaemon(true);
                        t.start();
                    } catch (SocketTimeoutException noClient) {
                        // time for the checks
                    }
                    boolean busy = commands.isLocked();
                    if (!busy && Duration.ofNanos(System.nanoTime() - lastRequest).compareTo(idle) > 0) return;
                    if (!line.equals(readInfo())) return; // replaced by another daemon, or removed
                    if (jarTime != null && !jarTime.equals(lastModified(jar))) return;
                }
            } finally {
                removeInfo(line);
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanUp);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
        }
    }

    private void warmUp(List<String> command) {
        if (command.isEmpty() || !COMMANDS.contains(command.get(0))) return;
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        long start = System.nanoTime();
        do {
            try {
                touchStarting();
                Main.run(command.toArray(String[]::new), sink, sink);
            } catch (Throwable e) {
                return; // a command this JVM cannot run is no warm-up
            }
        } while (Duration.ofNanos(System.nanoTime() - start).compareTo(WARM_UP) < 0);
    }

    /** One client: tokens, request, the command (one at a time), the answer. Any failure: the client gets nothing. */
    private void converse(Socket client, String clientToken, String daemonToken) {
        try (client) {
            long deadline = System.nanoTime() + REQUEST_DEADLINE.toNanos();
            client.setSoTimeout((int) REQUEST_DEADLINE.toMillis());
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream reply = client.getOutputStream();
            int[] budget = {REQUEST_LIMIT};
            if (!MessageDigest.isEqual(field(in, budget, deadline), clientToken.getBytes(StandardCharsets.US_ASCII))) return;
            reply.write((daemonToken + "\n").getBytes(StandardCharsets.US_ASCII));
            reply.flush();
            if (!PROTOCOL.equals(text(field(in, budget, deadline)))) return;
            boolean colour = "1".equals(text(field(in, budget, deadline)));
            int n = Integer.parseInt(text(field(in, budget, deadline)));
            List<String> args = new ArrayList<>();
            for (int i = 0; i < n; i++) args.add(text(field(in, budget, deadline)));
            client.setSoTimeout(0); // the client now waits for the command, however long it takes

            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = run(args, colour, out, err);
            byte[] errBytes = err.toByteArray();
            int lines = 0;
            for (byte b : errBytes) if (b == '\n') lines++;
            boolean unfinished = errBytes.length > 0 && errBytes[errBytes.length - 1] != '\n'; // a shell reads whole lines
            reply.write((code + " " + (unfinished ? lines + 1 : lines) + "\n").getBytes(StandardCharsets.US_ASCII));
            reply.write(errBytes);
            if (unfinished) reply.write('\n');
            out.writeTo(reply);
            reply.flush();
        } catch (IOException | RuntimeException e) {
            // a client that went away or sent nonsense: nothing to answer
        } catch (Error e) {
            // StackOverflowError, OutOfMemoryError: no answer, so the launcher runs the command in its own process
        } finally {
            lastRequest = System.nanoTime();
        }
    }

    private int run(List<String> args, boolean colour, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        if (args.isEmpty() || !COMMANDS.contains(args.get(0))) {
            err.writeBytes(("parley: the read daemon runs " + String.join(", ", COMMANDS) + " only\n").getBytes(StandardCharsets.UTF_8));
            return ExitCode.USAGE;
        }
        commands.lock();
        Boolean previous = Streams.colour(colour);
        try {
            return Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            Streams.colour(previous);
            commands.unlock();
        }
    }

    /** The file a launcher writes while a daemon it started is on its way, so that others do not start more. */
    private static Path starting(Path info) {
        return info.resolveSibling(info.getFileName() + ".starting");
    }

    /** Keeps the launcher's "on its way" mark fresh while a long warm-up runs. */
    private void touchStarting() {
        try {
            Path s = starting(info);
            if (Files.exists(s)) Files.writeString(s, Long.toString(System.currentTimeMillis() / 1000) + "\n");
        } catch (IOException e) {
            // only a hint for launchers
        }
    }

    private static String token() {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** One NUL-terminated field, within the request's byte budget and deadline. */
    private static byte[] field(InputStream in, int[] budget, long deadline) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != 0; ) {
            if (c < 0) throw new EOFException("request cut off");
            if (--budget[0] < 0) throw new IOException("request too long");
            if (System.nanoTime() > deadline) throw new SocketTimeoutException("request too slow");
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

    private void removeInfo(String line) {
        try {
            if (line.equals(readInfo())) Files.deleteIfExists(info);
        } catch (IOException e) {
            // a stale file: the launcher's token check keeps it harmless
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
