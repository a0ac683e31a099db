package dev.parley.cli;

import dev.parley.analysis.digest.Digest;
import dev.parley.analysis.digest.DigestBuilder;
import dev.parley.render.DigestFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "A digest of a debate an editor reads in two minutes: the proposal in its author's words, the "
                + "positions for and against with their strongest quotes, the turning points, the questions left "
                + "open, and a timeline.",
        footer = {"%nExample:%n  parley digest 20180604081233.21877-1-grant@kernel.example%n"
                + "  parley digest --format html --out wavefs.html 20180604081233.21877-1-grant@kernel.example",
                ExitCode.HELP})
final class DigestCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    MailmapOption mailmap;

    @Mixin
    LinkOption link;

    @Parameters(paramLabel = "MSGID", arity = "0..1", description = "Any message of the thread (angle brackets optional).")
    String messageId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (Markdown, for pasting), html (one self-contained page) or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the digest to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        DigestFormat f = format();
        String base = link.base();
        if (messageId == null) throw CliException.usage("give the Message-ID of a message of the thread");
        Digest digest = DigestBuilder.build(ThreadLoader.read(archive, mailmap, messageId));
        write(f.render(digest, base));
        return ExitCode.OK;
    }

    private DigestFormat format() {
        try {
            return DigestFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--format: " + e.getMessage());
        }
    }

    private void write(String text) throws java.io.IOException {
        if (out == null) {
            Streams.out().print(text);
            return;
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
        Streams.err().println("Wrote " + out);
    }
}
