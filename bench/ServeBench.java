import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on `parley serve` (bench/serve.sh starts it): CLIENTS clients at once, each on its own HTTP/1.1 connection,
 * asking in turn for a search page (a query of bench/queries.txt, thread-grouped with snippets), a thread page
 * (t/: the reply tree) and a message page of a Message-ID drawn from IDS; one request after the other, no pause.
 * A warm-up phase first, then the measured phase; latency is from sending the request to the last byte of the
 * answer. Prints p50/p90/p99/max per page kind. JDK only: java bench/ServeBench.java BASE IDS [CLIENTS WARMUP_S RUN_S]
 */
public class ServeBench {

    record Sample(String kind, long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> ids = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("bench/queries.txt"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            queries.add(line.substring(line.indexOf('\t') + 1));
        }
        run(base, ids, queries, clients, warmup, false);
        List<Sample> samples = run(base, ids, queries, clients, seconds, true);
        report(samples, seconds, clients);
    }

    static List<Sample> run(String base, List<String> ids, List<String> queries, int clients, int seconds, boolean keep)
            throws InterruptedException {
        List<Sample> all = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                // one client, one connection: a client of its own per thread, as 16 browsers or scripts would be
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                ThreadLocalRandom r = ThreadLocalRandom.current();
                for (int i = first; System.nanoTime() < end; i++) {
                    String kind = switch (i % 3) {
                        case 0 -> "search";
                        case 1 -> "thread";
                        default -> "message";
                    };
                    String path = switch (kind) {
                        case "search" -> "/all/?q=" + URLEncoder.encode(queries.get(r.nextInt(queries.size())), StandardCharsets.UTF_8);
                        case "thread" -> "/all/" + escape(ids.get(r.nextInt(ids.size()))) + "/t/";
                        default -> "/all/" + escape(ids.get(r.nextInt(ids.size()))) + "/";
                    };
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                    } catch (IOException | InterruptedException e) {
                        status = -1;
                    }
                    long took = System.nanoTime() - t0;
                    if (status != 200) failures.incrementAndGet();
                    if (keep) all.add(new Sample(kind, took, status));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        if (failures.get() > 0) System.out.println((keep ? "measured" : "warm-up") + " phase: " + failures.get() + " answers were not 200");
        return all;
    }

    static void report(List<Sample> samples, int seconds, int clients) {
        Map<String, List<Long>> byKind = new TreeMap<>();
        for (Sample s : samples) byKind.computeIfAbsent(s.kind, k -> new ArrayList<>()).add(s.nanos);
        System.out.printf(Locale.ROOT, "%d clients, %d s measured: %d requests, %.0f requests/s%n", clients, seconds,
                samples.size(), samples.size() / (double) seconds);
        System.out.printf(Locale.ROOT, "%-8s %7s %8s %8s %8s %8s%n", "page", "count", "p50 ms", "p90 ms", "p99 ms", "max ms");
        for (Map.Entry<String, List<Long>> e : byKind.entrySet()) {
            List<Long> v = e.getValue();
            Collections.sort(v);
            System.out.printf(Locale.ROOT, "%-8s %7d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), v.size(), ms(pct(v, 50)),
                    ms(pct(v, 90)), ms(pct(v, 99)), ms(v.get(v.size() - 1)));
        }
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** A Message-ID as a path segment: what a path segment cannot hold, percent-encoded (as Parley's links do). */
    static String escape(String id) {
        StringBuilder sb = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) sb.append((char) c);
            else sb.append(String.format("%%%02X", c));
        }
        return sb.toString();
    }
}
