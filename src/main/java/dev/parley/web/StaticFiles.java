package dev.parley.web;

import dev.parley.render.DigestHtml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The site's two files, from the jar: the style sheet (the digest's, then the site's own) and the script of the
 * quote pages' copy button. Nothing else is served from files, so no path can lead outside them.
 */
final class StaticFiles {

    private static final Map<String, Response> FILES = Map.of(
            "parley.css", file("text/css; charset=utf-8", DigestHtml.CSS + read("parley.css")),
            "parley.js", file("text/javascript; charset=utf-8", read("parley.js")));

    private StaticFiles() {
    }

    /** The file of that name, or null. */
    static Response get(String name) {
        return FILES.get(name);
    }

    private static Response file(String type, String text) {
        return Response.text(200, type, text).header("Cache-Control", "max-age=3600");
    }

    private static String read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the jar lacks dev/parley/web/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
