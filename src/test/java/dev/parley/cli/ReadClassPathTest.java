package dev.parley.cli;

import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher runs search, show and thread with only the jars of {@code parley.read.artifacts} (pom.xml) on the class
 * path. Each of those commands, in every form the launcher's warm-up knows plus the odd sample mails (HTML only,
 * attachments, other charsets), must give in such a JVM exactly what it gives with every jar.
 */
class ReadClassPathTest {

    @TempDir
    Path tmp;

    @Test
    void searchShowAndThreadNeedNoOtherJar() throws Exception {
        String jars = System.getProperty("parley.read.classpath");
        assumeTrue(jars != null && !jars.isBlank(), "SKIPPED: parley.read.classpath comes from the Maven build");
        Path index = tmp.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.WAVEFS, Samples.NETDEV, Samples.ODD);
        }
        List<String[]> commands = new ArrayList<>();
        for (String[] c : WarmupCommand.COMMANDS) {
            if (List.of("search", "show", "thread").contains(c[0])) commands.add(c);
        }
        // multipart/alternative, multipart/mixed with attachments, ISO-8859-2 headers, HTML only
        for (String id : List.of("f3a8c1d2-5e7b-4a90-b6c4-2d1e9f0a7b35@example.net", "1538474722.918304.77251@mail.example.org",
                "8e2f4b61-0c9a-d3e7-51b2-6a7c0e9f1d48@example.de",
                "0102016634a1b7c9-5e2d8f04-1a6b-4c3e-9d70-e2f5b8a1c6d3-000000@email.fischbach.example.org")) {
            commands.add(new String[]{"show", id});
            commands.add(new String[]{"thread", "--json", id});
        }
        commands.add(new String[]{"search", "--json", "--threads", "b:html OR n:*"});
        commands.add(new String[]{"show", "no-such-message@example.org"});

        String classPath = Path.of("target/classes").toAbsolutePath() + File.pathSeparator + jars;
        for (String[] c : commands) {
            List<String> args = new ArrayList<>(List.of(c));
            args.addAll(List.of("--index", index.toString()));
            Result inProcess = inProcess(args);
            Result alone = separateJvm(classPath, args);
            String what = String.join(" ", c);
            assertFalse(alone.err.contains("Error") || alone.err.contains("internal error"), what + ": " + alone.err);
            assertEquals(inProcess.code, alone.code, what + ": " + alone.err);
            assertEquals(inProcess.out, alone.out, what);
            assertEquals(inProcess.err, alone.err, what);
        }
        assertTrue(commands.size() >= 12, "the warm-up's read commands were found");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result inProcess(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result separateJvm(String classPath, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", classPath, "dev.parley.cli.Main"));
        command.addAll(args);
        Path out = Files.createTempFile(tmp, "out", ".txt"), err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Result(code, Files.readString(out), Files.readString(err));
    }
}
