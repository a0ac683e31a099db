import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.lucene.LocalArchive;
import dev.parley.opensearch.ClusterSettings;
import dev.parley.opensearch.OpenSearchArchive;
import dev.parley.query.LoreQuery;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warm in-process search latency: the work of one {@code parley search} (parse the query, search, exact total,
 * load and parse the 20 shown messages, snippets) without JVM start-up or printing. Prints p50/p99 per query and
 * over the mix, and the p50 of the searching thread's CPU time (steadier than the wall clock on a busy machine; the
 * embedded index searches in the calling thread).
 *
 * <p>Usage: java -cp 'target/parley.jar:target/lib/*' bench/SearchBench.java INDEX_DIR|CLUSTER_URL [ROUNDS] [QUERY_FILE]
 * (a cluster URL searches the archive named by {@code -Dalias=NAME}, default parley)
 */
public class SearchBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String[]> mix = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(Path.of(args.length > 2 ? args[2] : "bench/queries.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] kv = line.split("\t", 2);
            mix.add(kv);
        }
        try (Archive archive = args[0].startsWith("http")
                ? new OpenSearchArchive(ClusterSettings.of(args[0]).withName(System.getProperty("alias", "parley")))
                : new LocalArchive(Path.of(args[0]))) {
            Map<String, long[]> times = new LinkedHashMap<>();
            Map<String, Long> totals = new LinkedHashMap<>();
            Map<String, long[]> cpu = new LinkedHashMap<>();
            for (String[] q : mix) times.put(q[0] + "\t" + q[1], new long[rounds]);
            for (String[] q : mix) cpu.put(q[0] + "\t" + q[1], new long[rounds]);
            ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
            // warm-up: the JIT compiles the hot paths; then rounds interleave the queries, as a mixed load would
            for (int w = 0; w < Math.max(20, rounds / 4); w++) for (String[] q : mix) run(archive, q);
            for (int r = 0; r < rounds; r++) {
                for (String[] q : mix) {
                    long c0 = threadTimes.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                    SearchResult res = run(archive, q);
                    times.get(q[0] + "\t" + q[1])[r] = System.nanoTime() - t0;
                    cpu.get(q[0] + "\t" + q[1])[r] = threadTimes.getCurrentThreadCpuTime() - c0;
                    totals.put(q[0] + "\t" + q[1], res.total());
                }
            }
            List<Long> all = new ArrayList<>(), allCpu = new ArrayList<>();
            System.out.printf(Locale.ROOT, "%-10s %8s %8s %8s %9s  %s%n", "kind", "p50 ms", "p99 ms", "cpu p50", "matches", "query");
            for (var e : times.entrySet()) {
                long[] t = e.getValue(), c = cpu.get(e.getKey());
                for (long x : t) all.add(x);
                for (long x : c) allCpu.add(x);
                String[] kq = e.getKey().split("\t", 2);
                System.out.printf(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f %9d  %s%n", kq[0], pct(t, 50), pct(t, 99), pct(c, 50),
                        totals.get(e.getKey()), kq[1]);
            }
            long[] mixed = all.stream().mapToLong(Long::longValue).toArray();
            long[] mixedCpu = allCpu.stream().mapToLong(Long::longValue).toArray();
            System.out.printf(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f %9s  (%d searches)%n", "mix", pct(mixed, 50), pct(mixed, 99),
                    pct(mixedCpu, 50), "", mixed.length);
        }
    }

    static SearchResult run(Archive archive, String[] q) throws Exception {
        boolean threads = q[0].equals("threads");
        return archive.search(new SearchRequest(LoreQuery.parse(q[1]), SearchRequest.Sort.RELEVANCE,
                SearchRequest.DEFAULT_LIMIT, 0, threads, false, !Boolean.getBoolean("nosnippets"), false));
    }

    static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, i)] / 1e6;
    }
}
