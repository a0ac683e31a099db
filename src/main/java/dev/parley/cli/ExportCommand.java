package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.mail.MboxWriter;
import dev.parley.model.StoredMessage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write messages as mboxrd to stdout, each exactly as it came in.",
                "Messages their archive has since removed (public-inbox removals) are left out."},
        footer = {"%nExamples:%n  parley export --thread 20180604081233.21877-1-grant@kernel.example > thread.mbox%n"
                + "  parley export --all | gzip > archive.mbox.gz", ExitCode.HELP})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--thread", paramLabel = "MSGID", description = "The thread of this message.")
        String thread;

        @Option(names = "--all", description = "Every message in the archive.")
        boolean all;
    }

    @Override
    public Integer call() throws Exception {
        BufferedOutputStream out = new BufferedOutputStream(Streams.out(), 1 << 16);
        MboxWriter w = new MboxWriter(out);
        try (Archive a = archive.open()) {
            if (what.all) {
                try {
                    a.forEach(true, m -> write(w, m));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                StoredMessage given = MessageIds.find(a, what.thread, false).get(0);
                for (StoredMessage m : a.thread(given.threadId(), true)) write(w, m);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void write(MboxWriter w, StoredMessage m) {
        if (m.removed()) return;
        try {
            w.write(m.fromAddress(), m.date(), m.raw());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
