package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.model.StoredMessage;
import dev.parley.render.Permalinks;

import java.io.IOException;
import java.util.List;

/**
 * lore's URL scheme, and Parley's pages beside it:
 * <pre>
 * /                                the busiest debates of recent weeks, the lists
 * /INBOX/                          the newest threads; ?q=QUERY search (&amp;o=N paging), &amp;x=A Atom,
 *                                  POST x=m the matches as a gzipped mbox (&amp;t=1 whole threads)
 * /INBOX/new.atom                  the newest messages as Atom
 * /INBOX/MSGID/                    a message          .../raw  the message as it came (mboxrd)
 * /INBOX/MSGID/t/  .../T/          the thread as a tree, the thread's messages in full
 * /INBOX/MSGID/t.mbox.gz  t.mbox   the thread as mboxrd (what b4 mbox fetches)   t.atom  the thread as Atom
 * /INBOX/MSGID/debate/ quotes/ digest/   the analyses, each also as .json and .md beside it
 * /r/MSGID                         a redirect to the message under its list's inbox
 * /_/person/WHO/  WHO.json  WHO.md   a person's debates (WHO a name or an address; ?since=DATE, ?n=N)
 * /_/parley.css /_/parley.js       the style sheet and the copy button's script
 * </pre>
 * INBOX is {@code all} or a list's name ({@link Inboxes}).
 */
final class Routes {

    private final Site site;

    Routes(Site site) {
        this.site = site;
    }

    /** The answer when it is at hand without any work (the style sheet and the script), else null. */
    Response immediate(Request req) {
        List<String> s = req.segments();
        return s.size() == 2 && s.get(0).equals("_") && !req.trailingSlash() ? StaticFiles.get(s.get(1)) : null;
    }

    Response handle(Request req) throws IOException {
        List<String> s = req.segments();
        if (s.isEmpty()) return withArchive(l -> FrontPage.render(site, l.archive()));
        String first = s.get(0);
        if (first.equals("_")) return internal(req);
        if (first.equals("r") && s.size() >= 2) return withArchive(l -> redirectToHome(req, l.archive()));
        return withArchive(l -> inbox(req, l));
    }

    private Response internal(Request req) throws IOException {
        List<String> s = req.segments();
        Response file = immediate(req);
        if (file != null) return file;
        if (s.size() == 2 && s.get(1).equals("digest") && req.trailingSlash()) {
            return withArchive(l -> FrontPage.busiest(site, l.archive(), req));
        }
        if (s.size() == 3 && s.get(1).equals("person")) {
            return withArchive(l -> PersonPage.handle(site, l, s.get(2), req.trailingSlash(), req));
        }
        throw HttpError.notFound("There is no page at " + Request.clip(req.rawPath()) + ".");
    }

    private Response inbox(Request req, SharedArchive.Lease lease) throws IOException {
        Archive a = lease.archive();
        List<String> s = req.segments();
        String inbox = s.get(0);
        Inboxes inboxes = site.inboxes(a);
        if (!inboxes.exists(inbox)) {
            throw HttpError.notFound("There is no list named '" + Request.clip(inbox) + "' in this archive.");
        }
        if (s.size() == 1) {
            if (!req.trailingSlash()) return redirect(req, Page.inboxPath(inbox));
            return InboxIndex.handle(site, a, inboxes, inbox, req);
        }
        if (s.size() == 2) {
            String name = s.get(1);
            if (!req.trailingSlash() && (name.equals("new.atom") || name.equals("atom.xml"))) {
                return AtomFeed.newest(site, a, inboxes, inbox, req);
            }
            if (!req.trailingSlash()) return redirect(req, Page.messagePath(inbox, name));
            return MessagePage.render(site, lease, inboxes, inbox, MessageLookup.find(a, name, MessagePage.COPIES_SHOWN, true));
        }
        if (s.size() == 3) {
            String id = s.get(1), end = s.get(2);
            boolean slash = req.trailingSlash();
            switch (end) {
                case "raw":
                    if (!slash) return LoreFormats.raw(site, MessageLookup.find(a, id, 1, true));
                    break;
                case "t.mbox.gz", "t.mbox":
                    if (!slash) return LoreFormats.threadMbox(site, lease, MessageLookup.first(a, id), end.endsWith(".gz"));
                    break;
                case "t.atom":
                    if (!slash) return AtomFeed.thread(site, lease, inbox, MessageLookup.first(a, id), req);
                    break;
                case "t", "T":
                    if (!slash) return redirect(req, Page.messagePath(inbox, id) + end + "/");
                    return ThreadPage.render(site, lease, inbox, MessageLookup.first(a, id), end.equals("T"), req);
                case "f":
                    return redirect(req, Page.messagePath(inbox, id));
                default:
                    Response analysis = Analysis.handle(site, lease, inbox, MessageLookup.first(a, id), end, slash, req);
                    if (analysis != null) return analysis;
            }
        }
        throw HttpError.notFound("There is no page at " + Request.clip(req.rawPath()) + ".");
    }

    /** {@code /r/MSGID[/rest]}: to the message under its list, as lore's redirector does. */
    private Response redirectToHome(Request req, Archive a) throws IOException {
        List<String> s = req.segments();
        StoredMessage m = MessageLookup.first(a, s.get(1));
        // the rest as it came, each segment escaped again: decoded, it could hold a CR, a NUL or raw bytes
        StringBuilder rest = new StringBuilder();
        for (String segment : s.subList(2, s.size())) rest.append(rest.isEmpty() ? "" : "/").append(Permalinks.segment(segment));
        if (req.trailingSlash() && s.size() > 2) rest.append('/');
        return redirect(req, Page.messagePath(site.inboxes(a).home(m.lists()), m.messageId()) + rest);
    }

    /** A redirect to a path of this server, absolute (b4 takes the inbox from the Location), keeping the query. */
    static Response redirect(Request req, String path) {
        String q = req.rawQuery();
        return Response.redirect(req.base() + path + (q == null || q.isEmpty() ? "" : "?" + q));
    }

    private interface ArchiveWork {
        Response run(SharedArchive.Lease lease) throws IOException;
    }

    private Response withArchive(ArchiveWork work) throws IOException {
        try (SharedArchive.Lease lease = site.archive.lease()) {
            return work.run(lease);
        }
    }
}
