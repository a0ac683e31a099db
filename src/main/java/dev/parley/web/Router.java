package dev.parley.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The one handler of the server: checks method and Host, reads the request, runs the route within the time limit,
 * and writes the answer with the safety headers every response carries. A failure becomes a plain error page with
 * its status; nothing a request does can write to the archive.
 *
 * <p>Routes run on a bounded pool of platform threads: at most {@code workers} at once and {@code queued} waiting;
 * beyond that a request is answered 503 at once. Platform threads, because the operating system shares the cores
 * among them: CPU-bound routes on virtual threads held every carrier thread, and a style sheet waited 6 s behind
 * twenty digests (issue 15's review). The style sheet and the script are answered without entering the pool.
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
    private final Hosts hosts;
    private final long timeoutMillis;
    private final Consumer<String> errors;
    private final ThreadPoolExecutor work;

    /**
     * @param workers routes run at once
     * @param queued routes waiting for a worker at most (0: none wait)
     * @param errors where unexpected failures are reported, one line each
     */
    Router(Routes routes, Hosts hosts, long timeoutMillis, int workers, int queued, Consumer<String> errors) {
        this.routes = routes;
        this.hosts = hosts;
        this.timeoutMillis = timeoutMillis;
        this.errors = errors;
        BlockingQueue<Runnable> queue = queued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queued);
        this.work = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, queue,
                Thread.ofPlatform().name("parley-route-", 1).daemon().factory());
        work.allowCoreThreadTimeOut(true);
    }

    @Override
    public void handle(HttpExchange ex) {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            Response r;
            try {
                r = answer(ex, method);
            } catch (ClientGone e) {
                return; // the request never arrived whole (the client left, or the request time limit cut it)
            } catch (HttpError e) {
                r = ErrorPage.of(e.status, e.getMessage(), path);
            } catch (RuntimeException | IOException | Error e) {
                r = failed(method, path, e);
            }
            try {
                write(ex, r, "HEAD".equals(method));
            } catch (RuntimeException e) { // headers the server will not send (a CR or NUL in a Location)
                Response failure = failed(method, path, e);
                if (ex.getResponseCode() == -1) write(ex, failure, "HEAD".equals(method));
            }
        } catch (IOException e) {
            // the client went away while the answer was written (or the response time limit closed it): nothing to tell
        }
    }

    /** An unexpected failure: reported with its details, answered with a plain sentence that has none. */
    private Response failed(String method, String path, Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        errors.accept(method + " " + path + ": " + e + (at.length > 0 ? " at " + at[0] : ""));
        return ErrorPage.of(500, "The server failed to answer this request; the failure has been reported in its log.", path);
    }

    private Response answer(HttpExchange ex, String method) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
            throw new HttpError(405, "This archive is read-only: it answers GET, HEAD and POST (searches) only.");
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (!hosts.allows(host)) {
            throw new HttpError(421, "This server answers only to " + String.join(", ", hosts.allowed()) + ".");
        }
        Request req;
        try {
            req = Request.parse(method, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(),
                    ex.getRequestHeaders().getFirst("Content-Type"), ex.getRequestBody(), hosts.base(host));
        } catch (HttpError e) {
            throw e;
        } catch (IOException e) {
            throw new ClientGone();
        }
        Response immediate = routes.immediate(req);
        if (immediate != null) return immediate;
        Cancellation cancellation = new Cancellation();
        Future<Response> f;
        try {
            f = work.submit(() -> cancellation.run(() -> routes.handle(req)));
        } catch (RejectedExecutionException e) {
            throw new HttpError(503, "The server is busy; try again in a moment.");
        }
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancellation.cancel(); // the route stops at its next checkpoint
            f.cancel(false); // and does not start if it is still waiting for a worker
            throw new HttpError(503, "This request took longer than " + timeoutMillis / 1000 + " s; try a narrower query.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            throw new HttpError(503, "The server is stopping.");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof HttpError h) throw h;
            if (c instanceof IOException io) throw io;
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    /** The request body could not be read whole: no one is left to answer. */
    private static final class ClientGone extends RuntimeException {
        ClientGone() {
            super(null, null, false, false);
        }
    }

    private static void write(HttpExchange ex, Response r, boolean head) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.clear();
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
