package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.ingest.Admission;
import dev.parley.ingest.ImportRun;
import dev.parley.ingest.Removals;
import dev.parley.ingest.SourceCheckpoints;
import dev.parley.mail.MailSource;
import dev.parley.mail.RawMessage;
import dev.parley.model.Field;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The cluster's side of an import ({@link ImportRun.Store}). Workers gather parsed messages into batches; for each
 * batch one request asks the cluster which content keys and Message-IDs it already holds (and in which threads),
 * then the batch is admitted in order ({@link Admission}: the same dedupe and threading as the embedded index) and
 * handed to the {@link BulkWriter}, routed by thread id so a thread lives on one shard.
 *
 * <p>At each checkpoint every bulk request is awaited, and threads merged away since the last one are moved: their
 * messages are indexed again under the surviving thread's id and routing, then deleted from the old routing (in
 * that order, so a crash in between leaves a copy that {@code parley check} reports, never a lost message).
 * Removals that sources reported are applied then too, and resumable sources' positions are saved (in the
 * archive's lock index) for the next import to resume from, as the embedded index saves them with its commits.
 */
final class ClusterImport implements ImportRun.Store {

    /** Messages admitted per cluster lookup. */
    private static final int BATCH = 500;
    /** Ids per lookup request (terms lists and aggregation buckets stay well inside the cluster's limits). */
    private static final int IDS_PER_LOOKUP = 5_000;

    private final ClusterClient client;
    private final String index;
    private final ImportRun run;
    private final BulkWriter bulk;
    private final boolean emptyAtStart;
    private final BatchLookup existing = new BatchLookup();
    private final Admission admission = new Admission(existing);
    private final ReentrantReadWriteLock checkpointLock = new ReentrantReadWriteLock();
    private final String positions;
    private final SourceCheckpoints checkpoints;
    private final List<RawMessage> removals = new ArrayList<>(); // reported, not yet applied (reading thread only)
    private List<ImportRun.Prepared> pending = new ArrayList<>();

    ClusterImport(ClusterClient client, ClusterSchema schema, String index, ClusterSettings settings, ImportRun run)
            throws IOException {
        this.client = client;
        this.index = index;
        this.run = run;
        this.bulk = new BulkWriter(client, index, settings, run::failed);
        this.emptyAtStart = count(client, index) == 0;
        this.positions = "/" + schema.lockIndex() + "/_doc/positions";
        JsonNode savedDoc = client.sendOrMissing("GET", positions, Map.of(), null);
        Map<String, String> saved = new HashMap<>();
        if (savedDoc != null) savedDoc.path("_source").properties().forEach(e -> saved.put(e.getKey(), e.getValue().asText()));
        this.checkpoints = new SourceCheckpoints(saved);
    }

    @Override
    public void beforeSource(MailSource source) {
        checkpoints.start(source);
    }

    @Override
    public void removed(RawMessage m) {
        removals.add(m);
    }

    static long count(ClusterClient client, String index) throws IOException {
        return client.send("GET", "/" + index + "/_count", null).path("count").asLong();
    }

    BulkWriter bulk() {
        return bulk;
    }

    int threadsTouched() {
        return admission.threadsTouched();
    }

    @Override
    public void store(ImportRun.Prepared m) throws IOException {
        List<ImportRun.Prepared> full = null;
        synchronized (this) {
            pending.add(m);
            if (pending.size() >= BATCH) {
                full = pending;
                pending = new ArrayList<>();
            }
        }
        if (full != null) admitAndWrite(full);
    }

    @Override
    public void workerDone() throws IOException {
        List<ImportRun.Prepared> rest;
        synchronized (this) {
            rest = pending;
            pending = new ArrayList<>();
        }
        if (!rest.isEmpty()) admitAndWrite(rest);
    }

    private void admitAndWrite(List<ImportRun.Prepared> batch) throws IOException {
        checkpointLock.readLock().lock();
        try {
            Lookup found = emptyAtStart ? Lookup.NONE : lookup(batch);
            List<String> threads = new ArrayList<>(batch.size());
            synchronized (admission) {
                existing.current = found;
                for (ImportRun.Prepared m : batch) threads.add(admission.admit(m.uid(), m.message().threadLinks()));
                existing.current = Lookup.NONE;
            }
            for (int i = 0; i < batch.size(); i++) {
                ImportRun.Prepared m = batch.get(i);
                String thread = threads.get(i);
                if (thread == null) {
                    run.duplicate();
                    continue;
                }
                bulk.index(m.uid(), thread, ClusterDocuments.build(m.message(), thread, m.enriched()), m.raw().location(),
                        m.message().messageId());
                run.imported();
                run.warnProblems(m);
            }
        } finally {
            checkpointLock.readLock().unlock();
        }
    }

    @Override
    public void checkpoint() throws IOException {
        workerDone(); // a batch still gathering is part of what this checkpoint holds (the workers are drained)
        checkpointLock.writeLock().lock();
        try {
            Map<String, String> merges = admission.takeMerges();
            bulk.flush();
            if (!merges.isEmpty()) {
                refresh();
                move(merges);
            }
            run.merged(merges.size());
            if (!removals.isEmpty()) {
                refresh();
                run.removed(applyRemovals());
                removals.clear();
                bulk.flush();
            }
            refresh();
            Map<String, String> current = checkpoints.current();
            if (!current.isEmpty()) {
                ObjectNode doc = ClusterClient.JSON.createObjectNode();
                current.forEach(doc::put);
                client.send("PUT", positions, Map.of("refresh", "true"), doc);
            }
        } finally {
            checkpointLock.writeLock().unlock();
        }
    }

