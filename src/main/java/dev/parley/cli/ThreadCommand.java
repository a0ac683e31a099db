package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.model.StoredMessage;
import dev.parley.render.Json;
import dev.parley.render.TextStyle;
import dev.parley.render.ThreadView;
import dev.parley.thread.ThreadTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "thread", mixinStandardHelpOptions = true,
        description = "Print the thread of a message as a reply tree (date, author, subject when it changes); "
                + "messages that are referenced but not in the archive are marked, the given one starts with '*'.",
        footer = {"%nExamples:%n  parley thread 20180604081233.21877-1-grant@kernel.example%n"
                + "  parley thread --json '<20180604081233.21877-1-grant@kernel.example>'", ExitCode.HELP})
final class ThreadCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Parameters(paramLabel = "MSGID", description = "A Message-ID in the thread, with or without angle brackets.")
    String messageId;

    @Option(names = "--json", description = "Print {\"thread_id\", \"messages\", \"root\": {..., \"children\": [...]}}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Console.stdout();
        try (Archive a = archive.open()) {
            StoredMessage given = MessageIds.find(a, messageId, false).get(0);
            List<StoredMessage> messages = a.thread(given.threadId(), false);
            ThreadTree<StoredMessage> tree = ThreadView.tree(messages);
            out.print(json ? Json.write(ThreadView.json(given.threadId(), tree)) + "\n"
                    : ThreadView.text(given.threadId(), tree, given.messageId(), new TextStyle(Console.colour())));
        }
        out.flush();
        return ExitCode.OK;
    }
}
