package dev.parley.opensearch;

import dev.parley.cli.Main;
import dev.parley.testing.Rest;
import dev.parley.testing.Samples;
import dev.parley.testing.TestCluster;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clear errors: a cluster that cannot be reached, a template or index of another schema version, a held lock. */
class ClusterErrorsTest {

    record Run(int code, String out, String err) {
    }

    static Run parley(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void assertOneSentence(Run r) {
        assertEquals(1, r.err().lines().count(), "one sentence, no stack trace: " + r.err());
        assertTrue(r.err().startsWith("parley: "), r.err());
    }

    @Test
    void anUnreachableClusterIsNamedInOneSentence() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        String url = "http://127.0.0.1:" + port;
        for (String[] args : new String[][]{{"stats"}, {"search", "wavefs"}, {"import", Samples.WAVEFS.toString()}}) {
            String[] full = new String[args.length + 3];
            full[0] = args[0];
            full[1] = "--backend";
            full[2] = "opensearch";
            full[3] = "--url=" + url;
            System.arraycopy(args, 1, full, 4, args.length - 1);
            Run r = parley(full);
            assertEquals(1, r.code(), r.err());
            assertOneSentence(r);
            assertTrue(r.err().contains("cannot reach the OpenSearch cluster at " + url) && r.err().contains("connection refused"), r.err());
        }
    }

    @Test
    void aMissingArchiveSaysHowToMakeOne() throws IOException {
        try (TestCluster c = new TestCluster("missing", 1)) {
            Run r = parley("stats", "--url", c.settings.url(), "--alias", c.settings.name());
            assertEquals(1, r.code(), r.err());
            assertOneSentence(r);
            assertTrue(r.err().contains("no archive '" + c.settings.name() + "'") && r.err().contains("parley import --backend opensearch"), r.err());
        }
    }

    @Test
    void aTemplateOfAnotherVersionIsRefusedAndReindexMovesTheArchiveToThisOne() throws IOException {
        try (TestCluster c = new TestCluster("version", 1)) {
            String url = c.settings.url(), name = c.settings.name();
            assertEquals(0, parley("import", "-q", "--url", url, "--alias", name, Samples.WAVEFS.toString()).code());
            int messages = (int) ClusterImport.count(c.archive.client(), name);

            // another Parley's template: an import must not write this archive with a mixed schema
            String template = Rest.ok("GET", "/_index_template/" + name + "-messages", null)
                    .path("index_templates").path(0).path("index_template").toString()
                    .replace("\"version\":" + ClusterSchema.VERSION, "\"version\":999");
            Rest.ok("PUT", "/_index_template/" + name + "-messages", template);
            Run refused = parley("import", "-q", "--url", url, "--alias", name, Samples.NETDEV.toString());
            assertEquals(1, refused.code(), refused.err());
            assertOneSentence(refused);
            assertTrue(refused.err().contains("index template " + name + "-messages") && refused.err().contains("version 999")
                    && refused.err().contains("this Parley uses version " + ClusterSchema.VERSION)
                    && refused.err().contains("parley reindex"), refused.err());
            assertEquals(messages, ClusterImport.count(c.archive.client(), name), "nothing was written");

            // an index written by another version is refused for reads too
            String index = name + "-messages-1";
            Rest.ok("PUT", "/" + index + "/_mapping", "{\"_meta\":{\"parley_template\":999,\"parley_schema\":9}}");
            Run read = parley("search", "--url", url, "--alias", name, "wavefs");
            assertEquals(1, read.code(), read.err());
            assertTrue(read.err().contains("index " + index) && read.err().contains("version 999"), read.err());

            Run reindex = parley("reindex", "-q", "--url", url, "--alias", name);
            assertEquals(0, reindex.code(), reindex.err());
            assertTrue(reindex.out().contains("Reindexed " + messages), reindex.out());
            Run search = parley("search", "--json", "--url", url, "--alias", name, "wavefs");
            assertEquals(0, search.code(), search.err());
            assertEquals(404, Rest.call("GET", "/" + index, null).status(), "the old index is gone");
            assertEquals(messages, ClusterImport.count(c.archive.client(), name), "every message was carried over");
            assertEquals(ClusterSchema.VERSION, new ClusterSchema(c.archive.client(), c.settings).templateVersion());
        }
    }

    @Test
    void aSecondImportIsRefusedWhileOneHoldsTheLock() throws IOException {
        try (TestCluster c = new TestCluster("lock", 1)) {
            String url = c.settings.url(), name = c.settings.name();
            assertEquals(0, parley("import", "-q", "--url", url, "--alias", name, Samples.WAVEFS.toString()).code());
            // an import running on another machine holds the lock
            Rest.ok("PUT", "/" + name + "-lock/_create/writer?refresh=true",
                    "{\"host\":\"elsewhere.example\",\"pid\":4242,\"since\":\"2026-01-01T00:00:00Z\"}");
            Run r = parley("import", "-q", "--url", url, "--alias", name, Samples.NETDEV.toString());
            assertEquals(3, r.code(), r.err());
            assertOneSentence(r);
            assertTrue(r.err().contains("locked by another import (pid 4242 on elsewhere.example"), r.err());
            Rest.ok("DELETE", "/" + name + "-lock/_doc/writer?refresh=true", null);
            assertEquals(0, parley("import", "-q", "--url", url, "--alias", name, Samples.NETDEV.toString()).code());
        }
    }
}
