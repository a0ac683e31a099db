package dev.parley.cli;

import dev.parley.mail.MailSource;
import dev.parley.source.ThreadFetch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download the whole thread of a message from a public-inbox server (its t.mbox.gz, as b4 mbox "
                + "does) and import it.",
                "MSGID is a Message-ID (angle brackets optional) or a message URL such as "
                        + "https://lore.kernel.org/LIST/MSGID/, which also names the server."},
        footer = {"%nExamples:%n  parley fetch 20200827123627.538189-1-gregkh@linuxfoundation.org"
                + "%n  parley fetch --dry-run -o thread.mbx https://lore.kernel.org/ksummit/MSGID/",
                ExitCode.HELP})
final class FetchCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Parameters(paramLabel = "MSGID", description = "Message-ID of any message in the thread, or its URL.")
    String messageId;

    @Option(names = "--base", paramLabel = "URL",
            description = "The public-inbox server and inbox to ask (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://lore.kernel.org/all/")
    URI base;

    @Option(names = "--dry-run", description = "Only save the thread as an mbox file (MSGID.mbx, or -o FILE); import nothing.")
    boolean dryRun;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "With --dry-run: the file to save to.")
    Path output;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up when the server has not answered in full after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--json", description = "Print the import summary as one JSON object.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no warnings (errors are still printed).")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (output != null && !dryRun) throw CliException.usage("-o/--output goes with --dry-run");
        if (timeoutSeconds <= 0) throw CliException.usage("--timeout must be a positive number of seconds");
        ThreadFetch.Target target;
        try {
            target = ThreadFetch.target(messageId, base);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        Path download = Files.createTempFile("parley-fetch-", ".mbox.gz");
        try {
            ThreadFetch.download(target, Duration.ofSeconds(timeoutSeconds), download);
            MailSource thread = ThreadFetch.source(download, target);
            if (!dryRun) return ImportCommand.run(archive, List.of(thread), json, quiet, 30);
            Path out = output != null ? output : Path.of(ThreadFetch.fileName(target.messageId()));
            ThreadFetch.saveMbox(download, out);
            Streams.out().println("Saved the thread of <" + target.messageId() + "> to " + out);
            return ExitCode.OK;
        } finally {
            Files.deleteIfExists(download);
        }
    }
}
