package dev.parley.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a route answers: status, content type, extra headers, and the body, either bytes in hand or written as a
 * stream (the mbox downloads, whose size is not known before they are written).
 */
final class Response {

    /** Writes a streamed body. */
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    final int status;
    final String contentType;
    final Map<String, String> headers = new LinkedHashMap<>();
    final byte[] bytes;
    final Writer stream;

    private Response(int status, String contentType, byte[] bytes, Writer stream) {
        this.status = status;
        this.contentType = contentType;
        this.bytes = bytes;
        this.stream = stream;
    }

    static Response bytes(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body, null);
    }

    static Response text(int status, String contentType, String body) {
        return bytes(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static Response html(String page) {
        return text(200, HTML, page);
    }

    static Response stream(String contentType, Writer w) {
        return new Response(200, contentType, null, w);
    }

    /** A permanent redirect to an absolute URL, with a line of text for clients that show it (as public-inbox). */
    static Response redirect(String location) {
        return text(301, TEXT, "Redirecting to " + location + "\n").header("Location", location);
    }

    Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
