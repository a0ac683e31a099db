package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.model.StoredMessage;
import dev.parley.render.MessageView;
import dev.parley.render.TextStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one message: decoded headers, then the body text; --raw prints the original bytes.",
        footer = {"%nExamples:%n  parley show 20180604081233.21877-1-grant@kernel.example%n"
                + "  parley show --raw '<20180604081233.21877-1-grant@kernel.example>' | git am", ExitCode.HELP})
final class ShowCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Parameters(paramLabel = "MSGID", description = "The Message-ID, with or without angle brackets.")
    String messageId;

    @Option(names = "--raw", description = "The message exactly as it came in.")
    boolean raw;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Console.stdout();
        try (Archive a = archive.open()) {
            List<StoredMessage> copies = MessageIds.find(a, messageId, true);
            if (raw) {
                for (StoredMessage m : copies) out.write(m.raw());
            } else {
                out.print(MessageView.copies(copies, new TextStyle(Console.colour())));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
