package dev.parley.cli;

import dev.parley.testing.Samples;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored fields need zstd-jni's native code. Where it cannot load (a platform without a build, a temporary folder
 * that may not hold executables), commands say so in one sentence instead of dying with a linkage error.
 */
class NativeLibraryErrorTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingNativeLibraryIsOnePlainSentence() throws Exception {
        Path index = tmp.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(Samples.WAVEFS);
        }
        for (List<String> command : List.of(List.of("show", "20180604081233.21877-1-grant@kernel.example"),
                List.of("import", Samples.NETDEV.toString()))) {
            List<String> java = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                    "--enable-native-access=ALL-UNNAMED", "-DZstdNativePath=" + tmp.resolve("missing.so"),
                    "-cp", System.getProperty("java.class.path"), "dev.parley.cli.Main"));
            java.add(command.get(0));
            java.addAll(List.of("--index", index.toString()));
            java.addAll(command.subList(1, command.size()));
            Path err = tmp.resolve("err.txt");
            Process p = new ProcessBuilder(java).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int code = p.waitFor();
            List<String> lines = Files.readAllLines(err);
            assertEquals(1, code, command + ": " + lines);
            assertEquals(1, lines.size(), command + ": " + lines);
            assertTrue(lines.get(0).startsWith("parley: the Zstandard library (zstd-jni) could not load its native code on "),
                    command + ": " + lines);
        }
    }
}
