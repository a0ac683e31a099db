package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.ingest.ImportOptions;
import dev.parley.ingest.ImportRun;
import dev.parley.ingest.StaleLock;
import dev.parley.ingest.StoredSource;
import dev.parley.mail.MailSource;
import dev.parley.model.ArchiveInvariants;
import dev.parley.model.ArchiveStats;
import dev.parley.model.CheckReport;
import dev.parley.model.Field;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The archive in an OpenSearch cluster: the same {@link Archive} as the embedded index, so every command works on
 * either. Messages are documents of an index created from Parley's template ({@link ClusterSchema}), routed by
 * thread id so each thread lives on one shard; imports use the same parsing, dedupe and threading as the embedded
 * index ({@link ClusterImport}), searches the same query language ({@link ClusterQueries}). Reads see what the
 * cluster has refreshed: unlike the embedded index there is no snapshot held open between requests.
 */
public final class OpenSearchArchive implements Archive {

    private final ClusterSettings settings;
    private final ClusterClient client;
    private final ClusterSchema schema;
    private String readIndex;
    private long lastRejected;

    public OpenSearchArchive(ClusterSettings settings) throws IOException {
        this.settings = settings;
        this.client = new ClusterClient(settings.url());
        this.schema = new ClusterSchema(client, settings);
    }

    public ClusterSettings settings() {
        return settings;
    }

    ClusterClient client() {
        return client;
    }

    /** The index reads go to, checked once to be of this Parley's schema. */
    private synchronized String index() throws IOException {
        if (readIndex == null) readIndex = schema.checkReadable();
        return readIndex;
    }

    /** Bulk operations the cluster turned away as busy during the last import and that were sent again. */
    long lastImportRejections() {
        return lastRejected;
    }

    @Override
    public ImportSummary importMail(List<MailSource> sources, ImportOptions options, ImportListener listener)
            throws IOException, InterruptedException {
        String index = schema.ensureWritable();
        try (ClusterLock lock = ClusterLock.acquire(client, schema)) {
            reportStale(lock, listener);
            return importInto(index, sources, options, listener); // its last checkpoint refreshes the index
        }
    }

