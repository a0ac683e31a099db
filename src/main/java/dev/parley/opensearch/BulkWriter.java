package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes documents with the bulk API in bounded batches (at most {@link ClusterSettings#bulkDocs()} operations or
 * {@link ClusterSettings#bulkBytes()} bytes each), several requests in flight but never more than
 * {@link ClusterSettings#inFlightBytes()} bytes of them: a caller that would go past waits (back-pressure). When the
 * cluster rejects operations because it is busy (HTTP 429, {@code rejected_execution_exception}), those operations,
 * and only those, are sent again after a growing pause, and fewer requests are let in flight at once (halved after
 * a rejection, one more after each request that went through), so a busy cluster is not kept busy by our retries;
 * nothing is dropped. Any other refusal of one operation is
 * reported for that message and the import goes on; a cluster that cannot be reached stops it.
 */
final class BulkWriter {

    /** Hears about operations the cluster refused for good. */
    interface Failures {
        void failed(String location, String messageId, String reason);
    }

    private static final int MAX_ATTEMPTS = 30;
    /** Requests in flight at once, at most, and at first. */
    private static final int MAX_WINDOW = 16, FIRST_WINDOW = 4;
    private static final long FIRST_PAUSE_MS = 50, MAX_PAUSE_MS = 5_000;

    private record Op(byte[] bytes, String location, String messageId) {
    }

    private final ClusterClient client;
    private final String index;
    private final ClusterSettings settings;
    private final Failures failures;
    private final Semaphore inFlight;
    private final int inFlightPermits;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-bulk-retry");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<IOException> fatal = new AtomicReference<>();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong peakInFlightKb = new AtomicLong();
    private final Object windowLock = new Object();
    private int window = FIRST_WINDOW, running;
    private List<Op> batch = new ArrayList<>();
    private long batchBytes;

    BulkWriter(ClusterClient client, String index, ClusterSettings settings, Failures failures) {
        this.client = client;
        this.index = index;
        this.settings = settings;
        this.failures = failures;
        this.inFlightPermits = permits(settings.inFlightBytes());
        this.inFlight = new Semaphore(inFlightPermits);
    }

    /** Operations the cluster turned away as busy and that were sent again. */
    long rejected() {
        return rejected.get();
    }

    /** The most bytes (in KiB) that were in flight at once. */
    long peakInFlightKb() {
        return peakInFlightKb.get();
    }

    /** Bulk requests sent, retries included. */
    long requests() {
        return requests.get();
    }

    void index(String id, String routing, ObjectNode source, String location, String messageId) throws IOException {
        ObjectNode action = ClusterClient.JSON.createObjectNode();
        action.putObject("index").put("_id", id).put("routing", routing);
        add(new Op(ndjson(action, source), location, messageId));
    }

    /** Deletes a document if it is still at this version (a newer one, or none, is left alone). */
    void deleteIfUnchanged(String id, String routing, long seqNo, long primaryTerm) throws IOException {
        ObjectNode action = ClusterClient.JSON.createObjectNode();
        action.putObject("delete").put("_id", id).put("routing", routing).put("if_seq_no", seqNo)
                .put("if_primary_term", primaryTerm);
        add(new Op(ndjson(action, null), null, id));
    }

    private static byte[] ndjson(ObjectNode action, ObjectNode source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(source == null ? 128 : 4096);
        ClusterClient.JSON.writeValue(out, action);
        out.write('\n');
        if (source != null) {
            ClusterClient.JSON.writeValue(out, source);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private void add(Op op) throws IOException {
        failIfFatal();
        List<Op> full = null;
        synchronized (this) {
            batch.add(op);
            batchBytes += op.bytes.length;
            if (batch.size() >= settings.bulkDocs() || batchBytes >= settings.bulkBytes()) full = takeBatch();
        }
        if (full != null) send(full);
    }

    private List<Op> takeBatch() {
        List<Op> out = batch;
        batch = new ArrayList<>();
        batchBytes = 0;
        return out;
    }

    /** Sends what is buffered and waits until every request has been answered (retries included). */
    void flush() throws IOException {
        List<Op> rest;
        synchronized (this) {
            rest = batch.isEmpty() ? null : takeBatch();
        }
        if (rest != null) send(rest);
        try {
            inFlight.acquire(inFlightPermits); // all permits back: nothing is in flight
            inFlight.release(inFlightPermits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for bulk requests", e);
        }
        failIfFatal();
    }

    private void failIfFatal() throws IOException {
        IOException e = fatal.get();
        if (e != null) throw e;
    }

    private static int permits(long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024));
    }

    /** Waits for room in flight, then sends; the permits come back when the batch is fully done. */
    private void send(List<Op> ops) throws IOException {
        long bytes = 0;
        for (Op op : ops) bytes += op.bytes.length;
        int permits = Math.min(permits(bytes), inFlightPermits);
        try {
            inFlight.acquire(permits);
            synchronized (windowLock) {
                while (running >= window) windowLock.wait();
                running++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for room in flight", e);
        }
        peakInFlightKb.accumulateAndGet(inFlightPermits - inFlight.availablePermits(), Math::max);
        attempt(ops, permits, 1);
    }

    /** A batch is done (answered, retried to the end, or given up): its bytes and its place in the window come back. */
    private void done(int permits, int attempts) {
        synchronized (windowLock) {
            running--;
            window = attempts > 1 ? Math.max(1, window / 2) : Math.min(MAX_WINDOW, window + 1);
            windowLock.notifyAll();
        }
        inFlight.release(permits);
    }

    private void attempt(List<Op> ops, int permits, int attempt) {
        if (fatal.get() != null) {
            done(permits, attempt);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Op op : ops) body.writeBytes(op.bytes);
        requests.incrementAndGet();
        client.bulkAsync(index, body.toByteArray()).whenComplete((response, error) -> {
            try {
                List<Op> again = error == null ? answered(ops, response) : refused(ops, error);
                if (again.isEmpty()) {
                    done(permits, attempt);
                } else if (attempt >= MAX_ATTEMPTS) {
                    fatal.compareAndSet(null, new IOException("the OpenSearch cluster at " + client.url() + " stayed too busy: "
                            + again.size() + " operation(s) were still rejected after " + attempt + " attempts"));
                    done(permits, attempt);
                } else {
                    rejected.addAndGet(again.size());
                    long pause = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS << Math.min(attempt - 1, 20));
                    retries.schedule(() -> attempt(again, permits, attempt + 1), pause, TimeUnit.MILLISECONDS);
                }
            } catch (RuntimeException e) {
                fatal.compareAndSet(null, new IOException("bulk response could not be read: " + e, e));
                done(permits, attempt);
            }
        });
    }

    /** The whole request failed: busy (429) means try again, anything else stops the import. */
    private List<Op> refused(List<Op> ops, Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof IOException)) e = e.getCause();
        if (e instanceof ClusterException c && c.status() == 429) return ops;
        fatal.compareAndSet(null, e instanceof IOException io ? io : new IOException(e.toString(), e));
        return List.of();
    }

    /** Reads each item's answer; returns the operations to send again. */
    private List<Op> answered(List<Op> ops, JsonNode response) {
        if (!response.path("errors").asBoolean(false)) return List.of();
        List<Op> again = new ArrayList<>();
        JsonNode items = response.path("items");
        for (int i = 0; i < ops.size() && i < items.size(); i++) {
            JsonNode item = items.get(i).elements().next();
            int status = item.path("status").asInt(200);
            if (status < 300) continue;
            JsonNode err = item.path("error");
            String type = err.path("type").asText("");
            if (status == 429 || type.contains("rejected_execution")) {
                again.add(ops.get(i));
            } else if ((status == 404 || status == 409) && ops.get(i).location == null) {
                // a delete of what is already gone or was replaced: nothing to do
            } else {
                Op op = ops.get(i);
                failures.failed(op.location == null ? "bulk delete" : op.location, op.messageId,
                        "the cluster refused it: " + type + ": " + err.path("reason").asText(""));
            }
        }
        return again;
    }

    void close() {
        retries.shutdownNow();
    }
}
