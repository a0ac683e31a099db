package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.ingest.StaleLock;
import dev.parley.model.IndexLockedException;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.Map;

/**
 * The single-writer lock of an archive in a cluster: a document in the index {@code NAME-lock}, created only if
 * absent, naming the host and pid of the import that holds it. A lock left by a dead process on this same host is
 * recognised as stale, reported and taken over; a lock held elsewhere cannot be judged from here and is refused.
 */
final class ClusterLock implements AutoCloseable {

    private static final String ID = "writer";

    private final ClusterClient client;
    private final String index;
    private final long stalePid;

    private ClusterLock(ClusterClient client, String index, long stalePid) {
        this.client = client;
        this.index = index;
        this.stalePid = stalePid;
    }

    static ClusterLock acquire(ClusterClient client, ClusterSchema schema) throws IOException {
        String index = schema.lockIndex();
        if (client.sendOrMissing("HEAD", "/" + index, Map.of(), null) == null) {
            ObjectNode body = ClusterClient.JSON.createObjectNode();
            body.putObject("settings").putObject("index").put("number_of_shards", 1).put("auto_expand_replicas", "0-1");
            try {
                client.send("PUT", "/" + index, Map.of("wait_for_active_shards", "1"), body);
            } catch (ClusterException e) {
                if (!"resource_already_exists_exception".equals(e.type())) throw e;
            }
        }
        String host = hostName();
        long self = ProcessHandle.current().pid();
        ObjectNode me = ClusterClient.JSON.createObjectNode().put("host", host).put("pid", self)
                .put("since", Instant.now().toString());
        long stale = -1;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                client.send("PUT", "/" + index + "/_create/" + ID, Map.of("refresh", "true"), me);
                return new ClusterLock(client, index, stale);
            } catch (ClusterException e) {
                if (e.status() != 409) throw e;
            }
            JsonNode held = client.sendOrMissing("GET", "/" + index + "/_doc/" + ID, Map.of(), null);
            if (held == null || !held.path("found").asBoolean()) continue; // released meanwhile
            JsonNode src = held.path("_source");
            long pid = src.path("pid").asLong(-1);
            boolean here = host.equals(src.path("host").asText());
            if (here && StaleLock.isStale(pid)) {
                client.sendOrMissing("DELETE", "/" + index + "/_doc/" + ID, Map.of("refresh", "true"), null);
                stale = pid;
                continue;
            }
            throw new IndexLockedException("archive " + schema.alias() + " on " + client.url() + " is locked by another import ("
                    + "pid " + pid + " on " + src.path("host").asText() + " since " + src.path("since").asText()
                    + "); wait for it to finish or stop it", here ? pid : -1);
        }
        throw new IndexLockedException("archive " + schema.alias() + " on " + client.url() + " is locked by another import", -1);
    }

    /** The pid of a dead import on this host whose lock was taken over, or -1. */
    long stalePid() {
        return stalePid;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    @Override
    public void close() throws IOException {
        client.sendOrMissing("DELETE", "/" + index + "/_doc/" + ID, Map.of("refresh", "true"), null);
    }
}
