package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.archive.LocalArchive;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the archive is: the options every command that reads or writes one shares. */
final class ArchiveOptions {

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index directory (default: $PARLEY_INDEX, else index-data/ beside the launcher).")
    Path index;

    Path indexDir() {
        if (index != null) return index;
        String env = System.getenv("PARLEY_INDEX");
        if (env != null && !env.isBlank()) return Path.of(env);
        String home = System.getProperty("parley.home");
        return home != null ? Path.of(home, "index-data") : Path.of("index-data");
    }

    Archive open() {
        return new LocalArchive(indexDir());
    }
}
