package dev.parley.analysis.debate;

import dev.parley.analysis.tone.Tone;

import java.time.Instant;
import java.util.List;

/**
 * One message of the thread as the debate analysis read it (what later layers such as digests build on).
 *
 * @param messageId the Message-ID
 * @param parentId the Message-ID of the message it answers in the reply tree, or empty for the root (or a reply to a
 *                 message missing from the archive)
 * @param authorId its author's participant id (bots included; see {@link Debate#bots()})
 * @param date when it was sent (null if undated)
 * @param offsetSeconds the author's UTC offset
 * @param subject the decoded subject as written
 * @param proposal whether the message is part of the proposal (the root or one of its series patches)
 * @param bot whether the author is a robot (build and test bots, CI mailers, patch trackers)
 * @param tone the message's tone, from its author's own text
 * @param lean the message's own pull toward the proposal after the reply graph was taken into account, -1 (against)
 *             to +1 (for); 0 when it takes no position
 * @param evidence the sentences of this message that carry a signal, in message order
 */
public record DebateMessage(String messageId, String parentId, String authorId, Instant date, int offsetSeconds,
                            String subject, boolean proposal, boolean bot, Tone tone, double lean,
                            List<Evidence> evidence) {

    public DebateMessage {
        evidence = List.copyOf(evidence);
    }
}