    void refresh() throws IOException {
        client.send("POST", "/" + index + "/_refresh", null);
    }

    /**
     * Moves every message of each merged-away thread to the surviving thread's id and routing. The old copy is
     * deleted only if it is still the version read here: when both routings lead to the same shard, indexing the
     * new copy replaced it (same id, same shard), and that conditional delete is refused instead of removing it.
     */
    private void move(Map<String, String> merges) throws IOException {
        List<JsonNode> old = new ArrayList<>();
        for (Map.Entry<String, String> e : merges.entrySet()) {
            String loser = e.getKey(), winner = e.getValue();
            ClusterReads.threadHits(client, index, loser, true, h -> {
                StoredMessage m = ClusterDocuments.read(h.path("_source"));
                try {
                    bulk.index(m.uid(), winner, ClusterDocuments.rebuild(m, winner), m.source(), m.messageId());
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
                old.add(h);
            });
        }
        bulk.flush();
        for (JsonNode h : old) {
            bulk.deleteIfUnchanged(h.path("_id").asText(), h.path("_routing").asText(), h.path("_seq_no").asLong(),
                    h.path("_primary_term").asLong());
        }
        bulk.flush();
    }

    /** Flags removed messages: their document again, with the flag, under the same id and routing. */
    private int applyRemovals() throws IOException {
        return Removals.apply(removals, run.listener(), (uid, raw) -> {
            ObjectNode body = ClusterClient.JSON.createObjectNode();
            body.set("query", ClusterReads.term(Field.UID.id(), uid));
            body.set("_source", ClusterReads.sourceFields(true));
            JsonNode hit = client.send("POST", "/" + index + "/_search", body).path("hits").path("hits").path(0);
            if (hit.isMissingNode()) return Removals.Outcome.NOT_HELD;
            StoredMessage m = ClusterDocuments.read(hit.path("_source"));
            if (m.removed()) return Removals.Outcome.ALREADY_FLAGGED;
            ObjectNode doc = ClusterDocuments.rebuild(m, m.threadId());
            doc.put(Field.REMOVED.id(), "1");
            bulk.index(m.uid(), hit.path("_routing").asText(), doc, raw.location(), m.messageId());
            return Removals.Outcome.FLAGGED;
        });
    }

    void close() {
        bulk.close();
    }

    /** What the cluster held for one batch: content keys present, and the thread of each Message-ID found. */
    private record Lookup(Set<String> uids, Map<String, String> threadOfId, Map<String, Integer> threadSizes) {
        static final Lookup NONE = new Lookup(Set.of(), Map.of(), Map.of());
    }

    /** The archive as it was, answered from the current batch's lookup. */
    private static final class BatchLookup implements Admission.Existing {
        Lookup current = Lookup.NONE;

        @Override
        public boolean containsUid(String uid) {
            return current.uids.contains(uid);
        }

        @Override
        public String threadOf(String messageId) {
            return current.threadOfId.get(messageId);
        }

        @Override
        public int size(String threadId) {
            return current.threadSizes.getOrDefault(threadId, 0);
        }
    }

    private Lookup lookup(List<ImportRun.Prepared> batch) throws IOException {
        Set<String> uids = new LinkedHashSet<>(), ids = new LinkedHashSet<>();
        for (ImportRun.Prepared m : batch) {
            uids.add(m.uid());
            for (String id : m.message().threadLinks()) {
                if (admission.threadOf(id) == null) ids.add(id); // ids this import already placed need no lookup
            }
        }
        Set<String> present = new HashSet<>(terms(Field.UID.id(), uids, null).keySet());
        Map<String, String> threadOfId = new HashMap<>();
        terms(Field.LINK.id(), ids, Field.THREAD.id()).forEach((id, bucket) -> threadOfId.put(id, bucket.thread));
        Map<String, Integer> sizes = new HashMap<>();
        terms(Field.THREAD.id(), new LinkedHashSet<>(threadOfId.values()), null).forEach((t, bucket) -> sizes.put(t, (int) bucket.count));
        return new Lookup(present, threadOfId, sizes);
    }

    private record Bucket(long count, String thread) {
    }

    /** Which of the values a keyword field holds (document counts, and the thread of one document when asked). */
    private Map<String, Bucket> terms(String field, Collection<String> values, String threadField) throws IOException {
        Map<String, Bucket> out = new HashMap<>();
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IDS_PER_LOOKUP) {
            List<String> part = all.subList(from, Math.min(all.size(), from + IDS_PER_LOOKUP));
            ObjectNode body = ClusterClient.JSON.createObjectNode();
            body.put("size", 0);
            ArrayNode list = body.putObject("query").putObject("terms").putArray(field);
            part.forEach(list::add);
            ObjectNode agg = body.putObject("aggs").putObject("found").putObject("terms");
            agg.put("field", field).put("size", part.size());
            ArrayNode include = agg.putArray("include");
            part.forEach(include::add);
            if (threadField != null) {
                ((ObjectNode) body.path("aggs").path("found")).putObject("aggs").putObject("thread")
                        .putObject("terms").put("field", threadField).put("size", 1);
            }
            JsonNode r = client.send("POST", "/" + index + "/_search", body);
            for (JsonNode b : r.path("aggregations").path("found").path("buckets")) {
                String thread = threadField == null ? null : b.path("thread").path("buckets").path(0).path("key").asText(null);
                out.put(b.path("key").asText(), new Bucket(b.path("doc_count").asLong(), thread));
            }
        }
        return out;
    }

}
