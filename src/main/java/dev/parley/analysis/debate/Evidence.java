package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;

/**
 * One piece of evidence: an exact sentence (or trailer line) from the participant's own, non-quoted text, and why
 * it counts.
 *
 * @param messageId the Message-ID of the message the text is in (without angle brackets)
 * @param text the words exactly as written (hard line wrapping joined with single spaces), never quoted text
 * @param cue what kind of signal the text is
 * @param weight the signal's pull toward the proposal: positive for, negative against, 0 for text that shows a
 *               neutral part (a side question); its size is the strength (about 0.2 weak to 1.5 a trailer or NAK)
 */
public record Evidence(String messageId, String text, Cue cue, double weight) {
}
