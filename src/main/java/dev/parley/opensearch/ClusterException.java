package dev.parley.opensearch;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/** The cluster refused a request, or could not be reached (status 0); the message is one plain sentence. */
public class ClusterException extends IOException {

    private final int status;
    private final String type;

    ClusterException(String message, int status, String type, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.type = type;
    }

    static ClusterException of(String url, String request, int status, JsonNode body) {
        JsonNode err = body.path("error");
        JsonNode root = err.path("root_cause").path(0);
        String type = err.isObject() ? err.path("type").asText(null) : null;
        String reason = err.isObject() ? err.path("reason").asText("") : err.asText("");
        if (root.isObject() && !root.path("reason").asText("").equals(reason)) reason += " (" + root.path("reason").asText() + ")";
        return new ClusterException("the OpenSearch cluster at " + url + " answered " + status + " to " + request
                + (type == null ? "" : ": " + type) + (reason.isEmpty() ? "" : ": " + reason), status, type, null);
    }

    /** The HTTP status, or 0 when the cluster was not reached. */
    public int status() {
        return status;
    }

    /** OpenSearch's error type ({@code resource_already_exists_exception} ...), or null. */
    public String type() {
        return type;
    }
}
