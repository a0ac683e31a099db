package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.archive.SearchPages;
import dev.parley.archive.SearchRequest;
import dev.parley.model.Prefix;
import dev.parley.model.StoredMessage;
import dev.parley.mail.MboxWriter;
import dev.parley.mail.RawHeaders;
import dev.parley.query.QueryNode;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * {@code /MSGID/raw}: every stored copy of the message (at most the mbox limit), as text in the first one's
     * charset (as public-inbox); written a page of copies at a time while the client reads.
     */
    static Response raw(Site site, MessageLookup.Copies found) {
        StoredMessage first = found.first();
        SearchRequest copies = MessageLookup.copiesOf(first.messageId(), 0, true);
        return Response.stream("text/plain; charset=" + charset(first.raw()), matches(site, copies, site.limits.mboxMessages()))
                .header("Content-Disposition", "inline; filename=" + fileName(first.subject(), ".txt"));
    }

    /**
     * {@code /MSGID/t.mbox.gz} and {@code t.mbox}: the thread of the message, oldest first (at most the mbox limit),
     * written a page of messages at a time while the client reads: a thread 30,000 long is never held whole.
     */
    static Response threadMbox(Site site, SharedArchive.Lease lease, StoredMessage given, boolean gzip) throws IOException {
        List<StoredMessage> light = site.threads.light(lease, given.threadId());
        String subject = light.isEmpty() ? given.subject() : light.get(0).subject();
        Response.Writer w = out -> {
            try (SharedArchive.Lease own = site.archive.lease()) {
                writeThread(own.archive(), given, site.limits.mboxMessages(), new MboxWriter(out));
            }
        };
        return gzip ? gzipped(w, fileName(subject, ".mbox.gz")) : Response.stream("text/plain; charset=utf-8", w);
    }

    /**
     * The thread of a message as mboxrd, oldest first, a page at a time, at most {@code max} messages (removed ones
     * left out); how many were written.
     */
    private static int writeThread(Archive a, StoredMessage given, int max, MboxWriter w) throws IOException {
        // thread: takes the threads of every copy of the id; only the given one's thread is written
        SearchRequest thread = new SearchRequest(new QueryNode.Term(Prefix.THREAD, given.messageId(), false),
                SearchRequest.Sort.DATE, 0, 0, false, true, false, false);
        int[] written = {0};
        SearchPages.forEach(a, thread, max, m -> {
            if (m.threadId().equals(given.threadId()) && written[0] < max) {
                w.write(ENVELOPE_SENDER, Instant.EPOCH, m.raw());
                written[0]++;
            }
        });
        return written[0];
    }

    /**
     * What a search matches (at most {@code max}), as mboxrd written while the client reads, under a lease of its
     * own: the route's lease ends when it returns.
     */
    private static Response.Writer matches(Site site, SearchRequest request, int max) {
        return out -> {
            try (SharedArchive.Lease lease = site.archive.lease()) {
                MboxWriter w = new MboxWriter(out);
                SearchPages.forEach(lease.archive(), request, max, m -> w.write(ENVELOPE_SENDER, Instant.EPOCH, m.raw()));
            }
        };
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
        if (!threads) return gzipped(matches(site, ids.forMbox(), max), name);
        return gzipped(out -> {
            try (SharedArchive.Lease lease = site.archive.lease()) {
                Archive archive = lease.archive();
                Map<String, StoredMessage> threadsMatched = new LinkedHashMap<>(); // a message of each, to find it by
                SearchPages.forEach(archive, ids, max, m -> threadsMatched.putIfAbsent(m.threadId(), m));
                MboxWriter w = new MboxWriter(out);
                int left = max;
                for (StoredMessage m : threadsMatched.values()) {
                    left -= writeThread(archive, m, left, w);
                    if (left <= 0) break;
                }
            }
        }, name);
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
