package dev.parley.web;

import dev.parley.analysis.digest.BusiestDebates;
import dev.parley.archive.Archive;
import dev.parley.identity.Mailmap;
import dev.parley.query.LoreDates;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rankings of the busiest debates, kept for {@value #KEEP_MINUTES} minutes: each reads 30 threads as debates. The
 * front page asks for its ranking without waiting ({@link #ready}): the first request starts the work in the
 * background under a lease of its own, and the page says so until it is done.
 */
final class Busiest {

    static final int KEEP_MINUTES = 10;
    private static final int KEPT = 16;

    private record Kept(List<BusiestDebates.Ranked> ranked, long at) {
    }

    private final SharedArchive archive;
    private final Mailmap mailmap;
    private final Set<String> working = ConcurrentHashMap.newKeySet();
    private final Map<String, Kept> kept = new LruMap<>(KEPT);

    Busiest(SharedArchive archive, Mailmap mailmap) {
        this.archive = archive;
        this.mailmap = mailmap;
    }

    /** The ranking if it is at hand; else null, and it is being worked out. */
    List<BusiestDebates.Ranked> ready(String q, String since) {
        String key = key(q, since);
        List<BusiestDebates.Ranked> r = fresh(key);
        if (r != null) return r;
        if (working.add(key)) {
            Thread.ofVirtual().name("parley-busiest").start(() -> {
                try (SharedArchive.Lease lease = archive.lease()) {
                    compute(lease.archive(), q, since);
                } catch (IOException | RuntimeException e) {
                    // the page keeps saying it is being worked out; the next request tries again
                } finally {
                    working.remove(key);
                }
            });
        }
        return null;
    }

    /** The ranking, worked out now unless it is at hand. */
    List<BusiestDebates.Ranked> now(Archive a, String q, String since) throws IOException {
        List<BusiestDebates.Ranked> r = fresh(key(q, since));
        return r != null ? r : compute(a, q, since);
    }

    private List<BusiestDebates.Ranked> compute(Archive a, String q, String since) throws IOException {
        Instant from;
        try {
            from = since == null ? null : LoreDates.parse(since + "..", Instant.now()).from();
        } catch (LoreDates.BadDate e) {
            throw HttpError.badRequest("since '" + Request.clip(since) + "': " + e.getMessage());
        }
        List<BusiestDebates.Ranked> r = BusiestDebates.find(new AnalysedArchive(a), BusiestDebates.query(q, since), from,
                FrontPage.TOP, mailmap);
        synchronized (kept) {
            kept.put(key(q, since), new Kept(r, System.nanoTime()));
        }
        return r;
    }

    private List<BusiestDebates.Ranked> fresh(String key) {
        synchronized (kept) {
            Kept k = kept.get(key);
            return k != null && System.nanoTime() - k.at < KEEP_MINUTES * 60_000_000_000L ? k.ranked : null;
        }
    }

    private static String key(String q, String since) {
        return q + "\n" + since;
    }
}
