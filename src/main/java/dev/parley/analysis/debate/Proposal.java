package dev.parley.analysis.debate;

import dev.parley.analysis.stance.ProposalKind;

import java.time.Instant;
import java.util.List;

/**
 * What the thread is about: the root message (or, where the root is missing from the archive, the earliest
 * message) and what it proposes.
 *
 * @param messageId the proposal message's Message-ID
 * @param subject its subject, reply prefixes and list tags removed, patch tag kept out ("staging: wavefs: delete ...")
 * @param authorId the proposer's participant id
 * @param author the proposer's display name
 * @param address the proposer's address as written in the proposal
 * @param date when it was sent (null if undated)
 * @param offsetSeconds the proposer's UTC offset at that time
 * @param summary its author's key sentences joined into one paragraph (from the description or cover letter, never
 *                from the diff)
 * @param keySentences the same sentences one by one, each with the Message-ID it comes from
 * @param kind the kind of change proposed, which tells the stance rules what criticism of the status quo means
 * @param messageIds the messages that make up the proposal: the root and, for a series, the proposer's other
 *                   patches of it (trailers on any of them count as votes on the proposal)
 * @param rootMissing true when the thread's root is not in the archive: the earliest message stands in for it, or,
 *                    when the caller named the missing root, the proposal is that message, read from what its answers
 *                    quote ({@link #messageId()} is then in no message of the thread)
 */
public record Proposal(String messageId, String subject, String authorId, String author, String address,
                       Instant date, int offsetSeconds, String summary, List<Evidence> keySentences, ProposalKind kind,
                       List<String> messageIds, boolean rootMissing) {

    public Proposal {
        keySentences = List.copyOf(keySentences);
        messageIds = List.copyOf(messageIds);
    }

    /** Whether a message is part of the proposal (the root or one of its series patches). */
    public boolean includes(String messageId) {
        return messageIds.contains(messageId);
    }
}
