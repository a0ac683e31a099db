package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.model.ArchiveStats;
import dev.parley.identity.Mailmap;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** What every route shares: the archive, the list names, the analyses of threads, and the limits of one request. */
final class Site {

    /** How long the stats and list names are kept before they are read again (imports add to them). */
    private static final long OVERVIEW_NANOS = 60_000_000_000L;

    final SharedArchive archive;
    final Mailmap mailmap;
    final Analyses analyses;
    final Busiest busiest;
    final Limits limits;
    final Threads threads = new Threads();
    private volatile Overview overview;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** @param errors where unexpected failures of work done in the background are reported, a line each */
    Site(SharedArchive archive, Mailmap mailmap, Limits limits, Consumer<String> errors) {
        this.archive = archive;
        this.mailmap = mailmap;
        this.limits = limits;
        this.analyses = new Analyses(mailmap, limits.analysisSlots());
        this.busiest = new Busiest(archive, mailmap, analyses, errors);
    }

    /** The list names (from {@link #stats}). */
    Inboxes inboxes(Archive a) throws IOException {
        return overview(a).inboxes;
    }

    /** The archive's counts and lists, as of at most a minute ago. */
    ArchiveStats stats(Archive a) throws IOException {
        return overview(a).stats;
    }

    private record Overview(ArchiveStats stats, Inboxes inboxes, long read) {
    }

    /**
     * The archive's stats and list names, read again once a minute: by one request, while the others go on with what
     * they have (reading them counts every list's messages and every thread).
     */
    private Overview overview(Archive a) throws IOException {
        Overview known = overview;
        if (known != null && System.nanoTime() - known.read < OVERVIEW_NANOS) return known;
        if (known != null && !refreshing.compareAndSet(false, true)) return known;
        try {
            ArchiveStats stats = a.stats();
            Overview fresh = new Overview(stats, Inboxes.of(stats.lists()), System.nanoTime());
            overview = fresh;
            return fresh;
        } finally {
            refreshing.set(false);
        }
    }

    /**
     * The bounds of one request's work.
     *
     * @param pageSize hits (or threads) on one page of search results
     * @param maxOffset how far one may page into results
     * @param maxQueryChars the longest query accepted
     * @param mboxMessages at most this many messages in one mbox download (lei's own default limit)
     * @param bodyChars the longest body text a message page shows; the rest is behind the raw link
     * @param analysisSlots threads analysed at once (the analyses are the CPU-heavy part)
     */
    record Limits(int pageSize, int maxOffset, int maxQueryChars, int mboxMessages, int bodyChars, int analysisSlots) {

        static Limits defaults() {
            return new Limits(20, 10_000, 2_000, 10_000, 500_000,
                    Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        }
    }
}
