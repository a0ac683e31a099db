package dev.parley.opensearch;

import dev.parley.cli.Main;
import dev.parley.query.LoreQuery;
import dev.parley.testing.Samples;
import dev.parley.testing.SearchFixture;
import dev.parley.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command prints the same on both backends (debate, quotes and digest included: they read through the same
 * archive interface): the cluster archive is filled by {@code parley sync} from an
 * embedded one, then each read command runs once with {@code --index} and once against the cluster (by options, and
 * by a {@code backend.properties} file beside an index), and their outputs are compared byte for byte.
 */
class ClusterCommandsTest {

    @TempDir
    static Path tmp;
    static Path index;
    static TestCluster cluster;
    static String[] remote;

    record Run(int code, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    static Run parley(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    static void fill() throws IOException {
        index = tmp.resolve("index");
        Path fixture = tmp.resolve("fixture.mbox");
        Files.writeString(fixture, SearchFixture.mbox());
        assertEquals(0, parley("import", "-q", "--index", index.toString(), Samples.SAMPLES.toString(), fixture.toString()).code());
        cluster = new TestCluster("commands", 2);
        remote = new String[]{"--backend", "opensearch", "--url", cluster.settings.url(), "--alias", cluster.settings.name()};
        Run sync = parley("sync", "--json", "-q", "--index", index.toString(), "--to", cluster.settings.url(),
                "--alias", cluster.settings.name(), "--shards", "2", "--replicas", "0");
        assertEquals(0, sync.code(), sync.err());
        assertTrue(sync.text().contains("\"duplicates\":0"), sync.text());
    }

    @AfterAll
    static void close() throws IOException {
        if (cluster != null) cluster.close();
    }

    static final String ROOT = "20180604081233.21877-1-grant@kernel.example";

    static final String[][] READS = {
            {"stats", "--json"},
            {"search", "wavefs"}, {"search", "--json", "f:grant@kernel.example d:2018-06-01..2018-06-30"},
            {"search", "--threads", "--sort", "-date", "nq:\"staging tree\" OR delet* -q:nack"},
            {"search", "--mbox", "--limit", "3", "--sort", "date", "s:wavefs"}, {"search", "--json", "--sort", "date", "--offset", "2", "frob*"},
            {"search", "--json", "--threads", "--sort", "date", "d:2020-01-01.."},
            {"show", ROOT}, {"show", "--raw", SearchFixture.PATCH},
            {"thread", ROOT}, {"thread", "--json", SearchFixture.REVIEW},
            {"export", "--thread", ROOT},
            // the analyses read through the same archive interface
            {"debate", "--json", ROOT}, {"debate", "--query", "s:wavefs delete"},
            {"quotes", "--json", "--from", "grant", ROOT}, {"digest", ROOT},
            {"digest", "--format", "json", "--query", "s:wavefs", "--since", "2018-06-01", "--top", "3"},
    };

    @Test
    void readCommandsPrintTheSameOnBothBackends() {
        for (String[] args : READS) {
            Run local = parley(with(args, "--index", index.toString()));
            Run onCluster = parley(with(args, remote));
            assertEquals(0, local.code(), String.join(" ", args) + ": " + local.err());
            assertEquals(local.code(), onCluster.code(), String.join(" ", args) + ": " + onCluster.err());
            String shown = String.join(" ", args);
            if (args[0].equals("stats")) {
                // the size on disk differs by nature; everything else agrees
                assertEquals(local.text().replaceAll("\"index_bytes\":\\d+", ""), onCluster.text().replaceAll("\"index_bytes\":\\d+", ""), shown);
            } else if (args[0].equals("search") && !List.of(args).contains("--mbox")) {
                // hits of equal score come in index order, which differs between backends (the ranking itself is
                // compared by Parity), and scores differ in the last digits (deleted documents count in the
                // statistics); everything else agrees
                boolean anyBest = List.of(args).contains("--threads") && !LoreQuery.parse(args[args.length - 1]).ranked();
                assertEquals(blocks(local.text(), anyBest), blocks(onCluster.text(), anyBest), shown);
            } else {
                assertArrayEquals(local.out(), onCluster.out(), shown + ":\n" + local.text() + "\nvs\n" + onCluster.text());
            }
        }
    }

    @Test
    void exportAllGivesTheSameMessages() {
        Run local = parley("export", "--all", "--index", index.toString());
        Run onCluster = parley(with(new String[]{"export", "--all"}, remote));
        assertEquals(0, onCluster.code(), onCluster.err());
        List<String> a = sortedMessages(local.text()), b = sortedMessages(onCluster.text());
        assertEquals(a.size(), b.size(), "as many messages");
        for (int i = 0; i < a.size(); i++) assertEquals(a.get(i), b.get(i), "the same messages, in another order");
    }

    /**
     * The hits of search output (text or JSON), scores left out, sorted. Without words to rank by, every match of a
     * thread is as good as its best, and each backend shows another: then the best hits are left out too.
     */
    private static List<String> blocks(String out, boolean anyBest) {
        String noScores = out.replaceAll("\"score\":[0-9.E-]+,?", "");
        List<String> parts = new ArrayList<>();
        // each block without what separates it from the next (blank lines; a JSON comma or the closing "]}"): which
        // block comes last depends on the order of equal scores
        for (String p : noScores.split(noScores.startsWith("{") ? "(?=\\{\"(message_id|thread_id)\")" : "\n\n")) {
            parts.add(p.strip().replaceAll(",$|]}$", ""));
        }
        if (anyBest) parts.removeIf(p -> p.startsWith("{\"message_id\""));
        parts.sort(null);
        return parts;
    }

    private static List<String> sortedMessages(String mbox) {
        List<String> out = new ArrayList<>();
        for (String m : mbox.split("\n(?=From )")) out.add(m.strip()); // the last one has no blank line after it
        out.sort(null);
        return out;
    }

    @Test
    void aBackendFileBesideTheIndexPointsEveryCommandAtTheCluster() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pointer"));
        Files.writeString(dir.resolve("backend.properties"), "backend=opensearch\nurl=" + cluster.settings.url()
                + "\nname=" + cluster.settings.name() + "\n");
        Run viaFile = parley("thread", ROOT, "--index", dir.toString());
        assertEquals(0, viaFile.code(), viaFile.err());
        assertEquals(parley("thread", ROOT, "--index", index.toString()).text(), viaFile.text());
        Run check = parley("check", "--json", "--index", dir.toString());
        assertEquals(0, check.code(), check.text() + check.err());
        assertTrue(check.text().contains("\"healthy\":true") && check.text().contains("primary shard(s), health"), check.text());
        Run local = parley("search", "--backend", "local", "--index", dir.toString(), "wavefs");
        assertEquals(1, local.code(), "--backend local reads the (absent) index in the directory: " + local.err());
    }

    @Test
    void aSecondSyncSkipsWhatIsThereAndAddsWhatIsNew() throws IOException {
        Path more = tmp.resolve("more.mbox");
        Files.writeString(more, dev.parley.testing.Mail.mbox(dev.parley.testing.Mail.message("late@sync.example")
                .subject("Re: a late reply").replyTo(SearchFixture.PATCH)));
        Path copy = tmp.resolve("index-2");
        assertEquals(0, parley("import", "-q", "--index", copy.toString(), Samples.SAMPLES.toString(),
                tmp.resolve("fixture.mbox").toString(), more.toString()).code());
        String alias = cluster.settings.name() + "-resync";
        try {
            assertEquals(0, parley("sync", "-q", "--index", index.toString(), "--to", cluster.settings.url(), "--alias", alias,
                    "--replicas", "0").code());
            Run again = parley("sync", "--json", "-q", "--index", copy.toString(), "--to", cluster.settings.url(), "--alias", alias);
            assertEquals(0, again.code(), again.err());
            assertTrue(again.text().contains("\"imported\":1,") && again.text().contains("\"duplicates\":" + countOf(index)), again.text());
            Run thread = parley("thread", SearchFixture.PATCH, "--url", cluster.settings.url(), "--alias", alias);
            assertEquals(parley("thread", SearchFixture.PATCH, "--index", copy.toString()).text(), thread.text());
        } finally {
            try (OpenSearchArchive a = new OpenSearchArchive(cluster.settings.withName(alias))) {
                a.deleteAll();
            }
        }
    }

    private static long countOf(Path dir) {
        String json = parley("stats", "--json", "--index", dir.toString()).text();
        return Long.parseLong(json.replaceAll("(?s).*\"messages\":(\\d+).*", "$1"));
    }
}
