package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Outcome;
import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.quotes.Quote;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What an editor reads in two minutes about one thread. Made by {@link DigestBuilder#build}; every quote and turning
 * point carries its Message-ID and exact text.
 *
 * @param threadId the archive's thread id
 * @param title the proposal's subject
 * @param lists the mailing lists the thread went to (List-Id), most used first
 * @param firstDate date of the first message (null if none is dated)
 * @param lastDate date of the last message (null if none is dated)
 * @param messages how many messages
 * @param participants how many people took part (robots not counted)
 * @param robots how many robots posted
 * @param proposal the proposal in its author's words
 * @param sides the positions for and against (and mixed, when someone is), each with its strongest quotes
 * @param neutral people who took part without a position, by name
 * @param turningPoints replies that changed the course, oldest first
 * @param openQuestions questions in the last messages that got no answer, oldest first
 * @param timeline messages per day with the day's tone (per week when the thread ran over more than three weeks of
 *                 days)
 * @param outcome what became of the proposal
 * @param sharpest the sharpest line said in answer to someone, or null when no reply is sharp
 */
public record Digest(String threadId, String title, List<String> lists, Instant firstDate, Instant lastDate,
                     int messages, int participants, int robots, ProposalText proposal, List<Side> sides,
                     List<String> neutral, List<TurningPoint> turningPoints, List<OpenQuestion> openQuestions,
                     List<Period> timeline, Outcome outcome, SharpExchange sharpest) {

    public Digest {
        lists = List.copyOf(lists);
        sides = List.copyOf(sides);
        neutral = List.copyOf(neutral);
        turningPoints = List.copyOf(turningPoints);
        openQuestions = List.copyOf(openQuestions);
        timeline = List.copyOf(timeline);
    }

    /**
     * The proposal in its author's words.
     *
     * @param messageId the proposal's Message-ID
     * @param author the proposer's name
     * @param address the proposer's address
     * @param date when it was sent (null if undated)
     * @param offsetSeconds the proposer's UTC offset
     * @param summary the proposer's key sentences, exactly as written, joined
     * @param kind remove, add, change or discussion
     * @param rootMissing the thread's first message is not in the archive; the earliest message stands in
     */
    public record ProposalText(String messageId, String author, String address, Instant date, int offsetSeconds,
                               String summary, String kind, boolean rootMissing) {
    }

    /**
     * One position.
     *
     * @param stance for, against or mixed
     * @param people the people who hold it, by name, in the debate's order (the proposer first)
     * @param quotes the position's strongest quotes, strongest first, at most one per person
     */
    public record Side(Stance stance, List<String> people, List<Quote> quotes) {
        public Side {
            people = List.copyOf(people);
            quotes = List.copyOf(quotes);
        }

        /** The strongest quote, or null when nobody on this side wrote anything quotable. */
        public Quote strongest() {
            return quotes.isEmpty() ? null : quotes.get(0);
        }
    }

    /**
     * A reply that changed the course of the thread.
     *
     * @param kind what kind of turn
     * @param messageId the message it is in
     * @param author who made it
     * @param to whom it answered (empty when it answered nobody in particular)
     * @param date when (null if undated)
     * @param text the exact sentence (or trailer line) that made the turn
     */
    public record TurningPoint(Kind kind, String messageId, String author, String to, Instant date, String text) {

        public enum Kind {
            /** A NAK, in prose or as a Nacked-by trailer. */
            NAK("NAK"),
            /** A contrary course: keep or fix instead, move elsewhere, wait. */
            COUNTER_PROPOSAL("counter-proposal"),
            /** Someone changed their mind, or agreed with the other side. */
            CONCESSION("concession"),
            /** The proposal was applied, queued or merged. */
            APPLIED("applied");

            private final String label;

            Kind(String label) {
                this.label = label;
            }

            /** How people name it ("counter-proposal"). */
            public String label() {
                return label;
            }

            public String id() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }

    /**
     * A stretch of the timeline: one day, or one week for long threads.
     *
     * @param from its first day (UTC)
     * @param to its last day (the same as {@code from} for a day)
     * @param messages messages sent in it
     * @param tone its tone: heated when any message was heated, else the tone of its busiest day
     * @param heated how many of its messages were heated
     * @param heatedEvidence the words that made them heated
     */
    public record Period(java.time.LocalDate from, java.time.LocalDate to, int messages, Tone.Label tone, int heated,
                         List<String> heatedEvidence) {
    }

    /**
     * The sharpest exchange: the sharpest line of a reply to someone else.
     *
     * @param quote the line, its author, date and message
     * @param to whom it answered
     * @param parentId the message it answered
     */
    public record SharpExchange(Quote quote, String to, String parentId) {
    }

    /**
     * A question left open.
     *
     * @param messageId the message that asks it
     * @param author who asked
     * @param date when (null if undated)
     * @param text the question exactly as written
     */
    public record OpenQuestion(String messageId, String author, Instant date, String text) {
    }
}
