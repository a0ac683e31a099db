package dev.parley.web;

import com.sun.net.httpserver.HttpServer;
import dev.parley.archive.Archive;
import dev.parley.identity.Mailmap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code parley serve}: the archive over HTTP, read-only, for browsers and for lore's clients (b4, lei). The server is
 * the JDK's own ({@code com.sun.net.httpserver}): no dependency, it is up in a few milliseconds (the launcher's cold
 * start counts), and a request's time goes to the index and the page, not the server (bench/README.md). Each
 * connection's exchange runs on a platform thread of a capped pool, the routes on a smaller bounded one
 * ({@link Router}); the operating system shares the cores among them, so a slow route cannot hold the others up.
 */
public final class WebServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param listen the address and port (port 0: any free one)
     * @param opener opens the archive; called again when a view is older than {@code reopen} and the archive has
     *               changed since
     * @param mailmap merges people's addresses in the analyses
     * @param baseUrl the scheme and authority clients use ({@code https://lists.example.org} behind a proxy), for
     *                absolute links; null: the Host header on loopback, the listen address elsewhere
     * @param requestTimeout a route that takes longer is answered 503 and given up at its next checkpoint
     * @param responseTimeout a connection still being answered this long after its request arrived is closed (a
     *                        client that stops reading cannot hold a thread and a view of the archive for ever)
     * @param workers routes run at once
     * @param queued routes waiting for a worker at most; a request beyond that is answered 503 at once
     * @param maxConnections open connections at most; the next one is closed at once
     * @param reopen how old a view of the archive may get before the server looks for newer commits
     * @param errors where unexpected failures are reported, a line each
     */
    public record Options(InetSocketAddress listen, Callable<Archive> opener, Mailmap mailmap, URI baseUrl,
                          Duration requestTimeout, Duration responseTimeout, int workers, int queued, int maxConnections,
                          Duration reopen, Consumer<String> errors) {

        public static Options of(InetSocketAddress listen, Callable<Archive> opener, Mailmap mailmap) {
            int workers = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
            return new Options(listen, opener, mailmap, null, Duration.ofSeconds(20), Duration.ofSeconds(120), workers,
                    8 * workers, 256, Duration.ofSeconds(30), System.err::println);
        }

        /**
         * The same with {@code --base-url}'s value.
         *
         * @throws IllegalArgumentException when it is not {@code http(s)://HOST[:PORT]}, in a sentence
         */
        public Options withBaseUrl(String url) {
            return new Options(listen, opener, mailmap, url == null ? null : Hosts.baseUrl(url), requestTimeout,
                    responseTimeout, workers, queued, maxConnections, reopen, errors);
        }
    }

    private final HttpServer server;
    private final Router router;
    private final SharedArchive archive;
    private final ExecutorService exchanges;

    private WebServer(HttpServer server, Router router, SharedArchive archive, ExecutorService exchanges) {
        this.server = server;
        this.router = router;
        this.archive = archive;
        this.exchanges = exchanges;
    }

    /**
     * Starts serving; the archive is opened by the first request that needs it. The JDK server reads its limits
     * from system properties once per process: those set on the command line win, else the first server's options.
     */
    public static WebServer start(Options o) throws IOException {
        // a client must send its request within this many seconds (the JDK server waits for ever by default)
        setDefault("sun.net.httpserver.maxReqTime", "30");
        // and read the answer within this many after it (by default a client that stops reading holds on for ever)
        setDefault("sun.net.httpserver.maxRspTime", Long.toString(Math.max(1, o.responseTimeout().toSeconds())));
        setDefault("jdk.httpserver.maxConnections", Integer.toString(o.maxConnections()));
        // TCP_NODELAY: the JDK server writes headers and body apart, and without it Nagle's algorithm and the
        // client's delayed ACK held most pages back 40 ms (p50 of a message page 46 ms with one client, 3 ms with it)
        setDefault("sun.net.httpserver.nodelay", "true");
        SharedArchive archive = new SharedArchive(o.opener(), o.reopen().toMillis());
        HttpServer server = HttpServer.create(o.listen(), 256);
        InetSocketAddress bound = server.getAddress();
        Router router = new Router(new Routes(new Site(archive, o.mailmap(), Site.Limits.defaults(), o.errors())),
                Hosts.of(bound, url(bound), o.baseUrl()), o.requestTimeout().toMillis(), o.workers(), o.queued(),
                o.errors());
        // one platform thread per exchange, as many as connections may be open (idle connections hold none)
        ThreadPoolExecutor exchanges = new ThreadPoolExecutor(0, o.maxConnections(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), Thread.ofPlatform().name("parley-http-", 1).daemon().factory());
        server.setExecutor(exchanges);
        server.createContext("/", router);
        server.start();
        return new WebServer(server, router, archive, exchanges);
    }

    /**
     * Reads a {@code --base-url}.
     *
     * @throws IllegalArgumentException when it is not {@code http(s)://HOST[:PORT]}, in a sentence
     */
    public static URI baseUrl(String url) {
        return Hosts.baseUrl(url);
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) System.setProperty(property, value);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://HOST:PORT} as clients reach it (127.0.0.1 for a server on every address). */
    public String url() {
        return url(address());
    }

    private static String url(InetSocketAddress a) {
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + a.getPort();
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        router.close();
        exchanges.shutdownNow();
        archive.close();
    }
}
