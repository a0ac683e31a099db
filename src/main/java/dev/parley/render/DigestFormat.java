package dev.parley.render;

import dev.parley.analysis.digest.Digest;

import java.util.Locale;

/** The digest formats: one entry point per format so commands pick by name. */
public enum DigestFormat {
    MD, HTML, JSON;

    /** Reads md, markdown, html or json (any case). */
    public static DigestFormat parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> MD;
            case "html" -> HTML;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown format '" + s + "' (use md, html or json)");
        };
    }

    public String render(Digest d, String linkBase) {
        return switch (this) {
            case MD -> DigestMarkdown.render(d, linkBase);
            case HTML -> DigestHtml.render(d, linkBase);
            case JSON -> Json.write(DigestJson.json(d, linkBase), true) + "\n";
        };
    }
}
