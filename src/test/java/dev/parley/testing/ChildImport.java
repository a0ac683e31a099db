package dev.parley.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code parley import} in a separate JVM, as people do, so tests can kill it or race it. */
public final class ChildImport {

    private ChildImport() {
    }

    public static Process start(Path index, Path input, Path log, String... extra) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "dev.parley.cli.Main", "import", "--quiet", "--index", index.toString()));
        cmd.addAll(List.of(extra));
        cmd.add(input.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
