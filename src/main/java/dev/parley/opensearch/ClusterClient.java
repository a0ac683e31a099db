package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;

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
                .setMapper(new JacksonJsonpMapper(JSON))
                // a big bulk or a thread count over millions of messages can take longer than the default 30 s
                .setRequestConfigCallback(c -> c.setResponseTimeout(Timeout.ofMinutes(5)));
        if (prefix != null) b.setPathPrefix(prefix);
        this.transport = b.build();
        this.client = new OpenSearchGenericClient(transport);
    }

    String url() {
        return url;
    }

    /** A request whose answer must be 2xx. */
    JsonNode send(String method, String path, Map<String, String> params, JsonNode body) throws IOException {
        return parse(method, path, execute(method, path, params, body), false);
    }

    JsonNode send(String method, String path, JsonNode body) throws IOException {
        return send(method, path, Map.of(), body);
    }

    /** A request whose answer may be 404 (then null). */
    JsonNode sendOrMissing(String method, String path, Map<String, String> params, JsonNode body) throws IOException {
        return parse(method, path, execute(method, path, params, body), true);
    }

    /** A bulk request of prepared NDJSON, sent without waiting; the future fails with a {@link ClusterException}. */
    CompletableFuture<JsonNode> bulkAsync(String index, byte[] ndjson) {
        String path = "/" + index + "/_bulk";
        var req = Requests.builder().method("POST").endpoint(path).body(Body.from(ndjson, "application/x-ndjson")).build();
        return client.executeAsync(req)
                .thenApply(ClusterClient::answer)
                .exceptionally(e -> {
                    Throwable cause = unwrap(e);
                    if (cause instanceof ResponseException re) return answer(re);
                    throw new CompletionException(unreachable(cause));
                })
                .thenApply(a -> {
                    try {
                        return parse("POST", path, a, false);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                });
    }

    /** An HTTP answer: status and body. */
    private record Answer(int status, byte[] body) {
    }

    private Answer execute(String method, String path, Map<String, String> params, JsonNode body) throws IOException {
        var b = Requests.builder().method(method).endpoint(path).query(params);
        if (body != null) b.body(Body.from(JSON.writeValueAsBytes(body), "application/json"));
        try {
            return answer(client.execute(b.build()));
        } catch (ResponseException e) {
            return answer(e); // the transport throws for some statuses, answers others
        } catch (IOException | RuntimeException e) {
            throw unreachable(e);
        }
    }

    private static Answer answer(Response r) {
        try (r) {
            return new Answer(r.getStatus(), r.getBody().map(Body::bodyAsBytes).orElse(new byte[0]));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The transport's exception for an HTTP error: its message ends with the body after the status line. */
    private static Answer answer(ResponseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int at = m.indexOf("] ", m.indexOf("status line ["));
        String body = at < 0 ? "" : m.substring(at + 2).strip();
        return new Answer(e.status(), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    private JsonNode parse(String method, String path, Answer a, boolean missingOk) throws IOException {
        if (a.status() == 404 && missingOk) return null;
        JsonNode json = a.body().length == 0 ? JSON.createObjectNode() : readOrText(a.body());
        if (a.status() >= 300) throw ClusterException.of(url, method + " " + path, a.status(), json);
        return json;
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
