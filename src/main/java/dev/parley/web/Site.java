package dev.parley.web;

import dev.parley.archive.Archive;
import dev.parley.identity.Mailmap;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/** What every route shares: the archive, the list names, the analyses of threads, and the limits of one request. */
final class Site {

    /** How long the list names are kept before they are read again (imports may add lists). */
    private static final long INBOXES_NANOS = 60_000_000_000L;

    final SharedArchive archive;
    final Mailmap mailmap;
    final Analyses analyses;
    final Busiest busiest;
    final Limits limits;
    final Threads threads = new Threads();
    private volatile Inboxes inboxes;
    private volatile long inboxesRead;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    Site(SharedArchive archive, Mailmap mailmap, Limits limits) {
        this.archive = archive;
        this.mailmap = mailmap;
        this.limits = limits;
        this.analyses = new Analyses(mailmap, limits.analysisSlots());
        this.busiest = new Busiest(archive, mailmap);
    }

    /**
     * The list names, read again once a minute: by one request, while the others go on with the names they have
     * (reading them counts every list's messages).
     */
    Inboxes inboxes(Archive a) throws IOException {
        Inboxes known = inboxes;
        if (known != null && System.nanoTime() - inboxesRead < INBOXES_NANOS) return known;
        if (known != null && !refreshing.compareAndSet(false, true)) return known;
        try {
            Inboxes fresh = Inboxes.of(a.stats().lists());
            inboxesRead = System.nanoTime();
            inboxes = fresh;
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
