package dev.parley.analysis.tone;

import java.util.List;
import java.util.Locale;

/**
 * The temperature of one message.
 *
 * @param label the class
 * @param score from -1 (hostile) to +1 (warm); 0 is matter-of-fact
 * @param cues the words or phrases that moved the score, for explanation
 */
public record Tone(Label label, double score, List<String> cues) {

    public enum Label {
        POSITIVE, NEUTRAL, NEGATIVE, HEATED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Label of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    public static final Tone NEUTRAL = new Tone(Label.NEUTRAL, 0, List.of());
}
