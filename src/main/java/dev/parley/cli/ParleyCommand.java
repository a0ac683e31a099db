package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: only lists the sub-commands. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Mailing-list archive: import mail, search it the lore way, and read the debates in it.",
        subcommands = {
                ImportCommand.class,
                StatsCommand.class,
                SearchCommand.class,
                ShowCommand.class,
                ThreadCommand.class,
                ExportCommand.class,
                SyncCommand.class,
                CheckCommand.class,
                ReindexCommand.class,
                WarmupCommand.class,
        },
        footer = {"%nExample:%n  parley import samples/ && parley stats", ExitCode.HELP})
final class ParleyCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
