package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.mail.MailSource;
import dev.parley.mail.MailSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import mbox files (mboxo/mboxrd, plain or .gz), Maildirs, message files or directories of them, "
                + "and public-inbox git mirrors (a v2 inbox directory with git/N.git epochs, or one epoch).",
                "Importing a public-inbox mirror again (after git fetch) reads only the mail that came since; "
                        + "messages the archive removed are flagged removed."},
        footer = {"%nExamples:%n  parley import samples/%n  parley import --json --index /tmp/idx lkml-2018.mbox.gz"
                + "%n  parley import ~/lore/ksummit        # a mirror made with git clone --mirror"
                + "%n  parley import --backend opensearch --url http://localhost:9200 lkml-2018.mbox.gz",
                ExitCode.HELP})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to import.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no warnings (errors are still printed).")
    boolean quiet;

    @Option(names = "--commit-seconds", paramLabel = "N", defaultValue = "30",
            description = "Commit at least every N seconds; a crash loses at most that much (default: ${DEFAULT-VALUE}).")
    int commitSeconds;

    @Override
    public Integer call() throws Exception {
        return run(archive, MailSources.resolve(paths), json, quiet, commitSeconds);
    }

    /** Imports the sources, reporting problems and progress on stderr and the summary on stdout. */
    static int run(ArchiveOptions archive, List<MailSource> sources, boolean json, boolean quiet, int commitSeconds)
            throws Exception {
        return ImportJob.run(json, quiet, "Imported", report -> {
            try (Archive a = archive.open()) {
                return a.importMail(sources, ImportJob.options().withCommitSeconds(commitSeconds), report);
            }
        });
    }
}
