package dev.parley.analysis.debate;

import java.time.Instant;

/**
 * One reply between two different participants, and how it relates to what it answers.
 *
 * @param messageId the reply's Message-ID
 * @param parentId the Message-ID of the message it answers
 * @param fromId the replier's participant id
 * @param from the replier's display name
 * @param toId the answered author's participant id
 * @param to the answered author's display name
 * @param relation agree, disagree or neutral toward the answered message
 * @param text the replier's own sentence that shows the relation (for neutral, the reply's first own sentence)
 * @param date when the reply was sent (null if undated)
 * @param weight how strongly it turned the debate, 0 to 1: a NAK, a counter-proposal or a sharp disagreement
 *               between people on opposite sides weighs most; the text output shows the heaviest
 */
public record Exchange(String messageId, String parentId, String fromId, String from, String toId, String to,
                       Relation relation, String text, Instant date, double weight) {
}
