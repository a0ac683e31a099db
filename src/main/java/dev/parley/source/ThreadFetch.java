package dev.parley.source;

import dev.parley.mail.MailSource;
import dev.parley.mail.MailSources;
import dev.parley.mail.MboxReader;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Fetches one thread from a public-inbox server (lore.kernel.org by default) the way {@code b4 mbox} does: the
 * server's {@code <base><Message-ID>/t.mbox.gz} holds every message of the thread the id belongs to. The answer is
 * checked to be a whole gzip-compressed mbox before anything uses it, so an HTML error page, a wrong content type
 * or a cut-off download is one clear error rather than a confusing import.
 */
public final class ThreadFetch {

    public static final URI DEFAULT_BASE = URI.create("https://lore.kernel.org/all/");

    /** Content types a public-inbox server (or a proxy in front of it) may give an mbox.gz. */
    private static final Set<String> MBOX_TYPES = Set.of("application/gzip", "application/x-gzip",
            "application/octet-stream", "application/mbox", "application/x-mbox");

    /** Characters public-inbox leaves as they are in a Message-ID in a URL (its MID_ESC); all else is %-escaped. */
    private static final String MID_SAFE = "-._~!$&'()*+,;=:@";

    private ThreadFetch() {
    }

    /** What to fetch: the thread of {@code messageId} on the server at {@code base} (ending in '/'). */
    public record Target(URI base, String messageId) {

        /** The thread's mbox: {@code <base><escaped id>/t.mbox.gz}. */
        public URI mboxUri() {
            return URI.create(base + escape(messageId) + "/t.mbox.gz");
        }
    }

    /**
     * Reads what a person gives: a Message-ID (angle brackets or "mid:" optional) fetched from {@code base}, or a
     * public-inbox message URL ({@code https://lore.kernel.org/LIST/MSGID/...}), which names both.
     *
     * @throws IllegalArgumentException with a one-sentence reason when it is neither
     */
    public static Target target(String idOrUrl, URI base) {
        String s = idOrUrl.strip();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            URI u;
            try {
                u = URI.create(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + s + "' is not a valid URL");
            }
            String[] parts = u.getRawPath() == null ? new String[0] : u.getRawPath().split("/");
            // "", LIST, MSGID, [T/ | t.mbox.gz | raw ...]
            if (parts.length < 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
                throw new IllegalArgumentException("'" + s + "' is not a public-inbox message URL (expected "
                        + "https://HOST/LIST/MESSAGE-ID/)");
            }
            URI listBase = URI.create(u.getScheme() + "://" + u.getRawAuthority() + "/" + parts[1] + "/");
            return new Target(listBase, URLDecoder.decode(parts[2].replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1).strip();
        if (s.startsWith("mid:")) s = s.substring(4);
        if (s.isEmpty() || s.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("'" + idOrUrl + "' is not a Message-ID");
        }
        String b = base.toString();
        return new Target(URI.create(b.endsWith("/") ? b : b + "/"), s);
    }

    /** A Message-ID escaped for a URL path segment as public-inbox does it (so '/' becomes %2F). */
    public static String escape(String messageId) {
        StringBuilder sb = new StringBuilder();
        for (byte b : messageId.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || MID_SAFE.indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    /** The file {@code --dry-run} saves to, as b4 names it: the Message-ID made safe for a file name, plus ".mbx". */
    public static String fileName(String messageId) {
        String safe = messageId.replaceAll("[/\\\\\\x00-\\x1f:*?\"<>|]", "_");
        if (safe.startsWith(".")) safe = "_" + safe.substring(1);
        return safe + ".mbx";
    }

    /**
     * Downloads the thread's mbox.gz into {@code into} and checks it is a complete gzip-compressed mbox.
     *
     * @throws FetchException one sentence: unknown id (HTTP 404), other HTTP errors, timeout, unreachable host,
     *                        or an answer that is not a gzip-compressed mbox
     */
    public static void download(Target t, Duration timeout, Path into) throws IOException, InterruptedException {
        URI uri = t.mboxUri();
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "parley/0.1 (thread fetch)").GET().build();
        HttpResponse<Path> response;
        CompletableFuture<HttpResponse<Path>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofFile(into));
        try {
            // the request timeout covers only the wait for headers: bound the body too
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(uri, timeout);
        } catch (ExecutionException e) {
            throw failed(uri, timeout, e.getCause());
        } finally {
            client.shutdownNow();
        }
        int status = response.statusCode();
        if (status == 404) {
            throw new FetchException("no thread with Message-ID <" + t.messageId() + "> at " + t.base() + " (HTTP 404)");
        }
        if (status != 200) throw new FetchException(uri + " answered HTTP " + status + ", not the thread's mbox");
        String type = response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("text/html")) {
            throw new FetchException(uri + " answered with an HTML page, not an mbox (is " + t.base()
                    + " a public-inbox server?)");
        }
        if (!type.isEmpty() && !MBOX_TYPES.contains(type)) {
            throw new FetchException(uri + " answered with content type " + type + ", not a gzip-compressed mbox");
        }
        check(into, uri);
    }

    /** The downloaded file must be gzip, whole, and an mbox inside. */
    private static void check(Path file, URI uri) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            if (raw.read() != 0x1f || raw.read() != 0x8b) {
                throw new FetchException(uri + " answered with data that is not gzip-compressed, not the thread's mbox");
            }
            raw.reset();
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                byte[] head = in.readNBytes(4096);
                if (!MboxReader.looksLikeMbox(head, head.length)) {
                    throw new FetchException(uri + " answered with a gzip file that holds no mbox");
                }
                in.transferTo(OutputStream.nullOutputStream()); // a cut-off download fails here, not mid-import
            } catch (EOFException | ZipException e) {
                throw new FetchException(uri + " answered with a damaged or incomplete gzip file (" + e.getMessage() + ")");
            }
        }
    }

    /** The downloaded thread as a source for the importer, its messages named by the URL they came from. */
    public static MailSource source(Path downloaded, Target t) {
        return MailSources.file(downloaded, t.mboxUri().toString());
    }

    /** Writes the downloaded thread uncompressed (what b4 saves). */
    public static void saveMbox(Path downloaded, Path out) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(downloaded), 1 << 16);
             OutputStream os = Files.newOutputStream(out)) {
            in.transferTo(os);
        }
    }

    private static FetchException timedOut(URI uri, Duration timeout) {
        return new FetchException("timed out after " + timeout.toSeconds() + " s waiting for " + uri);
    }

    private static IOException failed(URI uri, Duration timeout, Throwable cause) {
        if (cause instanceof HttpTimeoutException) return timedOut(uri, timeout);
        if (cause instanceof ConnectException) {
            return new FetchException("cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        }
        String why = cause == null ? "unknown error" : cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new FetchException("fetching " + uri + " failed: " + why);
    }

    /** A fetch that failed, said in one sentence. */
    public static final class FetchException extends IOException {
        public FetchException(String message) {
            super(message);
        }
    }
}