    private ImportSummary importInto(String index, List<MailSource> sources, ImportOptions options, ImportListener listener)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ImportRun run = new ImportRun(options, listener);
        ClusterImport store = new ClusterImport(client, schema, index, settings, run);
        try {
            run.run(sources, store);
            store.checkpoint();
            return run.summary(store.threadsTouched(), start);
        } finally {
            lastRejected = store.bulk().rejected();
            store.close();
        }
    }

    private void reportStale(ClusterLock lock, ImportListener listener) {
        StaleLock.report(lock.stalePid(), settings.url() + " " + schema.alias(), listener);
    }

    /**
     * Copies the messages of another archive into this one from their stored raw bytes, through the same import.
     * Resumable: messages whose content key is already here are skipped before they are parsed.
     */
    public ImportSummary copyFrom(Archive source, ImportOptions options, ImportListener listener)
            throws IOException, InterruptedException {
        String index = schema.ensureWritable();
        long[] skipped = {0};
        ImportSummary s;
        try (ClusterLock lock = ClusterLock.acquire(client, schema)) {
            reportStale(lock, listener);
            MailSource missing = missingMessages(source, index, skipped);
            s = importInto(index, List.of(missing), options, listener);
        }
        return new ImportSummary(s.files(), s.messagesRead() + skipped[0], s.imported(), s.duplicates() + skipped[0],
                s.errors(), s.warnings(), s.threads(), s.merges(), s.bytes(), s.seconds(), s.removed());
    }

    /** The stored messages of another archive that this one lacks, as a mail source. */
    private StoredSource missingMessages(Archive source, String index, long[] skipped) {
        return new StoredSource("archive copy", Map.of(), each -> {
            List<StoredMessage> batch = new ArrayList<>();
            try {
                source.forEach(true, m -> {
                    batch.add(m);
                    if (batch.size() >= 500) passMissing(index, batch, each, skipped);
                });
                passMissing(index, batch, each, skipped);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (Interrupted e) {
                throw (InterruptedException) e.getCause();
            }
        });
    }

    /** Hands on the messages of the batch whose content key the index lacks, and empties it. */
    private void passMissing(String index, List<StoredMessage> batch, StoredSource.Each each, long[] skipped) {
        try {
            Set<String> present = presentUids(index, batch);
            for (StoredMessage m : batch) {
                if (present.contains(m.uid())) skipped[0]++;
                else each.accept(m);
            }
            batch.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new Interrupted(e);
        }
    }

    private static final class Interrupted extends RuntimeException {
        Interrupted(InterruptedException e) {
            super(e);
        }
    }

    private Set<String> presentUids(String index, List<StoredMessage> batch) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", batch.size());
        body.put("_source", false);
        ArrayNode ids = body.putObject("query").putObject("terms").putArray(Field.UID.id());
        batch.forEach(m -> ids.add(m.uid()));
        body.putArray("docvalue_fields").add(Field.UID.id());
        Set<String> out = new HashSet<>();
        for (JsonNode h : client.send("POST", "/" + index + "/_search", body).path("hits").path("hits")) {
            out.add(h.path("fields").path(Field.UID.id()).path(0).asText());
        }
        return out;
    }

    @Override
    public ArchiveStats stats() throws IOException {
        String index = index();
        return ArchiveStats.of(new ArchiveStats.Counts() {
            @Override
            public long messages() throws IOException {
                return ClusterImport.count(client, index);
            }

            @Override
            public void distinct(Field field, ArchiveStats.Distinct out) throws IOException {
                ClusterReads.distinct(client, index, null, field.id(), 10_000, out::accept);
            }

            @Override
            public Instant edgeDate(boolean newest) throws IOException {
                ObjectNode body = ClusterClient.JSON.createObjectNode();
                body.put("size", 0);
                body.putObject("aggs").putObject("edge").putObject(newest ? "max" : "min").put("field", Field.DATE.id());
                JsonNode v = client.send("POST", "/" + index + "/_search", body).path("aggregations").path("edge").get("value");
                return v == null || v.isNull() ? null : Instant.ofEpochMilli(v.asLong());
            }

            @Override
            public long bytes() throws IOException {
                JsonNode store = client.send("GET", "/" + index + "/_stats/store", null);
                return store.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
            }
        });
    }

    @Override
    public List<StoredMessage> messages(String messageId, boolean withRaw) throws IOException {
        return ClusterReads.byMessageId(client, index(), Archive.normalizeMessageId(messageId), withRaw);
    }

    @Override
    public List<StoredMessage> thread(String threadId, boolean withRaw) throws IOException {
        return ClusterReads.thread(client, index(), threadId, withRaw);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return new ClusterSearch(client, index()).run(request);
    }

    @Override
    public void forEach(boolean withRaw, Consumer<StoredMessage> consumer) throws IOException {
        ClusterReads.all(client, index(), withRaw, h -> consumer.accept(ClusterDocuments.read(h.path("_source"))));
    }

    /**
     * Parley's invariants over every message (as for the embedded index), and the cluster's own: the index is
     * healthy (no unassigned primary) and every message sits on its thread's routing, so no thread is split.
     */
    @Override
    public CheckReport check() throws IOException {
        String index = index();
        JsonNode health = client.send("GET", "/_cluster/health/" + index, null);
        String status = health.path("status").asText("unknown");
        ArchiveInvariants inv = new ArchiveInvariants();
        ClusterReads.all(client, index, true, h -> {
            StoredMessage m = ClusterDocuments.read(h.path("_source"));
            inv.add(m);
            String routing = h.path("_routing").asText("");
            if (!routing.equals(m.threadId())) {
                inv.problem("message <" + m.messageId() + "> of thread " + m.threadId() + " is routed by '" + routing
                        + "', so its thread may be split across shards");
            }
        });
        String summary = index + ": " + health.path("active_primary_shards").asInt() + " primary shard(s), health " + status;
        return inv.report(!"red".equals(status), summary);
    }

    /**
     * Rebuilds the archive from its stored raw messages into a new index of this Parley's template, then moves the
     * alias to it and deletes the old one; the old index serves reads until the new one is complete.
     */
    @Override
    public ImportSummary reindex(ImportOptions options, ImportListener listener) throws IOException, InterruptedException {
        String old = schema.currentIndex();
        if (old == null) schema.checkReadable(); // throws the "no archive" error
        try (ClusterLock lock = ClusterLock.acquire(client, schema)) {
            reportStale(lock, listener);
            schema.putTemplate();
            int generation = Integer.parseInt(old.substring(old.lastIndexOf('-') + 1)) + 1;
            String fresh = schema.indexName(generation);
            if (client.sendOrMissing("HEAD", "/" + fresh, Map.of(), null) != null) client.send("DELETE", "/" + fresh, null);
            schema.createIndex(fresh);
            long before = ClusterImport.count(client, old);
            MailSource stored = new StoredSource(old, Map.of(), each -> {
                try {
                    ClusterReads.all(client, old, true, h -> {
                        try {
                            each.accept(ClusterDocuments.read(h.path("_source")));
                        } catch (InterruptedException e) {
                            throw new Interrupted(e);
                        }
                    });
                } catch (Interrupted e) {
                    throw (InterruptedException) e.getCause();
                }
            });
            ImportSummary s = importInto(fresh, List.of(stored), options, listener);
            if (s.imported() + s.duplicates() != before) {
                throw new IOException("reindex read " + before + " stored messages but indexed " + s.imported()
                        + "; the archive still reads " + old + ", and " + fresh + " is kept for inspection");
            }
            ObjectNode actions = ClusterClient.JSON.createObjectNode();
            ArrayNode list = actions.putArray("actions");
            list.addObject().putObject("remove").put("index", old).put("alias", schema.alias());
            list.addObject().putObject("add").put("index", fresh).put("alias", schema.alias());
            client.send("POST", "/_aliases", actions);
            client.send("DELETE", "/" + old, null);
            synchronized (this) {
                readIndex = null;
            }
            return s;
        }
    }

    /** Makes everything written so far visible to searches. */
    @Override
    public void refresh() throws IOException {
        String current = schema.currentIndex();
        if (current != null) client.send("POST", "/" + current + "/_refresh", null);
    }

    /** Deletes the archive from the cluster: its indices, alias, template and lock. For tests and clean-ups. */
    public void deleteAll() throws IOException {
        JsonNode indices = client.send("GET", "/" + schema.alias() + "-messages-*", null);
        for (var names = indices.fieldNames(); names.hasNext(); ) client.sendOrMissing("DELETE", "/" + names.next(), Map.of(), null);
        client.sendOrMissing("DELETE", "/" + schema.lockIndex(), Map.of(), null);
        client.sendOrMissing("DELETE", "/_index_template/" + schema.templateName(), Map.of(), null);
        synchronized (this) {
            readIndex = null;
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
