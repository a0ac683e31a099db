package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateMessage;
import dev.parley.analysis.debate.Stance;
import dev.parley.archive.Archive;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.archive.ThreadHit;
import dev.parley.identity.Mailmap;
import dev.parley.query.LoreQuery;
import dev.parley.query.QueryNode;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The week's busiest debates (a weekly-news helper): of the threads with messages matching a query, the ones with
 * the most people writing in the period and the most disagreement. The {@value #THREADS_SEARCHED} threads with
 * the most matching messages are read as debates; each is scored by the people who wrote in the period times one
 * plus its disagreement (how evenly "for" and "against" are matched, mixed counting half on the smaller side).
 */
public final class BusiestDebates {

    /** At most this many thread groups are asked of the search. */
    static final int THREADS_SEARCHED = 500;
    /** At most this many threads (the most matching messages first) are read as debates. */
    static final int THREADS_READ = 30;

    /**
     * One ranked thread.
     *
     * @param digest the thread's digest
     * @param periodMessages messages sent in the period
     * @param periodWriters people (robots not counted) who wrote in the period
     * @param disagreement 0 (one-sided) to 1 (as many against as for)
     * @param score periodWriters x (1 + disagreement), the ranking key
     */
    public record Ranked(Digest digest, int periodMessages, int periodWriters, double disagreement, double score) {
    }

    private BusiestDebates() {
    }

    /**
     * What the threads of a period are searched by: the lore query (grouped, so its ORs stay inside) and, with a
     * start date, messages from that date on ({@code d:SINCE..}).
     *
     * @param query a lore query, or null or blank for every thread
     * @param since a lore date (2018-06-01, 1.week.ago), or null for all time
     */
    public static QueryNode query(String query, String since) {
        String lore = (query == null || query.isBlank() ? "" : "(" + query + ")") + (since == null ? "" : " d:" + since + "..");
        return LoreQuery.parse(lore.strip());
    }

    /**
     * The busiest debates.
     *
     * @param query what the threads' messages must match (a list, a subject word, a date range...)
     * @param since start of the period (null: all time); messages before it still count for the stances
     * @param top how many to return
     */
    public static List<Ranked> find(Archive archive, QueryNode query, Instant since, int top, Mailmap mailmap)
            throws IOException {
        SearchResult r = archive.search(new SearchRequest(query, SearchRequest.Sort.NEWEST, THREADS_SEARCHED, 0, true,
                false, false, false));
        List<ThreadHit> candidates = new ArrayList<>(r.threads());
        candidates.sort(Comparator.comparingInt(ThreadHit::hits).reversed());
        List<Ranked> ranked = new ArrayList<>();
        for (ThreadHit t : candidates.subList(0, Math.min(THREADS_READ, candidates.size()))) {
            ranked.add(rank(ThreadReading.read(archive.thread(t.threadId(), true), mailmap).withLaterVersions(archive), since));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::periodMessages).reversed()));
        return ranked.subList(0, Math.min(top, ranked.size()));
    }

    /** Scores one thread read as a debate. */
    public static Ranked rank(ThreadReading reading, Instant since) {
        Debate d = reading.debate();
        int messages = 0;
        Set<String> writers = new HashSet<>();
        for (DebateMessage m : d.messages()) {
            if (since != null && (m.date() == null || m.date().isBefore(since))) continue;
            messages++;
            if (!m.bot()) writers.add(m.authorId());
        }
        double disagreement = disagreement(d.withStance(Stance.FOR).size(), d.withStance(Stance.AGAINST).size(),
                d.withStance(Stance.MIXED).size());
        double score = writers.size() * (1 + disagreement);
        return new Ranked(DigestBuilder.build(reading), messages, writers.size(), Math.round(disagreement * 1000) / 1000.0,
                Math.round(score * 1000) / 1000.0);
    }

    /** How evenly matched the sides are: the smaller side over the larger, mixed adding half to the smaller. */
    static double disagreement(int pro, int con, int mixed) {
        int larger = Math.max(pro, con);
        if (larger == 0) return mixed > 0 ? 0.5 : 0;
        return Math.min(1, (Math.min(pro, con) + 0.5 * mixed) / larger);
    }
}
