package dev.parley.testing;

import dev.parley.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs a parley command line in-process against an index and captures what it prints (UTF-8).
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code parley ARGS --index INDEX}. */
    public static CliRun run(Path index, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--index";
        full[args.length + 1] = index.toString();
        int code = Main.run(full, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
