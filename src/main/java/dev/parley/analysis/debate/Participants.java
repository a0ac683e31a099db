package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.identity.Person;
import dev.parley.mail.Trailer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stage of a debate that says who took part and where each stands: one entry per person, the proposer first
 * (for the proposal, unless they withdrew it), co-authors of the series, then everyone else who wrote in order of
 * their first message, judged by the {@link PositionJudge} (from the rules' judgement, {@link Positions}, and the
 * {@link PositionFeatures}), then supporters named only in the proposal's trailers.
 *
 * @param people the participants, robots left out, in that order
 * @param bots robots that posted (their stance is always neutral)
 * @param cases the people the judge judged, as it was shown them
 */
record Participants(List<Participant> people, List<Participant> bots, List<PositionCase> cases) {

    /** Trailers in a proposal that name a supporter: acks, reviews, tests, reports, suggestions, others' sign-offs. */
    private static final Set<Trailer.Meaning> ENDORSING = EnumSet.of(Trailer.Meaning.ACK, Trailer.Meaning.REVIEW,
            Trailer.Meaning.TEST, Trailer.Meaning.REPORT, Trailer.Meaning.SUGGESTION, Trailer.Meaning.SIGN_OFF,
            Trailer.Meaning.CO_DEVELOPMENT);

    Participants {
        people = List.copyOf(people);
        bots = List.copyOf(bots);
        cases = List.copyOf(cases);
    }

    static Participants judge(ReplyThread thread, Proposal proposal, MessageContexts contexts, StanceReadings readings,
                              Leanings leanings, PositionJudge judge) {
        Map<String, List<ThreadMessage>> byPerson = new LinkedHashMap<>();
        for (ThreadMessage m : thread.byDate()) byPerson.computeIfAbsent(m.author().id(), k -> new ArrayList<>()).add(m);
        // supporters named by trailers already in the proposal
        Map<String, Evidence> proposalVotes = new LinkedHashMap<>();
        Map<String, Person> voters = new LinkedHashMap<>();
        for (ThreadMessage m : thread.byDate()) {
            if (!proposal.includes(m.id())) continue;
            for (Trailer t : m.mail().body().trailers()) {
                if (t.person() == null || !ENDORSING.contains(t.meaning())) continue;
                Person p = thread.people().person(t.person());
                if (p.id().equals(proposal.authorId()) || p.id().isEmpty()) continue;
                proposalVotes.putIfAbsent(p.id(), new Evidence(m.id(), t.key() + ": " + t.value(), Cue.PROPOSAL_TRAILER, 1.0));
                voters.putIfAbsent(p.id(), p);
            }
        }
        List<Participant> people = new ArrayList<>();
        List<Participant> bots = new ArrayList<>();
        List<Participant> writers = new ArrayList<>();
        List<PositionCase> cases = new ArrayList<>();
        PositionFeatures.Reader features = PositionFeatures.reader(thread, proposal, contexts, leanings);
        for (List<ThreadMessage> own : byPerson.values()) {
            Person person = own.get(0).author();
            Instant first = own.stream().map(ThreadMessage::date).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
            Instant last = own.stream().map(ThreadMessage::date).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
            if (own.get(0).bot()) {
                bots.add(new Participant(person.id(), person.displayName(), person.addresses(), own.size(), first, last,
                        true, false, Stance.NEUTRAL, 1.0, Participant.Shift.NONE, "a robot: takes no position",
                        List.of(new Evidence(own.get(0).id(), contexts.firstLine(own.get(0)), Cue.SIDE, 0))));
                continue;
            }
            if (person.id().equals(proposal.authorId())) {
                people.add(proposer(person, own, first, last, proposal, contexts));
                continue;
            }
            ThreadMessage part = own.stream().filter(m -> proposal.includes(m.id())).findFirst().orElse(null);
            if (part != null) {
                // a co-author who posted part of the series proposes it too
                people.add(new Participant(person.id(), person.displayName(), person.addresses(), own.size(),
                        first, last, true, false, Stance.FOR, 0.95, Participant.Shift.NONE,
                        "posted part of the proposed series",
                        List.of(new Evidence(part.id(), contexts.firstLine(part), Cue.PROPOSER, 1))));
                proposalVotes.remove(person.id());
                continue;
            }
            List<Contribution> contributions = new ArrayList<>();
            for (ThreadMessage m : own) contributions.addAll(leanings.of(m));
            Evidence vote = proposalVotes.remove(person.id());
            if (vote != null) contributions.add(new Contribution(vote, 1.0, false, -1, 0));
            boolean change = own.stream().anyMatch(m -> readings.of(m).changeOfMind());
            Position rules = Positions.judge(contributions, own, change, leanings, contexts);
            PositionCase c = new PositionCase(person.id(), person.displayName(), person.addresses(), rules,
                    features.of(person.id(), own, contributions, rules));
            cases.add(c);
            Position j = judge.judge(c);
            writers.add(new Participant(person.id(), person.displayName(), person.addresses(), own.size(), first, last,
                    true, false, j.stance(), j.confidence(), j.shift(), j.reason(), j.evidence()));
        }
        people.addAll(writers);
        for (Map.Entry<String, Evidence> e : proposalVotes.entrySet()) {
            Person p = voters.get(e.getKey());
            if (byPerson.containsKey(p.id())) continue;
            people.add(new Participant(p.id(), p.displayName(), p.addresses(), 0, null, null, false, false,
                    Stance.FOR, 0.9, Participant.Shift.NONE, "endorsed the proposal in its trailers; did not write",
                    List.of(e.getValue())));
        }
        people.sort(Comparator.comparingInt((Participant p) -> p.proposer() ? 0 : p.wrote() ? 1 : 2));
        return new Participants(people, bots, cases);
    }

