package dev.parley.web;

import dev.parley.analysis.digest.PersonRecord;
import dev.parley.analysis.digest.PersonRecords;
import dev.parley.query.LoreDates;
import dev.parley.render.Json;
import dev.parley.render.OutcomeText;
import dev.parley.render.Permalinks;
import dev.parley.render.PersonReport;
import dev.parley.render.TextStyle;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code /_/person/WHO/}: a person's record, as {@code parley person} reads it: their debates newest first, with
 * their stance, confidence, message count, best quote and what became of each proposal, linked to the debate pages
 * here. {@code WHO.json} and {@code WHO.md} beside it are what {@code parley person --json} and {@code --format md}
 * print. {@code ?since=DATE} and {@code ?n=N} (at most {@value #MAX_DEBATES}) as the command's options.
 */
final class PersonPage {

    static final int DEFAULT_DEBATES = 10;
    static final int MAX_DEBATES = 30;

    private PersonPage() {
    }

    static Response handle(Site site, SharedArchive.Lease lease, String segment, boolean slash, Request req) throws IOException {
        String format = segment.endsWith(".json") && !slash ? "json" : segment.endsWith(".md") && !slash ? "md" : "html";
        String who = format.equals("html") ? segment : segment.substring(0, segment.lastIndexOf('.'));
        if (format.equals("html") && !slash) return Routes.redirect(req, path(who));
        if (who.isBlank() || who.length() > 200) throw HttpError.badRequest("Give a name or an address after /_/person/.");
        String since = req.param("since");
        Instant from = null;
        if (since != null) {
            try {
                from = LoreDates.parse(since + "..", Instant.now()).from();
            } catch (LoreDates.BadDate e) {
                throw HttpError.badRequest("since '" + Request.clip(since) + "': " + e.getMessage());
            }
        }
        int n = req.intParam("n", DEFAULT_DEBATES, 1, MAX_DEBATES);
        Instant start = from;
        PersonRecord r = site.analyses.inSlot(() -> {
            try {
                return PersonRecords.find(new AnalysedArchive(lease.archive()), who, start, since, n, site.mailmap);
            } catch (PersonRecords.NotFound e) {
                throw HttpError.notFound(e.getMessage().substring(0, 1).toUpperCase(Locale.ROOT) + e.getMessage().substring(1) + ".");
            } catch (PersonRecords.Ambiguous e) {
                throw HttpError.badRequest(e.getMessage().substring(0, 1).toUpperCase(Locale.ROOT) + e.getMessage().substring(1) + ".");
            }
        });
        String links = req.base() + "/r/";
        return switch (format) {
            case "json" -> Response.text(200, Analysis.JSON, Json.write(PersonReport.json(r, links), true) + "\n");
            case "md" -> Response.text(200, Analysis.MARKDOWN, PersonReport.markdown(r, links));
            default -> html(r, who);
        };
    }

    /** {@code /_/person/WHO/}, WHO escaped as a path segment. */
    static String path(String who) {
        return Permalinks.of("/_/person/", who) + "/";
    }

    private static Response html(PersonRecord r, String who) {
        Page page = new Page(r.person().displayName(), Inboxes.ALL, null);
        String base = Permalinks.of("/_/person/", who);
        page.footerLink("permalink", base + "/")
                .footerLink("JSON", base + ".json", "alternate", Analysis.JSON.split(";")[0])
                .footerLink("Markdown", base + ".md", "alternate", Analysis.MARKDOWN.split(";")[0]);
        Element main = page.main.addClass("person");
        main.appendElement("h1").text(r.person().displayName());
        main.appendElement("p").addClass("meta").text(String.join(", ", r.person().addresses())
                + (r.person().names().size() > 1 ? " \u00b7 writes as " + String.join(", ", r.person().names()) : ""));
        main.appendElement("p").text(PersonReport.count(r));
        if (r.debates().isEmpty()) return page.response();
        Element table = main.appendElement("table").addClass("debates");
        Element hr = table.appendElement("thead").appendElement("tr");
        for (String h : new String[]{"date", "stance", "confidence", "messages", "debate, and their words"}) {
            hr.appendElement("th").attr("scope", "col").text(h);
        }
        Element body = table.appendElement("tbody");
        for (PersonRecord.Debate d : r.debates()) {
            Element tr = body.appendElement("tr").addClass(d.stance().id());
            tr.appendElement("td").text(TextStyle.date(d.date()));
            tr.appendElement("td").addClass("stance").text(d.stance().id());
            tr.appendElement("td").text(String.format(Locale.ROOT, "%.2f", d.confidence()));
            tr.appendElement("td").text(Integer.toString(d.messages()));
            Element cell = tr.appendElement("td");
            cell.appendElement("a").attr("href", Page.messagePath(Inboxes.ALL, d.proposalId()) + "debate/")
                    .text(d.subject().isBlank() ? "(no subject)" : d.subject());
            OutcomeText.html(cell, d.outcome(), Page.messagePath(Inboxes.ALL, d.outcome().messageId()))
                    .prependText(d.proposer() ? "Proposed it. " : "");
            if (d.quote() != null) {
                Element q = cell.appendElement("blockquote");
                q.appendElement("p").text("\u201c" + d.quote().text() + "\u201d");
                q.appendElement("a").attr("href", Page.messagePath(Inboxes.ALL, d.quote().messageId())).text("message");
            }
        }
        return page.response();
    }
}
