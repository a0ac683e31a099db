package dev.parley.cli;

import dev.parley.testing.CliRun;
import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {

    @Test
    void listenTakesHostAndPortOrAPortAlone() {
        assertEquals(new InetSocketAddress("127.0.0.1", 8080), ServeCommand.address("8080"));
        assertEquals(new InetSocketAddress("127.0.0.1", 9000), ServeCommand.address("127.0.0.1:9000"));
        InetSocketAddress v6 = ServeCommand.address("[::1]:0");
        assertTrue(v6.getAddress().isLoopbackAddress() && v6.getPort() == 0);
        CliException bad = assertThrows(CliException.class, () -> ServeCommand.address("localhost:http"));
        assertEquals(ExitCode.USAGE, bad.exitCode);
        assertThrows(CliException.class, () -> ServeCommand.address("127.0.0.1:70000"));
    }

    @Test
    void errorsAreOneSentenceWithTheirExitCode(@TempDir Path dir) {
        CliRun none = CliRun.run(dir.resolve("missing"), "serve", "--listen", "127.0.0.1:0");
        assertEquals(ExitCode.NOT_FOUND, none.code());
        assertTrue(none.err().startsWith("parley: no index at ") && none.err().strip().lines().count() == 1, none.err());
        CliRun bad = CliRun.run(dir, "serve", "--listen", "here:there");
        assertEquals(ExitCode.USAGE, bad.code());
        assertEquals("parley: --listen wants HOST:PORT, not 'here:there'", bad.err().strip());
        CliRun base = CliRun.run(dir, "serve", "--base-url", "lists.example.org/parley");
        assertEquals(ExitCode.USAGE, base.code());
        assertEquals("parley: --base-url: 'lists.example.org/parley' is not http(s)://HOST[:PORT] (the server's pages sit at "
                + "the root)", base.err().strip());
    }

    @Test
    void theCommandServesUntilItIsStopped(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.WAVEFS);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "dev.parley.cli.Main", "serve", "--index", index.toString(),
                "--listen", "127.0.0.1:0")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertNotNull(line, "the server said nothing");
            Matcher m = Pattern.compile("^Serving .+ at (http://127\\.0\\.0\\.1:\\d+)/$").matcher(line);
            assertTrue(m.matches(), line);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1)
                    + "/all/?q=s:wavefs")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("17 matching messages in 1 thread"), page.body());
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook stops the server
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "it stops");
        }
    }
}
