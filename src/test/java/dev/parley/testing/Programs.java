package dev.parley.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Other programs the tests run (b4, lei, git, curl): each with a home directory of its own in a temporary folder
 * (HOME and the XDG folders, so b4's cache, lei's store and daemon socket stay there). Missing programs make a test say
 * SKIPPED, except in CI ({@code CI} set), whose {@code .ci/run} installs them.
 */
public final class Programs {

    /** What a program said (stdout and stderr together) and its exit code. */
    public record Result(int code, String output) {
    }

    private Programs() {
    }

    /** Aborts the test (or fails it in CI) unless every program is installed. */
    public static void require(String debianPackages, String... programs) {
        for (String p : programs) {
            if (onPath(p)) continue;
            String why = p + " is not installed (Debian: apt-get install " + debianPackages + ")";
            if (System.getenv("CI") != null) throw new AssertionError(why + "; .ci/run should have installed it");
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
    }

    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    /** Runs the command in {@code home}, with it as HOME and the XDG folders below it; {@code stdin} may be null. */
    public static Result run(Path home, List<String> command, String stdin, int seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(home.toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        for (String x : List.of("CONFIG", "DATA", "STATE", "CACHE")) env.put("XDG_" + x + "_HOME", home.resolve(x.toLowerCase()).toString());
        Path runtime = home.resolve("run");
        Files.createDirectories(runtime);
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.remove("http_proxy");
        env.remove("HTTP_PROXY");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + seconds + " s");
        }
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
