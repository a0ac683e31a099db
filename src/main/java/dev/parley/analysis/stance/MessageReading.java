package dev.parley.analysis.stance;

import java.util.List;

/**
 * What a scorer found in one message.
 *
 * @param signals the signals in message order (trailers last)
 * @param changeOfMind the message says its author changed their mind ("you convinced me", "I withdraw my NAK")
 */
public record MessageReading(List<Signal> signals, boolean changeOfMind) {

    public MessageReading {
        signals = List.copyOf(signals);
    }

    public static final MessageReading EMPTY = new MessageReading(List.of(), false);
}
