package dev.parley.web;

import com.sun.net.httpserver.HttpServer;
import dev.parley.archive.Archive;
import dev.parley.identity.Mailmap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@code parley serve}: the archive over HTTP, read-only, for browsers and for lore's clients (b4, lei). The server is
 * the JDK's own ({@code com.sun.net.httpserver}) with a virtual thread per request: no dependency, it is up in a few
 * milliseconds (the launcher's cold start counts), and a request's time goes to the index and the page, not the
 * server (bench/README.md).
 */
public final class WebServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param listen the address and port (port 0: any free one)
     * @param opener opens the archive; called again every {@code reopen} to see newer commits
     * @param mailmap merges people's addresses in the analyses
     * @param requestTimeout a request that takes longer is answered 503 (its work is not interrupted)
     * @param reopen how old a view of the archive may get
     * @param errors where unexpected failures are reported, a line each
     */
    public record Options(InetSocketAddress listen, Callable<Archive> opener, Mailmap mailmap, Duration requestTimeout,
                          Duration reopen, Consumer<String> errors) {

        public static Options of(InetSocketAddress listen, Callable<Archive> opener, Mailmap mailmap) {
            return new Options(listen, opener, mailmap, Duration.ofSeconds(20), Duration.ofSeconds(30), System.err::println);
        }
    }

    private final HttpServer server;
    private final Router router;
    private final SharedArchive archive;
    private final ExecutorService executor;

    private WebServer(HttpServer server, Router router, SharedArchive archive, ExecutorService executor) {
        this.server = server;
        this.router = router;
        this.archive = archive;
        this.executor = executor;
    }

    /** Starts serving; the archive is opened by the first request that needs it. */
    public static WebServer start(Options o) throws IOException {
        // a client must send its request within this many seconds (the JDK server waits for ever by default)
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) System.setProperty("sun.net.httpserver.maxReqTime", "30");
        // TCP_NODELAY: the JDK server writes headers and body apart, and without it Nagle's algorithm and the
        // client's delayed ACK held most pages back 40 ms (p50 of a message page 46 ms with one client, 3 ms with it)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
        SharedArchive archive = new SharedArchive(o.opener(), o.reopen().toMillis());
        HttpServer server = HttpServer.create(o.listen(), 256);
        int port = server.getAddress().getPort();
        Set<String> hosts = o.listen().getAddress().isLoopbackAddress()
                ? Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)
                : Set.of();
        Router router = new Router(new Routes(new Site(archive, o.mailmap(), Site.Limits.defaults())), hosts,
                o.requestTimeout().toMillis(), o.errors());
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", router);
        server.start();
        return new WebServer(server, router, archive, executor);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://HOST:PORT} as clients reach it (127.0.0.1 for a server on every address). */
    public String url() {
        InetSocketAddress a = address();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + a.getPort();
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        router.close();
        executor.shutdownNow();
        archive.close();
    }
}
