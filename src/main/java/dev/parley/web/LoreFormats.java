package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchPages;
import dev.parley.archive.SearchRequest;
import dev.parley.model.StoredMessage;
import dev.parley.mail.MboxWriter;
import dev.parley.mail.RawHeaders;
import dev.parley.query.QueryNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The formats public-inbox serves to programs, byte for byte as lore writes them: mboxrd whose separator is
 * {@code From mboxrd@z Thu Jan  1 00:00:00 1970} (lore's {@code Mbox.pm}), each message's original bytes with
 * {@code >*From } lines quoted once more; gzipped as {@code application/gzip} for {@code t.mbox.gz} (what
 * {@code b4 mbox} fetches) and for search results asked with {@code POST ?x=m} (what {@code lei q} sends, with
 * {@code t=1} for whole threads); {@code /raw} as text. Messages their archive has removed are left out, as
 * {@code parley export} leaves them out.
 */
final class LoreFormats {

    /** lore's envelope for every message: programs take the sender and date from the headers. */
    static final String ENVELOPE_SENDER = "mboxrd@z";

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

    private LoreFormats() {
    }

    /** {@code /MSGID/raw}: every stored copy of the message, as text in its own charset (as public-inbox). */
    static Response raw(List<StoredMessage> copies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MboxWriter w = new MboxWriter(out);
        for (StoredMessage m : copies) w.write(ENVELOPE_SENDER, Instant.EPOCH, m.raw());
        StoredMessage first = copies.get(0);
        return Response.bytes(200, "text/plain; charset=" + charset(first.raw()), out.toByteArray())
                .header("Content-Disposition", "inline; filename=" + fileName(first.subject(), ".txt"));
    }

    /** {@code /MSGID/t.mbox.gz} and {@code t.mbox}: the whole thread of the message, oldest first. */
    static Response threadMbox(Archive a, StoredMessage given, boolean gzip) throws IOException {
        List<StoredMessage> thread = a.thread(given.threadId(), true);
        String subject = thread.isEmpty() ? given.subject() : thread.get(0).subject();
        Response.Writer w = out -> writeAll(out, thread);
        return gzip ? gzipped(w, fileName(subject, ".mbox.gz")) : Response.stream("text/plain; charset=utf-8", w);
    }

    /**
     * {@code POST /INBOX/?q=QUERY&x=m}: the matches (at most {@code max}), or with {@code t=1} every message of their
     * threads, as a gzipped mbox; 404 when nothing matches, which lei takes as "no results".
     */
    static Response searchMbox(Site site, Archive a, QueryNode query, boolean threads, String q) throws IOException {
        int max = site.limits.mboxMessages();
        SearchRequest ids = new SearchRequest(query, SearchRequest.Sort.NEWEST, 0, 0, false, false, false, false);
        if (a.search(ids).total() == 0) {
            throw HttpError.notFound("No messages match " + Request.clip(q) + ".");
        }
        String name = fileName((threads ? "results-thread-" : "results-") + q, ".mbox.gz");
        // written while the client reads, under a lease of its own: the route's lease ends when it returns
        return gzipped(out -> {
            try (SharedArchive.Lease lease = site.archive.lease()) {
                Archive archive = lease.archive();
                MboxWriter w = new MboxWriter(out);
                if (!threads) {
                    SearchPages.forEach(archive, ids.forMbox(), max, m -> w.write(ENVELOPE_SENDER, Instant.EPOCH, m.raw()));
                    return;
                }
                Set<String> threadIds = new LinkedHashSet<>();
                SearchPages.forEach(archive, ids, max, m -> threadIds.add(m.threadId()));
                int left = max;
                for (String id : threadIds) {
                    List<StoredMessage> thread = new ArrayList<>(archive.thread(id, true));
                    thread.removeIf(StoredMessage::removed);
                    if (thread.size() > left) thread = thread.subList(0, left);
                    writeAll(out, thread);
                    left -= thread.size();
                    if (left <= 0) break;
                }
            }
        }, name);
    }

    private static void writeAll(OutputStream out, List<StoredMessage> messages) throws IOException {
        MboxWriter w = new MboxWriter(out);
        for (StoredMessage m : messages) {
            if (!m.removed()) w.write(ENVELOPE_SENDER, Instant.EPOCH, m.raw());
        }
    }

    private static Response gzipped(Response.Writer w, String fileName) {
        return Response.stream("application/gzip", out -> {
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            w.writeTo(gz);
            gz.finish();
            gz.flush();
        }).header("Content-Disposition", "inline; filename=" + fileName);
    }

    /** The message's charset when it names a plain one, else UTF-8 (never anything that could break the header). */
    static String charset(byte[] raw) {
        String ct = RawHeaders.parse(raw).get("Content-Type");
        if (ct != null) {
            Matcher m = CHARSET.matcher(ct);
            if (m.find()) return m.group(1).toLowerCase(Locale.ROOT);
        }
        return "utf-8";
    }

    /** A file name from a subject: letters, digits, '.', '-' and '_' only, as public-inbox's {@code to_filename}. */
    static String fileName(String subject, String suffix) {
        String s = subject == null ? "" : subject.replaceFirst("(?i)^re:\\s*", "");
        s = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("[-.]+$", "");
        return (s.isEmpty() ? "no-subject" : s) + suffix;
    }
}
