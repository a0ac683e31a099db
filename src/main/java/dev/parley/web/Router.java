package dev.parley.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The one handler of the server: checks method and Host, reads the request, runs the route within the time limit,
 * and writes the answer with the safety headers every response carries. A failure becomes a plain error page with
 * its status; nothing a request does can write to the archive.
 */
final class Router implements HttpHandler {

    /**
     * Scripts only from this server's own files (the copy button's), no inline script or style, nothing loaded from
     * elsewhere, no framing, forms only to this server.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final Routes routes;
    private final Set<String> allowedHosts;
    private final long timeoutMillis;
    private final Consumer<String> errors;
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * @param allowedHosts the Host headers accepted (lower case), or empty for any: a server on the loopback address
     *                     answers only to its own names, so a web page elsewhere cannot reach it through DNS rebinding
     * @param errors where unexpected failures are reported, one line each
     */
    Router(Routes routes, Set<String> allowedHosts, long timeoutMillis, Consumer<String> errors) {
        this.routes = routes;
        this.allowedHosts = allowedHosts;
        this.timeoutMillis = timeoutMillis;
        this.errors = errors;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = "HEAD".equals(method);
            Response r;
            String path = ex.getRequestURI().getRawPath();
            try {
                r = answer(ex, method);
            } catch (HttpError e) {
                r = ErrorPage.of(e.status, e.getMessage(), path);
            } catch (RuntimeException | IOException e) {
                errors.accept(method + " " + path + ": " + e);
                r = ErrorPage.of(500, "The server failed to answer this request: " + e.getMessage(), path);
            }
            write(ex, r, head);
        } catch (IOException e) {
            // the client went away while the answer was written: nothing to tell anyone
        }
    }

    private Response answer(HttpExchange ex, String method) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
            throw new HttpError(405, "This archive is read-only: it answers GET, HEAD and POST (searches) only.");
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !allowedHosts.isEmpty() && !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new HttpError(421, "This server answers only to " + String.join(", ", allowedHosts) + ".");
        }
        Request req = Request.parse(method, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(),
                ex.getRequestHeaders().getFirst("Content-Type"), ex.getRequestBody(), "http://" + host);
        Future<Response> f = work.submit(() -> routes.handle(req));
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // not interrupted: an interrupt would close the index files under every other request
            throw new HttpError(503, "This request took longer than " + timeoutMillis / 1000 + " s; try a narrower query.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "The server is stopping.");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof HttpError h) throw h;
            if (c instanceof IOException io) throw io;
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new IllegalStateException(c);
        }
    }

    private static void write(HttpExchange ex, Response r, boolean head) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", r.contentType);
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        if (!r.headers.containsKey("Cache-Control")) h.set("Cache-Control", "no-cache");
        r.headers.forEach(h::set);
        if (head) {
            if (r.bytes != null) h.set("Content-Length", Integer.toString(r.bytes.length));
            ex.sendResponseHeaders(r.status, -1);
            return;
        }
        if (r.bytes != null) {
            ex.sendResponseHeaders(r.status, r.bytes.length == 0 ? -1 : r.bytes.length);
            if (r.bytes.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.bytes);
                }
            }
        } else {
            ex.sendResponseHeaders(r.status, 0); // chunked
            try (OutputStream out = ex.getResponseBody()) {
                r.stream.writeTo(out);
            }
        }
    }

    void close() {
        work.shutdownNow();
    }
}
