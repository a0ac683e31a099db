package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Requests to an OpenSearch cluster through opensearch-java's generic client (Apache HttpClient 5 underneath: pooled
 * keep-alive connections). Bodies are JSON trees (Jackson) or prepared bytes (bulk NDJSON); the query DSL is built
 * as JSON trees by {@link ClusterQueries}, which reads closer to the DSL's documentation than the typed builders.
 * An HTTP error becomes a {@link ClusterException} with OpenSearch's own reason.
 */
final class ClusterClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    ClusterClient(String url) throws IOException {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        HttpHost host;
        String prefix;
        try {
            URI u = new URI(this.url);
            if (u.getHost() == null || u.getScheme() == null) throw new URISyntaxException(url, "needs http://HOST:PORT");
            host = new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? ("https".equals(u.getScheme()) ? 443 : 9200) : u.getPort());
            prefix = u.getPath() == null || u.getPath().isEmpty() ? null : u.getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("bad cluster URL '" + url + "': " + e.getMessage() + " (e.g. http://localhost:9200)");
        }
        ApacheHttpClient5TransportBuilder b = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper(JSON));
        if (prefix != null) b.setPathPrefix(prefix);
        this.transport = b.build();
        this.client = new OpenSearchGenericClient(transport);
    }

    String url() {
        return url;
    }

    /** A request whose answer must be 2xx. */
    JsonNode send(String method, String path, Map<String, String> params, JsonNode body) throws IOException {
        return parse(path, execute(method, path, params, body == null ? null : Body.from(JSON.writeValueAsBytes(body), "application/json")), false);
    }

    JsonNode send(String method, String path, JsonNode body) throws IOException {
        return send(method, path, Map.of(), body);
    }

    /** A request whose answer may be 404 (then null). */
    JsonNode sendOrMissing(String method, String path, Map<String, String> params, JsonNode body) throws IOException {
        return parse(path, execute(method, path, params, body == null ? null : Body.from(JSON.writeValueAsBytes(body), "application/json")), true);
    }

    /** A bulk request of prepared NDJSON, sent without waiting; the future fails with the transport's error. */
    CompletableFuture<JsonNode> bulkAsync(String index, byte[] ndjson) {
        var req = Requests.builder().method("POST").endpoint("/" + index + "/_bulk")
                .body(Body.from(ndjson, "application/x-ndjson")).build();
        return client.executeAsync(req).thenApply(r -> {
            try (r) {
                return parse("/" + index + "/_bulk", r, false);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }).exceptionallyCompose(e -> CompletableFuture.failedFuture(unreachable(unwrap(e))));
    }

    private Response execute(String method, String path, Map<String, String> params, Body body) throws IOException {
        var b = Requests.builder().method(method).endpoint(path).query(params);
        if (body != null) b.body(body);
        try {
            return client.execute(b.build());
        } catch (IOException | RuntimeException e) {
            throw unreachable(e);
        }
    }

    private static Throwable unwrap(Throwable e) {
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) e = e.getCause();
        return e;
    }

    /** A transport failure as one plain sentence naming the cluster. */
    private IOException unreachable(Throwable e) {
        if (e instanceof ClusterException c) return c;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.net.ConnectException || why.contains("Connection refused")) why = "connection refused";
        return new ClusterException("cannot reach the OpenSearch cluster at " + url + ": " + why
                + " (is it running? check --url or backend.properties)", 0, null, e);
    }

    private JsonNode parse(String path, Response r, boolean missingOk) throws IOException {
        try (r) {
            byte[] bytes = r.getBody().map(Body::bodyAsBytes).orElse(new byte[0]);
            int status = r.getStatus();
            if (status == 404 && missingOk) return null;
            JsonNode json = bytes.length == 0 ? JSON.createObjectNode() : readOrText(bytes);
            if (status >= 300) throw ClusterException.of(url, r.getMethod() + " " + path, status, json);
            return json;
        }
    }

    private static JsonNode readOrText(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            ObjectNode n = JSON.createObjectNode();
            n.put("error", new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            return n;
        }
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
