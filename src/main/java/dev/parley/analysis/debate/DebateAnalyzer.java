package dev.parley.analysis.debate;

import dev.parley.analysis.stance.RuleStanceScorer;
import dev.parley.analysis.stance.StanceScorer;
import dev.parley.analysis.tone.ToneClassifier;
import dev.parley.analysis.tone.ToneScorer;
import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.StoredMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a thread as a debate. Use: {@code new DebateAnalyzer().analyze(archive.thread(threadId, true))}.
 * <p>
 * The reading is a row of stages, each a small class with one job that takes the records the earlier stages made
 * and returns an immutable record of its own: who wrote what ({@link AuthoredMessages}: messages once each, people
 * resolved with the mailmap, robots set aside), the reply tree ({@link ReplyThread}), what is proposed
 * ({@link ProposalReader}), the tone of each message ({@link MessageTones}), what each message says
 * ({@link MessageContexts}) and how the {@link StanceScorer} reads it ({@link StanceReadings}), the stances solved
 * jointly over the reply graph ({@link StanceSolver}), each person's position ({@link Participants}), who answered
 * whom ({@link Exchanges}) and the tone by day ({@link ToneTimeline}). A new stage is a class of the same kind and
 * one line in {@link #analyzeParsed}. Everything a result says carries the Message-ID and exact sentence it rests on.
 */
public final class DebateAnalyzer {

    private final Mailmap mailmap;
    private final StanceScorer stanceScorer;
    private final ToneScorer toneScorer;

    /** The rule-based stance scorer, Parley's tone scorer, no mailmap. */
    public DebateAnalyzer() {
        this(Mailmap.EMPTY, new RuleStanceScorer(), ToneClassifier.standard());
    }

    public DebateAnalyzer(Mailmap mailmap) {
        this(mailmap, new RuleStanceScorer(), ToneClassifier.standard());
    }

    public DebateAnalyzer(Mailmap mailmap, StanceScorer stanceScorer, ToneScorer toneScorer) {
        this.mailmap = mailmap == null ? Mailmap.EMPTY : mailmap;
        this.stanceScorer = stanceScorer;
        this.toneScorer = toneScorer;
    }

    /**
     * Analyses one thread.
     *
     * @param thread every message of the thread with its raw bytes ({@code Archive.thread(id, true)})
     * @throws IllegalArgumentException when the list is empty
     */
    public Debate analyze(List<StoredMessage> thread) {
        if (thread.isEmpty()) throw new IllegalArgumentException("no messages to analyse");
        List<ParsedMessage> parsed = new ArrayList<>(thread.size());
        for (StoredMessage m : thread) parsed.add(m.parsed());
        return analyzeParsed(thread.get(0).threadId(), parsed);
    }

    /** Analyses one thread given as parsed messages (as read from an mbox without an index). */
    public Debate analyzeParsed(String threadId, List<ParsedMessage> messages) {
        if (messages.isEmpty()) throw new IllegalArgumentException("no messages to analyse");
        ReplyThread thread = ReplyThread.link(AuthoredMessages.read(messages, mailmap));
        Proposal proposal = ProposalReader.read(thread);
        MessageTones tones = MessageTones.score(thread, toneScorer);
        MessageContexts contexts = MessageContexts.read(thread, proposal);
        StanceReadings readings = StanceReadings.read(thread, proposal, contexts, stanceScorer);
        Leanings leanings = StanceSolver.solve(thread, proposal, contexts, readings);
        Participants participants = Participants.judge(thread, proposal, contexts, readings, leanings);
        List<Exchange> exchanges = Exchanges.of(thread, contexts, tones, leanings);
        ToneTimeline timeline = ToneTimeline.of(thread, tones);
        return new Debate(threadId, proposal, participants.people(), participants.bots(), exchanges, timeline,
                messages(thread, proposal, tones, leanings), thread.firstDate(), thread.lastDate());
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
