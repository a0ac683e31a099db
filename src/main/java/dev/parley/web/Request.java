package dev.parley.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the routes read it: the method, the path split into percent-decoded segments, and the parameters of
 * the query string and of a form-encoded POST body (the first value of each name counts, as in public-inbox).
 *
 * @param base the scheme and authority the client used ({@code http://127.0.0.1:8080}), for absolute links
 */
record Request(String method, String rawPath, String rawQuery, List<String> segments, boolean trailingSlash,
               Map<String, String> params, String base) {

    /** A POST body larger than this is refused: lei and b4 send none, lore's forms a few short fields. */
    static final int MAX_FORM_BYTES = 8192;

    Request {
        segments = List.copyOf(segments);
        params = Collections.unmodifiableMap(new HashMap<>(params));
    }

    /**
     * Reads a request.
     *
     * @throws HttpError 400 for a path that does not decode, a parameter that is not UTF-8 or a body too large
     */
    static Request parse(String method, String rawPath, String rawQuery, String contentType, InputStream body,
                         String base) throws IOException {
        if (rawPath == null || !rawPath.startsWith("/")) throw HttpError.badRequest("the path must start with '/'");
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.substring(1).split("/", -1)) segments.add(decodeSegment(s));
        boolean slash = rawPath.endsWith("/");
        if (slash) segments.remove(segments.size() - 1); // "/all/" is ["all"]; "/" is []
        Map<String, String> params = new HashMap<>();
        form(rawQuery, params);
        if ("POST".equals(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) { // types ignore case
            form(new String(readBounded(body), StandardCharsets.ISO_8859_1), params);
        }
        return new Request(method, rawPath, rawQuery, segments, slash, params, base);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n; (n = in.read(buf)) > 0; ) {
            if (out.size() + n > MAX_FORM_BYTES) throw new HttpError(413, "the form is larger than " + MAX_FORM_BYTES + " bytes");
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Percent-decodes a path segment; '+' stays '+' in a path (b4 sends Message-IDs quoted with %2B). */
    static String decodeSegment(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("the path holds a malformed %-escape");
        }
    }

    private static void form(String raw, Map<String, String> into) {
        if (raw == null || raw.isEmpty()) return;
        for (String pair : raw.split("[&;]")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                into.putIfAbsent(k, v);
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("the query string holds a malformed %-escape");
            }
        }
    }

    String param(String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** A whole-number parameter within bounds, else {@code fallback}; out of bounds is a 400. */
    int intParam(String name, int fallback, int min, int max) {
        String v = param(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw HttpError.badRequest(name + "=" + n + " is outside " + min + ".." + max);
            return n;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a whole number, not '" + clip(v) + "'");
        }
    }

    boolean isHead() {
        return "HEAD".equals(method);
    }

    static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
