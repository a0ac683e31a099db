package dev.parley.analysis.debate;

import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.StoredMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a thread as a debate. Use: {@code DebateSetup.standard().analyzer(mailmap).analyze(archive.thread(threadId, true))}.
 * <p>
 * The reading is a row of stages, each a small class with one job that takes the records the earlier stages made
 * and returns an immutable record of its own: who wrote what ({@link AuthoredMessages}: messages once each, people
 * resolved with the mailmap, robots set aside), the reply tree ({@link ReplyThread}), what is proposed
 * ({@link ProposalReader}), the tone of each message ({@link MessageTones}), what each message says
 * ({@link MessageContexts}) and how the {@link StanceScorer} reads it ({@link StanceReadings}), the stances solved
 * jointly over the reply graph ({@link StanceSolver}), each person's position ({@link Participants}), who answered
 * whom ({@link Exchanges}), the tone by day ({@link ToneTimeline}) and what became of the proposal
 * ({@link OutcomeReader}). A new stage is a class of the same kind and
 * one line in {@link #analyzeParsed}. Everything a result says carries the Message-ID and exact sentence it rests on.
 */
public final class DebateAnalyzer {

    private final Mailmap mailmap;
    private final DebateSetup setup;

    /** Prefer {@link DebateSetup#analyzer}: the setup chooses the parts. */
    public DebateAnalyzer(Mailmap mailmap, DebateSetup setup) {
        this.mailmap = mailmap == null ? Mailmap.EMPTY : mailmap;
        this.setup = setup;
    }

    /**
     * Analyses one thread.
     *
     * @param thread every message of the thread with its raw bytes ({@code Archive.thread(id, true)})
     * @throws IllegalArgumentException when the list is empty
     */
    public Debate analyze(List<StoredMessage> thread) {
        return analyze(thread, null);
    }

    /**
     * Analyses one thread whose root the caller names: a message of the thread, or a root missing from it that its
     * messages answer (the proposal is then that missing message, its author the one the answers quote).
     *
     * @param rootId the root's Message-ID, or null for the thread's own root
     */
    public Debate analyze(List<StoredMessage> thread, String rootId) {
        if (thread.isEmpty()) throw new IllegalArgumentException("no messages to analyse");
        List<ParsedMessage> parsed = new ArrayList<>(thread.size());
        for (StoredMessage m : thread) parsed.add(m.parsed());
        return read(thread.get(0).threadId(), parsed, rootId).debate();
    }

    /** Analyses one thread given as parsed messages (as read from an mbox without an index). */
    public Debate analyzeParsed(String threadId, List<ParsedMessage> messages) {
        return read(threadId, messages, null).debate();
    }

    /**
     * A thread read as a debate, with what the position judge was shown of each person it judged.
     *
     * @param debate the debate
     * @param judged the people the judge judged (everyone who wrote but the proposer, co-authors and robots)
     */
    public record Reading(Debate debate, List<PositionCase> judged) {
        public Reading {
            judged = List.copyOf(judged);
        }
    }

    /**
     * Analyses one thread given as parsed messages, and keeps what the position judge saw (for evaluation).
     *
     * @param rootId the root's Message-ID (see {@link #analyze(List, String)}), or null for the thread's own root
     */
    public Reading read(String threadId, List<ParsedMessage> messages, String rootId) {
        if (messages.isEmpty()) throw new IllegalArgumentException("no messages to analyse");
        ReplyThread thread = ReplyThread.link(AuthoredMessages.read(messages, mailmap));
        Proposal proposal = ProposalReader.read(thread, rootId);
        MessageTones tones = MessageTones.score(thread, setup.toneScorer());
        MessageContexts contexts = MessageContexts.read(thread, proposal, setup.lexicon());
        StanceReadings readings = StanceReadings.read(thread, proposal, contexts, setup.stanceScorer());
        Leanings leanings = StanceSolver.solve(thread, proposal, contexts, readings, setup.weights());
        Participants participants = Participants.judge(thread, proposal, contexts, readings, leanings, setup.judge());
        List<Exchange> exchanges = Exchanges.of(thread, contexts, tones, leanings);
        ToneTimeline timeline = ToneTimeline.of(thread, tones);
        Outcome outcome = OutcomeReader.read(thread, proposal, contexts, participants.people());
        Debate debate = new Debate(threadId, proposal, participants.people(), participants.bots(), exchanges, timeline,
                messages(thread, proposal, tones, leanings), thread.firstDate(), thread.lastDate(), outcome);
        return new Reading(debate, participants.cases());
    }

    /** Every message as analysed, oldest first. */
    private static List<DebateMessage> messages(ReplyThread thread, Proposal proposal, MessageTones tones,
                                                Leanings leanings) {
        List<DebateMessage> out = new ArrayList<>();
        for (ThreadMessage m : thread.byDate()) {
            List<Evidence> evidence = leanings.of(m).stream().map(Contribution::evidence).toList();
            out.add(new DebateMessage(m.id(), m.parentId(), m.author().id(), m.date(), m.offsetSeconds(),
                    m.mail().subject(), proposal.includes(m.id()), m.bot(), tones.of(m),
                    StanceSolver.round(leanings.lean(m)), evidence));
        }
        return out;
    }
}
