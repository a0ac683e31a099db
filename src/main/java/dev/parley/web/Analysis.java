package dev.parley.web;

import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.digest.Digest;
import dev.parley.analysis.digest.DigestBuilder;
import dev.parley.analysis.digest.ThreadReading;
import dev.parley.analysis.quotes.Quote;
import dev.parley.analysis.quotes.QuoteFinder;
import dev.parley.model.StoredMessage;
import dev.parley.render.DebateMarkdown;
import dev.parley.render.DebateReport;
import dev.parley.render.DigestJson;
import dev.parley.render.DigestMarkdown;
import dev.parley.render.Json;
import dev.parley.render.QuoteMarkdown;
import dev.parley.render.QuoteReport;

import java.io.IOException;
import java.util.List;

/**
 * The analysis pages of a thread, each in three formats at one place: {@code debate/}, {@code quotes/} and
 * {@code digest/} for people, with {@code debate.json}, {@code debate.md} (and so on) beside them. The JSON is what
 * the commands print with {@code --json}; links in JSON and Markdown are absolute, to this server's {@code /r/}.
 */
final class Analysis {

    static final String JSON = "application/json; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";
    /** Quotes on one page at most. */
    static final int MAX_QUOTES = 50;

    private Analysis() {
    }

    /** The answer for {@code /INBOX/MSGID/END}, or null when END names no analysis. */
    static Response handle(Site site, SharedArchive.Lease lease, String inbox, StoredMessage given, String end,
                           boolean slash, Request req) throws IOException {
        int dot = end.lastIndexOf('.');
        String kind = dot < 0 ? end : end.substring(0, dot);
        String format = dot < 0 ? "html" : end.substring(dot + 1);
        if (!List.of("debate", "quotes", "digest").contains(kind) || !List.of("html", "json", "md").contains(format)) return null;
        if (format.equals("html") && !slash) return Routes.redirect(req, Page.messagePath(inbox, given.messageId()) + kind + "/");
        if (!format.equals("html") && slash) return null;
        Analyses.Reading analysed = site.analyses.reading(site.threads.light(lease, given.threadId()), lease.archive(),
                given.threadId());
        ThreadReading reading = analysed.reading();
        List<String> leftOut = analysed.leftOut();
        String links = req.base() + "/r/";
        String pageBase = Page.messagePath(inbox, given.messageId());
        return switch (kind) {
            case "debate" -> switch (format) {
                case "json" -> Response.text(200, JSON, Json.write(DebateReport.json(reading.debate()), true) + "\n");
                case "md" -> Response.text(200, MARKDOWN, DebateMarkdown.render(reading.debate(), links));
                default -> DebatePage.render(reading.debate(), inbox, pageBase, leftOut);
            };
            case "quotes" -> {
                List<Quote> quotes = quotes(reading, req);
                yield switch (format) {
                    case "json" -> Response.text(200, JSON, Json.write(QuoteReport.json(quotes, links), true) + "\n");
                    case "md" -> Response.text(200, MARKDOWN, QuoteMarkdown.render(reading.debate().proposal().subject(), quotes, links));
                    default -> QuotesPage.render(reading, quotes, inbox, pageBase, req, links, leftOut);
                };
            }
            default -> {
                Digest digest = DigestBuilder.build(reading);
                yield switch (format) {
                    case "json" -> Response.text(200, JSON, Json.write(DigestJson.json(digest, links), true) + "\n");
                    case "md" -> Response.text(200, MARKDOWN, DigestMarkdown.render(digest, links));
                    default -> DigestPage.render(digest, inbox, pageBase, leftOut);
                };
            }
        };
    }

    /** The quotes the query asks for: {@code from=WHO}, {@code stance=for|against|mixed|neutral}, {@code n=N}. */
    private static List<Quote> quotes(ThreadReading reading, Request req) {
        Stance stance = null;
        if (req.param("stance") != null) {
            try {
                stance = Stance.of(req.param("stance"));
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("stance must be for, against, mixed or neutral");
            }
        }
        int limit = req.intParam("n", 10, 1, MAX_QUOTES);
        return QuoteFinder.select(reading.debate(), reading.quotes(), req.param("from"), stance, limit);
    }
}
