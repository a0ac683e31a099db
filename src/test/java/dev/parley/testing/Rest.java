package dev.parley.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP to the test node, to look at what the cluster holds without going through Parley's own client. */
public final class Rest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Rest() {
    }

    public record Answer(int status, JsonNode body) {
    }

    public static Answer call(String method, String pathAndQuery, String body) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(OpenSearchNode.shared().url() + pathAndQuery))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").build();
            HttpResponse<String> a = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
            return new Answer(a.statusCode(), a.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(a.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A 2xx answer's body. */
    public static JsonNode ok(String method, String pathAndQuery, String body) {
        Answer a = call(method, pathAndQuery, body);
        if (a.status() >= 300) throw new AssertionError(method + " " + pathAndQuery + " answered " + a.status() + ": " + a.body());
        return a.body();
    }
}
