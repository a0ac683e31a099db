package dev.parley.web;

import dev.parley.analysis.digest.BusiestDebates;
import dev.parley.archive.Archive;
import dev.parley.identity.Mailmap;
import dev.parley.query.LoreDates;
import dev.parley.query.QuerySyntaxException;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Rankings of the busiest debates, kept for {@value #KEEP_MINUTES} minutes: each reads 30 threads as debates, so
 * it takes one of the analysis slots ({@link Analyses#inSlot}), and the question is normalised first (spaces of the
 * query collapsed, the period from a day), so that spellings of one question share one ranking. The front page asks
 * for its ranking without waiting ({@link #ready}): the first request starts the work in the background under a lease
 * of its own, and the page says so until it is done; a ranking that failed is kept as failed (reported once) until
 * it would have been worked out again.
 */
final class Busiest {

    static final int KEEP_MINUTES = 10;
    private static final int KEPT = 16;

    /**
     * A ranking asked for, normalised.
     *
     * @param query the lore query with its spaces collapsed, or null for every thread
     * @param since the first day of the period (yyyy-mm-dd), or null for all time
     */
    record Question(String query, String since) {

        /**
         * Reads and checks a question.
         *
         * @throws HttpError 400 for a query too long or that does not parse, or a date that is none
         */
        static Question of(String query, String since, int maxQueryChars) {
            String q = query == null ? null : query.strip().replaceAll("\\s+", " ");
            if (q != null && q.isEmpty()) q = null;
            if (q != null && q.length() > maxQueryChars) {
                throw HttpError.badRequest("The query is longer than " + maxQueryChars + " characters.");
            }
            String day = null;
            if (since != null && !since.isBlank()) {
                try {
                    Instant from = LoreDates.parse(since.strip() + "..", Instant.now()).from();
                    day = from.atZone(ZoneOffset.UTC).toLocalDate().toString();
                } catch (LoreDates.BadDate e) {
                    throw HttpError.badRequest("since '" + Request.clip(since) + "': " + e.getMessage());
                }
            }
            try {
                BusiestDebates.query(q, day);
            } catch (QuerySyntaxException e) {
                throw HttpError.badRequest(e.getMessage());
            }
            return new Question(q, day);
        }

        Instant from() {
            return since == null ? null : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        String key() {
            return query + "\n" + since;
        }
    }

    private final SharedArchive archive;
    private final Mailmap mailmap;
    private final Analyses analyses;
    private final Consumer<String> errors;
    private final Set<String> starting = ConcurrentHashMap.newKeySet();
    private final Memo<List<BusiestDebates.Ranked>> kept = new Memo<>(KEPT, KEEP_MINUTES * 60_000_000_000L);

    /** @param errors where a failure of the background work is reported */
    Busiest(SharedArchive archive, Mailmap mailmap, Analyses analyses, Consumer<String> errors) {
        this.archive = archive;
        this.mailmap = mailmap;
        this.analyses = analyses;
        this.errors = errors;
    }

    /**
     * The ranking if it is at hand; else null, and it is being worked out.
     *
     * @throws HttpError when working it out failed, with the sentence to show
     */
    List<BusiestDebates.Ranked> ready(Question question) {
        Future<List<BusiestDebates.Ranked>> at = kept.peek(question.key());
        if (at != null) return at.isDone() ? Memo.await(at) : null;
        if (starting.add(question.key())) {
            Thread.ofPlatform().daemon().name("parley-busiest").start(() -> {
                try (SharedArchive.Lease lease = archive.lease()) {
                    now(lease.archive(), question);
                } catch (HttpError e) {
                    // busy (tried again on the next visit) or said on the page
                } catch (Throwable e) { // kept as failed for a while (unless a read failed), so reported once
                    errors.accept("working out the busiest debates failed: " + e);
                } finally {
                    starting.remove(question.key());
                }
            });
        }
        return null;
    }

    /** The ranking, worked out now (in an analysis slot) unless it is at hand or being worked out already. */
    List<BusiestDebates.Ranked> now(Archive a, Question question) throws IOException {
        return kept.get(question.key(), () -> analyses.inSlot(() -> {
            try {
                return BusiestDebates.find(new AnalysedArchive(a), BusiestDebates.query(question.query(), question.since()),
                        question.from(), FrontPage.TOP, mailmap);
            } catch (QuerySyntaxException e) {
                throw HttpError.badRequest(e.getMessage()); // parsed, but nothing to search for
            }
        }));
    }
}
