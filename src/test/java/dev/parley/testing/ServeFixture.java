package dev.parley.testing;

import dev.parley.lucene.LocalArchive;
import dev.parley.identity.Mailmap;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.mail.MboxReader;
import dev.parley.mail.RawMessage;
import dev.parley.web.WebServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.stream.Stream;

/**
 * The web server's test archive, one per test JVM: the samples/ archives plus a thread of hostile mail written here
 * (script tags in subject and body, an HTML-only message with scripts, {@code javascript:} links and CSS, broken
 * UTF-8, a 50 MB body, a Message-ID with '/', '+' and '%'), imported into a temporary index and served on a free
 * port of 127.0.0.1. Everything is fictional.
 */
public final class ServeFixture {

    public static final String WAVEFS_ROOT = "20180604081233.21877-1-grant@kernel.example";
    public static final String HOSTILE_ROOT = "hostile-script@evil.example";
    public static final String HOSTILE_HTML = "hostile-html@evil.example";
    public static final String BROKEN_UTF8 = "hostile-utf8@evil.example";
    public static final String HUGE = "hostile-huge@evil.example";
    public static final String ODD_ID = "a/b+c%d@evil.example";
    /** A malformed Message-ID the archive keeps whole, angle brackets and all (list "odd"). */
    public static final String BRACKETED_ID = "<q\"uote<>@evil.example>";
    /** A reply to it whose Message-ID holds parentheses, which end a Markdown link when left unescaped. */
    public static final String PAREN_ID = "par)en(x@evil.example";
    /** One Message-ID on {@value #DUP_COPIES} different messages. */
    public static final String DUP_ID = "dup@evil.example";
    public static final int DUP_COPIES = 25;
    /** A reply chain of {@value #CHAIN_LENGTH} messages, chain0@odd.example answered by chain1@odd.example and so on. */
    public static final String CHAIN_ROOT = "chain0@odd.example";
    public static final int CHAIN_LENGTH = 40;
    /** A script in the hostile mail sets this global if it ever runs. */
    public static final String PWNED = "parleyPwned";
    public static final int HUGE_BYTES = 50 << 20;

    private static ServeFixture shared;

