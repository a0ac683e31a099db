package dev.parley.opensearch;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where an archive lives in a cluster and how it is written.
 *
 * @param url the cluster, e.g. {@code http://localhost:9200}
 * @param name the archive's name: an alias over its current index (several archives can share a cluster)
 * @param shards primary shards of a new index (a thread always lives on one: messages are routed by thread)
 * @param replicas copies of each shard on other nodes
 * @param bulkDocs messages per bulk request at most
 * @param bulkBytes bytes per bulk request at most
 * @param inFlightBytes bytes of bulk requests sent and not yet answered, at most (back-pressure on the import)
 */
public record ClusterSettings(String url, String name, int shards, int replicas, int bulkDocs, long bulkBytes,
                              long inFlightBytes) {

    public static final String FILE = "backend.properties";

    public ClusterSettings {
        if (!name.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("archive name '" + name + "' must be lower case letters, digits, '_', '.' or '-'");
        }
        if (shards < 1 || replicas < 0 || bulkDocs < 1 || bulkBytes < 1 || inFlightBytes < bulkBytes) {
            throw new IllegalArgumentException("shards >= 1, replicas >= 0, bulk sizes >= 1 and in-flight bytes >= bulk bytes");
        }
    }

    /** The defaults: archive "parley", one shard and one replica, bulks of 1,000 messages or 8 MB, 32 MB in flight. */
    public static ClusterSettings of(String url) {
        return new ClusterSettings(url, "parley", 1, 1, 1000, 8L << 20, 32L << 20);
    }

    public ClusterSettings withName(String n) {
        return new ClusterSettings(url, n, shards, replicas, bulkDocs, bulkBytes, inFlightBytes);
    }

    public ClusterSettings withShards(int s, int r) {
        return new ClusterSettings(url, name, s, r, bulkDocs, bulkBytes, inFlightBytes);
    }

    public ClusterSettings withBulk(int docs, long bytes, long inFlight) {
        return new ClusterSettings(url, name, shards, replicas, docs, bytes, inFlight);
    }

    /**
     * Reads {@code backend.properties}: {@code backend=opensearch}, {@code url=}, and optionally {@code name=},
     * {@code shards=}, {@code replicas=}, {@code bulk.docs=}, {@code bulk.bytes=}, {@code bulk.inflight.bytes=}.
     * Returns null when the file says {@code backend=local} or has no backend.
     */
    public static ClusterSettings read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        String backend = p.getProperty("backend", "local").strip();
        if (backend.equals("local")) return null;
        if (!backend.equals("opensearch")) throw new IOException(file + ": unknown backend '" + backend + "' (use local or opensearch)");
        String url = p.getProperty("url");
        if (url == null || url.isBlank()) throw new IOException(file + ": backend=opensearch needs url=http://HOST:PORT");
        ClusterSettings d = of(url.strip());
        try {
            return new ClusterSettings(d.url, p.getProperty("name", d.name).strip(),
                    Integer.parseInt(p.getProperty("shards", "" + d.shards).strip()),
                    Integer.parseInt(p.getProperty("replicas", "" + d.replicas).strip()),
                    Integer.parseInt(p.getProperty("bulk.docs", "" + d.bulkDocs).strip()),
                    Long.parseLong(p.getProperty("bulk.bytes", "" + d.bulkBytes).strip()),
                    Long.parseLong(p.getProperty("bulk.inflight.bytes", "" + d.inFlightBytes).strip()));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }
}
