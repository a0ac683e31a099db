package dev.parley.cli;

import dev.parley.identity.Mailmap;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the mailmap is: {@code --mailmap FILE}, else a file named {@code mailmap} beside the index directory. */
final class MailmapOption {

    @Option(names = "--mailmap", paramLabel = "FILE",
            description = "A git-format mailmap merging people's addresses and names (default: a file named mailmap "
                    + "beside the index directory, when there is one).")
    Path mailmap;

    Mailmap load(Path indexDir) throws IOException {
        if (mailmap != null) {
            if (!Files.isRegularFile(mailmap)) throw new NoSuchFileException(mailmap.toString());
            return Mailmap.read(mailmap);
        }
        Path beside = indexDir.toAbsolutePath().resolveSibling("mailmap");
        return Files.isRegularFile(beside) ? Mailmap.read(beside) : Mailmap.EMPTY;
    }
}