    public final Path dir;
    public final Path index;
    public final WebServer server;
    public final String base;
    public final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ServeFixture() throws IOException {
        dir = Files.createTempDirectory("parley-serve-");
        index = dir.resolve("index");
        Path hostile = dir.resolve("hostile.mbox");
        writeHostile(hostile);
        Path odd = dir.resolve("odd.mbox");
        writeOdd(odd);
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.SAMPLES, hostile, odd);
        }
        server = WebServer.start(WebServer.Options.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> new LocalArchive(index, IndexSnapshot.FileAccess.MAPPED), Mailmap.EMPTY));
        base = server.url();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** The shared server, started on first use. */
    public static synchronized ServeFixture shared() {
        if (shared == null) {
            try {
                shared = new ServeFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private void stop() {
        try {
            server.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    public HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public String page(String path) {
        HttpResponse<byte[]> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError("GET " + path + ": " + r.statusCode());
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** A POST with an empty form body, as lei's {@code curl -d ''} sends it. */
    public HttpResponse<byte[]> post(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<byte[]> send(HttpRequest.Builder b) {
        try {
            return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Sends bytes as they are (no client tidies the path or the Host header) and reads the whole answer. */
    public static String raw(InetSocketAddress server, String request) {
        try (Socket s = new Socket(server.getAddress(), server.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of an mbox (mboxrd quoting undone), in order. */
    public static List<byte[]> messages(byte[] mbox) {
        List<byte[]> out = new ArrayList<>();
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox), "test")) {
            for (RawMessage m = r.next(); m != null; m = r.next()) out.add(m.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void writeHostile(Path file) throws IOException {
        String list = "List-Id: <hostile.lists.example.org>\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, "From mallory@evil.example Thu Jun  7 10:00:00 2018\n"
                    + "From: Mallory <script>x</script> <mallory@evil.example>\n"
                    + "To: devel@lists.example.org\n"
                    + "Subject: <script>window." + PWNED + "=1</script> a harmless question\n"
                    + "Date: Thu, 7 Jun 2018 10:00:00 +0000\n"
                    + "Message-ID: <" + HOSTILE_ROOT + ">\n" + list
                    + "\n"
                    + "Hello <script>window." + PWNED + "=2</script> list,\n"
                    + "<img src=x onerror=\"window." + PWNED + "=3\"> and <style>body{display:none}</style>\n"
                    + "javascript:window." + PWNED + "=4 is not a link, https://example.org/a?b=1&c=2 is.\n"
                    + "\"><svg onload=window." + PWNED + "=5>\n\n");
            write(out, "From mallory@evil.example Thu Jun  7 11:00:00 2018\n"
                    + "From: Mallory <mallory@evil.example>\n"
                    + "Subject: Re: an HTML mail\n"
                    + "Date: Thu, 7 Jun 2018 11:00:00 +0000\n"
                    + "Message-ID: <" + HOSTILE_HTML + ">\n"
                    + "In-Reply-To: <" + HOSTILE_ROOT + ">\nReferences: <" + HOSTILE_ROOT + ">\n" + list
                    + "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
                    + "\n"
                    + "<html><head><style>body{background:red}</style><script>window." + PWNED + "=6</script></head>"
                    + "<body><p>Please <a href=\"javascript:window." + PWNED + "=7\">click here</a> now.</p>"
                    + "<iframe src=\"https://evil.example/\"></iframe></body></html>\n\n");
            out.write(("From mallory@evil.example Thu Jun  7 12:00:00 2018\n"
                    + "From: Mallory <mallory@evil.example>\n"
                    + "Subject: Re: broken \u00ff bytes\n"
                    + "Date: Thu, 7 Jun 2018 12:00:00 +0000\n"
                    + "Message-ID: <" + BROKEN_UTF8 + ">\n"
                    + "In-Reply-To: <" + HOSTILE_ROOT + ">\nReferences: <" + HOSTILE_ROOT + ">\n" + list
                    + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                    + "Broken: ").getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xE2, (byte) 0x82, '\n', '\n'});
            write(out, "From mallory@evil.example Thu Jun  7 13:00:00 2018\n"
                    + "From: Mallory <mallory@evil.example>\n"
                    + "Subject: Re: a very long mail\n"
                    + "Date: Thu, 7 Jun 2018 13:00:00 +0000\n"
                    + "Message-ID: <" + HUGE + ">\n"
                    + "In-Reply-To: <" + HOSTILE_ROOT + ">\nReferences: <" + HOSTILE_ROOT + ">\n" + list
                    + "\n");
            byte[] line = "All work and no play makes a very long mail; <b>bold</b> & more.\n".getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < HUGE_BYTES; n += line.length) out.write(line);
            write(out, "\n");
            write(out, "From mallory@evil.example Thu Jun  7 14:00:00 2018\n"
                    + "From: Mallory <mallory@evil.example>\n"
                    + "Subject: Re: an odd Message-ID\n"
                    + "Date: Thu, 7 Jun 2018 14:00:00 +0000\n"
                    + "Message-ID: <" + ODD_ID + ">\n"
                    + "In-Reply-To: <" + HOSTILE_ROOT + ">\nReferences: <" + HOSTILE_ROOT + ">\n" + list
                    + "\n"
                    + ">From here on, a line that starts with From must come back quoted in mboxrd.\n\n");
        }
    }

    /** Mail whose Message-IDs are odd: kept with its angle brackets, with parentheses, one id on many messages. */
    private static void writeOdd(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            odd(out, "Oscar Odd <oscar@odd.example>", "[PATCH] odd: drop the legacy interface", "Fri, 8 Jun 2018 10:00:00",
                    BRACKETED_ID, "",
                    "This patch removes the legacy interface. Nobody has used it since 2015, so it should go.");
            odd(out, "Pat Paren <pat@odd.example>", "Re: [PATCH] odd: drop the legacy interface", "Fri, 8 Jun 2018 11:00:00",
                    "<" + PAREN_ID + ">", BRACKETED_ID,
                    "I object to this. Removing an interface that tools still call is wrong, NAK.");
            for (int i = 1; i <= DUP_COPIES; i++) {
                odd(out, "Dora Dup <dora@odd.example>", "one id, many messages", String.format("Sat, 9 Jun 2018 10:%02d:00", i),
                        "<" + DUP_ID + ">", "", "Copy " + i + " of a message sent again and again under one Message-ID.");
            }
            for (int i = 0; i < CHAIN_LENGTH; i++) {
                odd(out, "Cara Chain <cara@odd.example>", (i == 0 ? "" : "Re: ") + "a long reply chain",
                        String.format("Sun, 10 Jun 2018 %02d:%02d:00", 10 + i / 60, i % 60), "<chain" + i + "@odd.example>",
                        i == 0 ? "" : "<chain" + (i - 1) + "@odd.example>", "Link " + i + " of the chain.");
            }
        }
    }

    /**
     * One message of the odd list; a reply ({@code replyTo} not empty) names its parent in In-Reply-To and References.
     * The envelope's date is lore's placeholder: the Date header is the one read.
     */
    private static void odd(OutputStream out, String from, String subject, String date, String messageId, String replyTo,
                            String body) throws IOException {
        write(out, "From mboxrd@z Thu Jan  1 00:00:00 1970\n"
                + "From: " + from + "\n"
                + "Subject: " + subject + "\n"
                + "Date: " + date + " +0000\n"
                + "Message-ID: " + messageId + "\n"
                + (replyTo.isEmpty() ? "" : "In-Reply-To: " + replyTo + "\nReferences: " + replyTo + "\n")
                + "List-Id: <odd.lists.example.org>\n"
                + "\n"
                + body + "\n\n");
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
