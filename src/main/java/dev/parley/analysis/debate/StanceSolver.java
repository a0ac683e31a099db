package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.analysis.stance.MessageContext.QuoteKind;
import dev.parley.analysis.stance.ProposalKind;
import dev.parley.analysis.stance.Signal;
import dev.parley.analysis.stance.StanceWeights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stage of a debate that turns the per-message readings into positions, jointly over the reply graph. A signal
 * about the proposal counts as it is; agreement or disagreement counts through what it answers: the quoted lines
 * (matched to the answered message's own signals, whose pull then carries over undiminished) or, without a quote,
 * the answered message as a whole. The proposal's own text leans fully for, and so does the proposer's prose
 * elsewhere in the thread. Leans are worked out in date order (a reply after what it answers), then again with the
 * authors' positions from the previous round filling in for answered messages that carry no signal of their own ("I
 * agree with Ted" about a message that is only an argument), until the positions settle.
 */
final class StanceSolver {

    private final ReplyThread thread;
    private final Proposal proposal;
    private final MessageContexts contexts;
    private final StanceReadings readings;
    private final StanceWeights weights;
    /** The rounds' working state: each message's contributions and lean so far, by Message-ID. */
    private final Map<String, List<Contribution>> contributions = new HashMap<>();
    private final Map<String, Double> leans = new HashMap<>();

    private StanceSolver(ReplyThread thread, Proposal proposal, MessageContexts contexts, StanceReadings readings,
                         StanceWeights weights) {
        this.thread = thread;
        this.proposal = proposal;
        this.contexts = contexts;
        this.readings = readings;
        this.weights = weights;
    }

    /** Solves the thread's stances: every message's contributions and lean, and each person's net position. */
    static Leanings solve(ReplyThread thread, Proposal proposal, MessageContexts contexts, StanceReadings readings,
                          StanceWeights weights) {
        return new StanceSolver(thread, proposal, contexts, readings, weights).solve();
    }

    private Leanings solve() {
        Map<String, Double> positions = new HashMap<>();
        for (int round = 0; round < weights.rounds(); round++) {
            for (ThreadMessage m : thread.byDate()) resolve(m, round == 0 ? Map.of() : positions);
            Map<String, Double> next = positions();
            boolean settled = next.equals(positions);
            positions = next;
            if (settled) break;
        }
        Map<String, List<Contribution>> frozen = new HashMap<>();
        contributions.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
        return new Leanings(frozen, leans, positions);
    }

    private List<Contribution> contributions(ThreadMessage m) {
        return contributions.getOrDefault(m.id(), List.of());
    }

    private double lean(ThreadMessage m) {
        return leans.getOrDefault(m.id(), 0.0);
    }

    private void resolve(ThreadMessage m, Map<String, Double> positions) {
        List<Contribution> out = new ArrayList<>();
        contributions.put(m.id(), out);
        if (proposal.includes(m.id())) {
            leans.put(m.id(), 1.0);
            return;
        }
        if (m.bot()) {
            leans.put(m.id(), 0.0);
            return;
        }
        double sum = 0;
        for (Signal s : readings.of(m).signals()) {
            double value;
            double relation = 0;
            switch (s.target()) {
                case PROPOSAL -> value = s.polarity();
                case ANSWERED -> {
                    relation = s.polarity();
                    double answered = answeredLean(m, s.passage(), positions, Math.abs(s.polarity()));
                    // "a step in the wrong direction" said to someone whose side nothing shows: the debate's subject,
                    // the proposal, is what it judges (an "I agree" to them says nothing)
                    if (s.cue() == Cue.STATEMENT && s.polarity() < 0 && Math.abs(answered) < weights.noLean()) value = s.polarity();
                    else value = s.polarity() * answered;
                }
                default -> value = 0;
            }
            boolean conditional = s.cue() == Cue.CONDITION;
            out.add(new Contribution(new Evidence(m.id(), s.text(), s.cue(), round(value)), value, conditional,
                    s.passage(), relation));
            sum += value;
        }
        double lean = Math.tanh(sum);
        // the proposer argues for the proposal; a cue read against it in their mail is a misreading, not a turn
        if (m.author().id().equals(proposal.authorId())) lean = Math.max(0, lean);
        leans.put(m.id(), lean);
    }

    /** How far the text a passage answers leans for the proposal (-1..1). */
    private double answeredLean(ThreadMessage m, int passageIndex, Map<String, Double> positions, double strength) {
        ThreadMessage parent = thread.parent(m);
        List<Passage> passages = contexts.of(m).passages();
        Passage passage = passageIndex >= 0 && passageIndex < passages.size() ? passages.get(passageIndex) : null;
        if (parent == null) {
            // an answer to the proposal's missing root answers the proposal
            if (!ProposalReader.answers(m, null, proposal)) return 0;
            return passage != null && passage.quoteKind() == QuoteKind.CODE ? weights.codeAnswer() : 1;
        }
        String proposerId = proposal.authorId();
        if (proposal.includes(parent.id())) {
            // the proposer's words lean for; a quoted code hunk is a detail, not the proposal
            return passage != null && passage.quoteKind() == QuoteKind.CODE ? weights.codeAnswer() : 1;
        }
        // a side exchange drifts from the proposal: each step away from it carries a little less
        double lean = weights.answerDrift() * lean(parent);
        if (passage != null && !passage.quoted().isBlank()) {
            double quoted = quotedLean(parent, passage.quoted());
            // the proposer's words argue for the proposal, whatever a cue in them was read as
            if (!Double.isNaN(quoted) && parent.author().id().equals(proposerId)) quoted = Math.max(0, quoted);
            // the quote pinpoints the sentences agreed with: their pull carries over undiminished
            if (!Double.isNaN(quoted)) lean = quoted;
            else if (quotesProposal(m, passage.quoted())) lean = 1;
        }
        // the proposer's prose argues for the proposal even where no cue shows it ("There's nothing different from a
        // filesystem compared to a driver"): disagreeing with it is disagreeing with the proposal
        boolean proseOfTheProposer = parent.author().id().equals(proposerId)
                && (passage == null || passage.quoteKind() != QuoteKind.CODE);
        if (proseOfTheProposer) lean = Math.max(lean, weights.proposerProse());
        // the answered mail answered the proposal; in an open discussion every branch argues the one topic
        ThreadMessage grandparent = thread.parent(parent);
        boolean mainDebate = grandparent != null && proposal.includes(grandparent.id())
                || proposal.kind() == ProposalKind.DISCUSSION;
        if (Math.abs(lean) < weights.noLean() && strength >= weights.explicitAnswer() && !positions.isEmpty() && mainDebate) {
            // an explicit "I agree"/"No" about an argument with no cue of its own: the answered author's position
            Double p = positions.get(parent.author().id());
            if (p != null && !parent.author().id().equals(m.author().id())) lean = weights.positionFill() * p;
        }
        return lean;
    }

    /** The lean of the answered message's signals whose sentences are in the quote; NaN when none is. */
    private double quotedLean(ThreadMessage parent, String quoted) {
        String q = normalize(quoted);
        double sum = 0;
        boolean found = false;
        for (Contribution c : contributions(parent)) {
            if (c.value() == 0) continue;
            String s = normalize(c.evidence().text());
            String probe = s.length() > 40 ? s.substring(0, 40) : s;
            if (probe.length() >= 8 && q.contains(probe) || q.length() >= 20 && s.contains(q)) {
                sum += c.value();
                found = true;
            }
        }
        return found ? Math.tanh(sum * weights.quotedSharpening()) : Double.NaN;
    }

    /**
     * Whether a quote (often nested, from higher up) is the proposal's own text. The lines right above the reply
     * decide: a quote of the proposal followed by the answered author's answer to it is a quote of that answer.
     */
    private boolean quotesProposal(ThreadMessage m, String quoted) {
        ThreadMessage root = thread.top(m);
        if (!proposal.includes(root.id())) return false;
        String q = normalize(quoted);
        if (q.length() < 30) return false;
        String probe = q.substring(Math.max(0, q.length() - 60));
        return normalize(root.mail().body().ownText()).contains(probe);
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("(?m)^[\\s>|]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** Net position per person: the sum of their contributions, squashed; the proposer is +1. */
    private Map<String, Double> positions() {
        Map<String, Double> sums = new HashMap<>();
        for (ThreadMessage m : thread.byDate()) {
            if (m.bot()) continue;
            double s = 0;
            for (Contribution c : contributions(m)) s += c.value();
            sums.merge(m.author().id(), s, Double::sum);
        }
        Map<String, Double> out = new HashMap<>();
        sums.forEach((id, s) -> out.put(id, round(Math.tanh(s))));
        out.put(proposal.authorId(), 1.0);
        return out;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
