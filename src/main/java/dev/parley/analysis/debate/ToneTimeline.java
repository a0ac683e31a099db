package dev.parley.analysis.debate;

import dev.parley.analysis.tone.Tone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the temperature of the thread moved over time.
 *
 * @param points every message (bots included), oldest first
 * @param days one entry per calendar day (UTC) with messages, oldest first
 */
public record ToneTimeline(List<Point> points, List<Day> days) {

    private static final int MAX_EVIDENCE = 6;

    public ToneTimeline {
        points = List.copyOf(points);
        days = List.copyOf(days);
    }

    /** The stage of a debate that follows the tone: each message's, and each UTC day's (heated if any message was). */
    static ToneTimeline of(ReplyThread thread, MessageTones tones) {
        List<Point> points = new ArrayList<>();
        Map<LocalDate, List<Tone>> days = new LinkedHashMap<>();
        for (ThreadMessage m : thread.byDate()) {
            Tone tone = tones.of(m);
            points.add(new Point(m.id(), m.author().id(), m.date(), tone.label(), tone.score()));
            if (m.date() != null) days.computeIfAbsent(m.date().atZone(ZoneOffset.UTC).toLocalDate(), d -> new ArrayList<>()).add(tone);
        }
        List<Day> out = new ArrayList<>();
        days.forEach((day, dayTones) -> {
            double mean = dayTones.stream().mapToDouble(Tone::score).average().orElse(0);
            List<Tone> heated = dayTones.stream().filter(t -> t.label() == Tone.Label.HEATED).toList();
            Tone.Label label = !heated.isEmpty() ? Tone.Label.HEATED : mean <= -0.25 ? Tone.Label.NEGATIVE
                    : mean >= 0.25 ? Tone.Label.POSITIVE : Tone.Label.NEUTRAL;
            out.add(new Day(day, dayTones.size(), StanceSolver.round(mean), label, heated.size(),
                    evidence(heated.stream().map(Tone::cues).toList())));
        });
        return new ToneTimeline(points, out);
    }

    /** The words behind heated verdicts, each once, at most {@value #MAX_EVIDENCE}: what a tone line shows. */
    public static List<String> evidence(List<List<String>> cues) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (List<String> c : cues) for (String w : c) if (out.size() < MAX_EVIDENCE) out.add(w);
        return List.copyOf(out);
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
     * @param heatedEvidence the words that made them heated ({@link #evidence})
     */
    public record Day(LocalDate date, int messages, double meanScore, Tone.Label label, int heated,
                      List<String> heatedEvidence) {
        public Day {
            heatedEvidence = List.copyOf(heatedEvidence);
        }
    }
}
