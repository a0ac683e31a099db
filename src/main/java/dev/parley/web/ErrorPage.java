package dev.parley.web;

import java.util.Map;

/** A failed request as a plain page: the status, one sentence, a way home. Text for the machine formats. */
final class ErrorPage {

    private static final Map<Integer, String> REASONS = Map.of(400, "Bad Request", 404, "Not Found",
            405, "Method Not Allowed", 413, "Content Too Large", 421, "Misdirected Request",
            500, "Internal Server Error", 503, "Service Unavailable");

    private ErrorPage() {
    }

    static Response of(int status, String sentence, String rawPath) {
        String reason = REASONS.getOrDefault(status, "Error");
        Response r;
        if (wantsText(rawPath)) {
            r = Response.text(status, Response.TEXT, status + " " + reason + ": " + sentence + "\n");
        } else {
            Page p = new Page(status + " " + reason, "all", null);
            p.main.addClass("error");
            p.main.appendElement("h1").text(status + " " + reason);
            p.main.appendElement("p").text(sentence);
            p.main.appendElement("p").appendElement("a").attr("href", "/").text("Back to the front page");
            r = Response.text(status, Response.HTML, p.html());
        }
        if (status == 405) r.header("Allow", "GET, HEAD, POST");
        if (status == 503) r.header("Retry-After", "5"); // busy, or a request given up: worth a try in a moment
        return r;
    }

    /** The machine formats (raw messages, mbox, feeds, JSON, Markdown) get their errors as text. */
    private static boolean wantsText(String rawPath) {
        if (rawPath == null) return true;
        String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
        return last.equals("raw") || last.contains(".");
    }
}
