package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.lucene.LocalArchive;
import dev.parley.opensearch.ClusterSettings;
import dev.parley.opensearch.OpenSearchArchive;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the archive is: the options every command that reads or writes one shares. The embedded index in a
 * directory is the default; {@code --backend opensearch --url URL}, or a {@code backend.properties} file in the index
 * directory, points the command at an OpenSearch cluster instead.
 */
final class ArchiveOptions {

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index directory (default: $PARLEY_INDEX, else index-data/ beside the launcher).")
    Path index;

    @Option(names = "--backend", paramLabel = "KIND",
            description = "local (a Lucene index in --index, the default) or opensearch (a cluster at --url). "
                    + "Default: what DIR/backend.properties says, else local.")
    String backend;

    @Option(names = "--url", paramLabel = "URL", description = "The OpenSearch cluster, e.g. http://localhost:9200 (implies --backend opensearch).")
    String url;

    @Option(names = "--alias", paramLabel = "NAME", description = "The archive's name in the cluster (default: parley).")
    String alias;

    Path indexDir() {
        if (index != null) return index;
        String env = System.getenv("PARLEY_INDEX");
        if (env != null && !env.isBlank()) return Path.of(env);
        String home = System.getProperty("parley.home");
        return home != null ? Path.of(home, "index-data") : Path.of("index-data");
    }

    /** The cluster this command is pointed at, or null for the embedded index. */
    ClusterSettings cluster() throws IOException {
        Path file = indexDir().resolve(ClusterSettings.FILE);
        ClusterSettings fromFile = Files.isRegularFile(file) ? ClusterSettings.read(file) : null; // null: backend=local
        String kind = backend != null ? backend : url != null || fromFile != null ? "opensearch" : "local";
        if (kind.equals("local")) return null;
        if (!kind.equals("opensearch")) throw CliException.usage("unknown --backend '" + kind + "' (use local or opensearch)");
        ClusterSettings s;
        if (url != null) s = fromFile != null && fromFile.url().equals(url) ? fromFile : ClusterSettings.of(url);
        else if (fromFile != null) s = fromFile;
        else throw CliException.usage("--backend opensearch needs --url URL (or url= in " + file + ")");
        try {
            return alias == null ? s : s.withName(alias);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    Archive open() throws IOException {
        ClusterSettings c = cluster();
        return c == null ? new LocalArchive(indexDir(), IndexSnapshot.FileAccess.READ) : new OpenSearchArchive(c);
    }
}
