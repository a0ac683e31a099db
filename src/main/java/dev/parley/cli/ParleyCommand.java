package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.List;

/** The top command: only lists the sub-commands. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Mailing-list archive: import mail, search it the lore way, and read the debates in it.",
        footer = {"%nExample:%n  parley import samples/ && parley stats", ExitCode.HELP})
final class ParleyCommand implements Runnable {

    /** The sub-commands, one per line, in the order help lists them; {@link Main} adds them to the command line. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ImportCommand.class,
            FetchCommand.class,
            StatsCommand.class,
            SearchCommand.class,
            ShowCommand.class,
            ThreadCommand.class,
            ExportCommand.class,
            SyncCommand.class,
            CheckCommand.class,
            ReindexCommand.class,
            DebateCommand.class,
            QuotesCommand.class,
            DigestCommand.class,
            PersonCommand.class,
            EvalStanceCommand.class,
            EvalToneCommand.class,
            TrainToneCommand.class,
            WarmupCommand.class,
            ServeCommand.class,
            DaemonCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