    /** The proposer: for the proposal, with the sentence that proposes first, unless they withdrew it. */
    private static Participant proposer(Person person, List<ThreadMessage> own, Instant first, Instant last,
                                        Proposal proposal, MessageContexts contexts) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> texts = proposal.keySentences().stream().map(Evidence::text).toList();
        String proposing = ProposalReader.proposingSentence(texts, proposal.kind());
        for (Evidence key : proposal.keySentences()) {
            if (key.text().equals(proposing)) evidence.add(0, key);
            else evidence.add(key);
        }
        if (evidence.isEmpty()) evidence.add(new Evidence(proposal.messageId(), proposal.subject(), Cue.PROPOSER, 1));
        Evidence withdrawal = withdrawal(own, proposal, contexts);
        if (withdrawal != null) {
            // the proposer is for their proposal unless they withdraw it: then they moved away from it
            evidence.add(withdrawal);
            return new Participant(person.id(), person.displayName(), person.addresses(), own.size(), first, last, true,
                    true, Stance.MIXED, 0.8, Participant.Shift.TOWARD_AGAINST, "wrote the proposal, then withdrew it",
                    evidence);
        }
        return new Participant(person.id(), person.displayName(), person.addresses(), own.size(), first, last, true,
                true, Stance.FOR, 1.0, Participant.Shift.NONE, "wrote the proposal", evidence);
    }

    /**
     * The proposer's sentence withdrawing the proposal ("please drop this patch", "self-NAK"), or null. Dropping a
     * version because another follows ("dropping this in favour of v2") is no withdrawal.
     */
    private static Evidence withdrawal(List<ThreadMessage> proposerMessages, Proposal proposal, MessageContexts contexts) {
        for (ThreadMessage m : proposerMessages) {
            if (proposal.includes(m.id())) continue;
            for (Passage p : contexts.of(m).passages()) {
                for (String sentence : p.sentences()) {
                    if (Withdrawals.withdraws(sentence) && !Withdrawals.nextVersion(contexts.allText(m))) {
                        return new Evidence(m.id(), sentence, Cue.CHANGE_OF_MIND, -1);
                    }
                }
            }
        }
        return null;
    }
}
