package dev.parley.analysis.debate;

import dev.parley.analysis.tone.Tone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How the temperature of the thread moved over time.
 *
 * @param points every message (bots included), oldest first
 * @param days one entry per calendar day (UTC) with messages, oldest first
 */
public record ToneTimeline(List<Point> points, List<Day> days) {

    public ToneTimeline {
        points = List.copyOf(points);
        days = List.copyOf(days);
    }

    /**
     * The tone of one message.
     *
     * @param messageId the message
     * @param authorId its author's participant id
     * @param date when it was sent (null if undated; such messages sort last)
     * @param label positive, neutral, negative or heated
     * @param score -1 (hostile) to +1 (warm)
     */
    public record Point(String messageId, String authorId, Instant date, Tone.Label label, double score) {
    }

    /**
     * One day of the thread.
     *
     * @param date the UTC day
     * @param messages messages sent that day
     * @param meanScore mean tone score of the day's messages
     * @param label the day's tone: heated if any message was heated, else the label of the mean score
     * @param heated how many of the day's messages were heated
     */
    public record Day(LocalDate date, int messages, double meanScore, Tone.Label label, int heated) {
    }
}
