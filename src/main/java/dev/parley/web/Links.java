package dev.parley.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Pieces of the links the pages make. */
final class Links {

    private Links() {
    }

    /** A value for a query string. */
    static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A search of an inbox, from an offset. */
    static String search(String inbox, String q, int offset) {
        return Page.inboxPath(inbox) + "?q=" + form(q) + (offset > 0 ? "&o=" + offset : "");
    }
}
