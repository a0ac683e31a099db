package dev.parley.cli;

import dev.parley.model.IndexLockedException;
import dev.parley.model.NoIndexException;
import dev.parley.query.QuerySyntaxException;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;

/** Entry point: runs one command and maps failures to one plain sentence and an exit code. */
public final class Main {

    /** Lucene logs its vector-API setup through java.util.logging; that is not for Parley's users. Held strongly. */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new ParleyCommand());
        addSubcommands(cl, args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Boolean colour = Streams.colour(); // a command run for someone else's terminal (the read daemon's)
        if (colour != null) cl.setColorScheme(CommandLine.Help.defaultColorScheme(colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, debug, err));
        cl.setParameterExceptionHandler((e, args1) -> {
            err.println("parley: " + e.getMessage());
            CommandLine c = e.getCommandLine();
            err.println("Try 'parley " + (c.getCommandName().equals("parley") ? "" : c.getCommandName() + " ") + "--help'.");
            return ExitCode.USAGE;
        });
        PrintStream[] previous = Streams.use(out, err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            Streams.restore(previous);
        }
    }

    /**
     * Picocli builds each command's model by reflection when it is added, which for every command took longer than
     * the rest of a search's start-up: a command line that names a sub-command gets only that one; help, no
     * arguments or an unknown name get them all.
     */
    static void addSubcommands(CommandLine cl, String[] args) {
        String named = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                named = a; // the top command has no option that takes a value
                break;
            }
        }
        for (Class<?> c : ParleyCommand.SUBCOMMANDS) {
            if (c.getAnnotation(CommandLine.Command.class).name().equals(named)) {
                add(cl, c);
                return;
            }
        }
        for (Class<?> c : ParleyCommand.SUBCOMMANDS) add(cl, c);
    }

    /** Adds a sub-command with its model transformer applied, which picocli does only for sub-commands it adds itself. */
    private static void add(CommandLine cl, Class<?> command) {
        cl.addSubcommand(command);
        CommandLine.Model.CommandSpec spec = cl.getSubcommands().get(command.getAnnotation(CommandLine.Command.class).name()).getCommandSpec();
        if (spec.modelTransformer() != null) spec.modelTransformer().transform(spec);
    }

    static int report(Throwable e, boolean debug, PrintStream err) {
        int code;
        String message;
        if (e instanceof CliException c) {
            code = c.exitCode;
            message = c.getMessage();
        } else if (e instanceof QuerySyntaxException) {
            code = ExitCode.USAGE;
            message = e.getMessage();
        } else if (e instanceof IndexLockedException) {
            code = ExitCode.LOCKED;
            message = e.getMessage();
        } else if (e instanceof NoIndexException) {
            code = ExitCode.NOT_FOUND;
            message = e.getMessage();
        } else if (e instanceof NoSuchFileException n) {
            code = ExitCode.NOT_FOUND;
            message = n.getFile() + ": no such file or directory";
        } else if (e instanceof InterruptedException) {
            code = ExitCode.NOT_FOUND;
            message = "interrupted";
        } else {
            code = ExitCode.NOT_FOUND;
            message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (!(e instanceof java.io.IOException)) message = "internal error: " + e + (debug ? "" : " (run with --debug for details)");
        }
        err.println("parley: " + oneLine(message));
        if (debug) e.printStackTrace(err);
        return code;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
