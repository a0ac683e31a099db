package dev.parley.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node OpenSearch cluster for tests and benchmarks: the integ-test distribution the build unpacks into
 * {@code target/opensearch-node}, started as a separate process on a free port with its data in a temp directory,
 * run by the JDK that runs the tests, 512 MB of heap. OpenSearch refuses to run as root, so as root it runs under a
 * user namespace that maps root to uid 1000.
 *
 * <p>One node per JVM ({@link #shared()}), stopped by a shutdown hook. The node also stops when this JVM dies
 * without running hooks: a small shell wrapper holds the other end of the node's stdin pipe and stops the node when
 * the pipe closes.
 */
public final class OpenSearchNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("parley.opensearch.startSeconds", 180));
    /** Runs the node in the background; when our end of stdin closes (we stop it, or this JVM dies) it stops the node. */
    private static final String WRAPPER = "exec 3<&0; \"$@\" </dev/null 3<&- & node=$!; "
            + "(cat <&3 >/dev/null; kill $node 2>/dev/null) & exec 3<&-; wait $node";

    /** The shared node's write queue: small, so that the bulk test can make the cluster reject requests. */
    public static final int WRITE_QUEUE = 4;

    private static OpenSearchNode shared;
    private static String unavailable;

    private final Process process;
    private final Path work;
    private final String url;

    private OpenSearchNode(Process process, Path work, String url) {
        this.process = process;
        this.work = work;
        this.url = url;
    }

    /** The node of this JVM, started on first use; aborts the calling test as SKIPPED when no node can run here. */
    public static synchronized OpenSearchNode shared() {
        if (unavailable != null) Assumptions.abort(unavailable);
        if (shared == null) {
            String why = whyNot();
            if (why != null) {
                unavailable = "SKIPPED: no OpenSearch node can run here: " + why;
                System.err.println(unavailable);
                Assumptions.abort(unavailable);
            }
            try {
                // a small write queue, so that bulk imports meet the cluster's back-pressure (HTTP 429) in tests
                shared = start(home(), List.of("-Ethread_pool.write.queue_size=" + WRITE_QUEUE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            OpenSearchNode node = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-node-stop"));
        }
        return shared;
    }

    public String url() {
        return url;
    }

    /** The unpacked distribution (the build passes its place; the default is where the build puts it). */
    static Path home() {
        String p = System.getProperty("parley.opensearch.home");
        return Path.of(p != null ? p : "target/opensearch-node/opensearch-3.8.0").toAbsolutePath();
    }

    /** Why a node cannot start here, or null. */
    static String whyNot() {
        Path home = home();
        if (!Files.isExecutable(home.resolve("bin/opensearch"))) {
            return home + " has no bin/opensearch (the build unpacks it in process-test-resources; was it skipped?)";
        }
        if (Runtime.version().feature() < 21) return "OpenSearch 3 needs Java 21 or newer, the tests run on " + Runtime.version();
        if (isRoot()) {
            try {
                Process p = new ProcessBuilder(mappedUser(List.of("true"))).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return "running as root, and a user namespace to run it as uid 1000 cannot be made (unshare: " + out + ")";
                }
            } catch (IOException e) {
                return "running as root, and unshare (util-linux) cannot be run: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return null;
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static List<String> mappedUser(List<String> command) {
        List<String> out = new ArrayList<>(List.of("unshare", "--map-user=1000", "--map-group=1000", "--"));
        out.addAll(command);
        return out;
    }

    /** Starts a node of the distribution at {@code home} and waits until it answers. */
    public static OpenSearchNode start(Path home, List<String> extraSettings) throws IOException {
        Path work = Files.createTempDirectory("parley-opensearch-");
        Path config = Files.createDirectories(work.resolve("config"));
        Files.createDirectories(work.resolve("data"));
        Files.createDirectories(work.resolve("logs"));
        Files.createDirectories(work.resolve("tmp"));
        Files.copy(home.resolve("config/log4j2.properties"), config.resolve("log4j2.properties"));
        // the distribution's JVM options, less its GC log and heap dump (they would go into the shared home)
        List<String> jvm = Files.readAllLines(home.resolve("config/jvm.options")).stream()
                .filter(l -> !l.contains("Xlog:gc") && !l.contains("HeapDump") && !l.matches("-Xm[sx].*"))
                .toList();
        Files.write(config.resolve("jvm.options"), jvm);
        Files.writeString(config.resolve("opensearch.yml"), "# settings come from the command line\n");
        int http = freePort(), transport = freePort();

        List<String> node = new ArrayList<>(List.of(home.resolve("bin/opensearch").toString(),
                "-Ediscovery.type=single-node", "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + http, "-Etransport.port=" + transport,
                "-Epath.data=" + work.resolve("data"), "-Epath.logs=" + work.resolve("logs"),
                "-Ecluster.name=parley-test", "-Enode.name=parley-test",
                // a test machine's disk may be fuller than the production defaults allow
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-Eaction.auto_create_index=false"));
        node.addAll(extraSettings);
        List<String> command = new ArrayList<>(List.of("sh", "-c", WRAPPER, "opensearch-node"));
        command.addAll(node);
        if (isRoot()) command = mappedUser(command);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("logs/stdout.txt").toFile());
        Map<String, String> env = pb.environment();
        env.put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        env.remove("JAVA_HOME");
        env.put("OPENSEARCH_PATH_CONF", config.toString());
        env.put("OPENSEARCH_TMPDIR", work.resolve("tmp").toString());
        env.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
        Process p = pb.start();
        OpenSearchNode n = new OpenSearchNode(p, work, "http://127.0.0.1:" + http);
        try {
            n.awaitUp();
        } catch (IOException | RuntimeException e) {
            String log = n.logTail();
            n.close();
            throw new IOException(e.getMessage() + "\n--- node output ---\n" + log, e);
        }
        return n;
    }

    private void awaitUp() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=green&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IOException("the OpenSearch node exited with code " + process.exitValue() + " while starting");
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the OpenSearch node", e);
            }
            sleep(250);
        }
        throw new IOException("the OpenSearch node did not answer on " + url + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    /** The last lines the node printed, for error messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(work.resolve("logs/stdout.txt"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no node output: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the node (closing its stdin makes the wrapper stop it) and deletes its data. */
    @Override
    public synchronized void close() {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.close();
        } catch (IOException ignored) {
            // already closed
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    /**
     * Starts a node for a benchmark script: prints its URL on stdout, then runs until stdin closes. Arguments are
     * extra settings ({@code -Ename=value}).
     * {@code java -cp target/test-classes:... dev.parley.testing.OpenSearchNode}
     */
    public static void main(String[] args) throws IOException {
        String why = whyNot();
        if (why != null) {
            System.err.println("no OpenSearch node can run here: " + why);
            System.exit(1);
        }
        try (OpenSearchNode n = start(home(), List.of(args))) {
            System.out.println(n.url());
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
