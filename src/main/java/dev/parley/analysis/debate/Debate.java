package dev.parley.analysis.debate;

import dev.parley.identity.Identities;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A thread read as a debate: what was proposed, who took part, where each stands and why, who answered whom, and
 * how the temperature moved. Made by {@link DebateAnalyzer#analyze}; every stance carries the exact sentences and
 * Message-IDs it rests on.
 *
 * @param threadId the archive's thread id
 * @param proposal what the thread proposes
 * @param participants one entry per person (their addresses merged), bots excluded: the proposer first, then people
 *                     who wrote in order of their first message, then supporters who appear only in the proposal's
 *                     trailers ({@link Participant#wrote()} false)
 * @param bots robots that posted in the thread (kept apart; their stance is always neutral)
 * @param exchanges replies between two different people, oldest first
 * @param tone the tone of each message and of each day
 * @param messages every message as analysed, oldest first (undated last)
 * @param firstDate date of the first message (null if none is dated)
 * @param lastDate date of the last message (null if none is dated)
 * @param outcome what became of the proposal, as the thread says (applied, withdrawn, superseded, NAKed, or open)
 */
public record Debate(String threadId, Proposal proposal, List<Participant> participants, List<Participant> bots,
                     List<Exchange> exchanges, ToneTimeline tone, List<DebateMessage> messages, Instant firstDate,
                     Instant lastDate, Outcome outcome) {

    public Debate {
        participants = List.copyOf(participants);
        bots = List.copyOf(bots);
        exchanges = List.copyOf(exchanges);
        messages = List.copyOf(messages);
    }

    /** The same debate with another outcome (one the archive shows beyond the thread, such as a newer version). */
    public Debate withOutcome(Outcome other) {
        return new Debate(threadId, proposal, participants, bots, exchanges, tone, messages, firstDate, lastDate, other);
    }

    /** The participant (or bot) with this id. */
    public Optional<Participant> participant(String id) {
        for (Participant p : participants) if (p.id().equals(id)) return Optional.of(p);
        for (Participant p : bots) if (p.id().equals(id)) return Optional.of(p);
        return Optional.empty();
    }

    /** The participant who used this address (compared as {@link Identities#addressKey}), if any. */
    public Optional<Participant> byAddress(String address) {
        String a = Identities.addressKey(address);
        for (List<Participant> list : List.of(participants, bots)) {
            for (Participant p : list) {
                for (String mine : p.addresses()) if (Identities.addressKey(mine).equals(a)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Participants with the given stance, in participant order. */
    public List<Participant> withStance(Stance stance) {
        return participants.stream().filter(p -> p.stance() == stance).toList();
    }
}
