package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.lucene.LocalArchive;
import dev.parley.opensearch.ClusterSettings;
import dev.parley.opensearch.OpenSearchArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Copy the embedded archive (--index) into an OpenSearch cluster from its stored raw messages, "
                + "with the same parsing, dedupe and threading as an import. Resumable: messages the cluster already "
                + "holds are skipped, so an interrupted sync run again goes on where it stopped.",
        footer = {"%nExample:%n  parley sync --index /srv/lkml-index --to http://search.example:9200 --shards 6", ExitCode.HELP})
final class SyncCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR",
            description = "The embedded index to copy (default: $PARLEY_INDEX, else index-data/ beside the launcher).")
    Path index;

    @Option(names = "--to", paramLabel = "URL", required = true, description = "The OpenSearch cluster, e.g. http://localhost:9200.")
    String url;

    @Option(names = "--alias", paramLabel = "NAME", description = "The archive's name in the cluster (default: parley).")
    String alias;

    @Option(names = "--shards", paramLabel = "N", description = "Primary shards if the cluster archive is new (default: 1).")
    Integer shards;

    @Option(names = "--replicas", paramLabel = "N", description = "Replicas of each shard if the cluster archive is new (default: 1).")
    Integer replicas;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no warnings (errors are still printed).")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ArchiveOptions from = new ArchiveOptions();
        from.index = index;
        ClusterSettings target = target();
        return ImportJob.run(json, quiet, "Synced", report -> {
            try (Archive source = new LocalArchive(from.indexDir()); OpenSearchArchive cluster = new OpenSearchArchive(target)) {
                return cluster.copyFrom(source, ImportJob.options(), report);
            }
        });
    }

    private ClusterSettings target() {
        ClusterSettings target = ClusterSettings.of(url);
        try {
            if (alias != null) target = target.withName(alias);
            if (shards != null || replicas != null) {
                target = target.withShards(shards == null ? target.shards() : shards, replicas == null ? target.replicas() : replicas);
            }
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        return target;
    }
}
