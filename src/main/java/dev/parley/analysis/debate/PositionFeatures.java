package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.analysis.stance.MessageContext.QuoteKind;
import dev.parley.analysis.stance.ProposalKind;
import dev.parley.analysis.text.Words;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learned position judge sees of one person who wrote in the thread: named numbers that carry over from one
 * debate to the next (no vocabulary of any thread). Counts are taken as {@code log(1 + n)}: one more message matters
 * less to a prolific writer. The families:
 * <ul>
 *     <li>the rules' verdict ({@code rule_*}) and their cues by kind and direction: sums and the strongest;</li>
 *     <li>how their messages relate to what they answer: agreement or disagreement with the proposal's side (the
 *         proposer and those the rules put for it) or the other side, answers to the proposal itself, quotes of its
 *         text, replies of contrast and negation ("but", "not") to either side, reviews of code;</li>
 *     <li>the reply graph the other way: whether the proposer, supporters or opponents answered them in agreement
 *         or disagreement;</li>
 *     <li>their share of the argument (messages, words, questions) and what their sentences do with the proposal's
 *         own words: on its topic, a call ("should", "need to") or an opinion ("I think") about it;</li>
 *     <li>whether the thread is an open discussion rather than a patch.</li>
 * </ul>
 *
 * @param names the feature names, always {@link #NAMES}
 * @param values one value per name
 */
public record PositionFeatures(List<String> names, double[] values) {

    /** The rules' own verdict, which the learned judge alone does not read (the evaluation's "model alone"). */
    public static final List<String> RULE_VERDICT = List.of("rule_for", "rule_against", "rule_mixed", "rule_neutral",
            "rule_confidence");

    public static final List<String> NAMES = List.of(
            "rule_for", "rule_against", "rule_mixed", "rule_neutral", "rule_confidence",
            "vote_for", "vote_against", "statement_for", "statement_against", "counter", "condition",
            "status_quo_for", "status_quo_against", "reply_for", "reply_against", "strongest_for", "strongest_against",
            "rule_balance", "changed_mind", "shifted", "side_remarks",
            "agree_with_supporters", "disagree_with_supporters", "agree_with_opponents", "disagree_with_opponents",
            "answers_proposal", "answers_proposer", "answers_code", "quotes_proposal", "first_answers_proposal",
            "rebuts_supporters", "rebuts_opponents",
            "proposer_agrees", "proposer_disagrees", "supporters_agree", "supporters_disagree", "opponents_agree",
            "opponents_disagree", "answered_by_proposer", "replies_received",
            "messages", "words", "questions", "question_share", "proposal_overlap", "on_topic", "normative_on_topic",
            "negated_normative_on_topic", "opinion_on_topic",
            "discussion");

    /** Features that count things, taken as log(1 + n). */
    private static final Set<String> COUNTS = Set.of("changed_mind", "side_remarks", "agree_with_supporters",
            "disagree_with_supporters", "agree_with_opponents", "disagree_with_opponents", "answers_proposal",
            "answers_proposer", "quotes_proposal", "first_answers_proposal", "rebuts_supporters", "rebuts_opponents",
            "proposer_agrees", "proposer_disagrees", "supporters_agree", "supporters_disagree", "opponents_agree",
            "opponents_disagree", "answered_by_proposer", "replies_received", "messages", "words", "questions",
            "on_topic", "normative_on_topic", "negated_normative_on_topic", "opinion_on_topic");

    /** Agreement or disagreement this clear, summed over a reply's signals, makes it an agreeing or disagreeing reply. */
    private static final double CLEAR = 0.3;
    /** A position this far from 0 puts a person on a side. */
    private static final double SIDED = 0.2;
    /** A sentence sharing this many content words with the proposal's own text is on its topic. */
    private static final int ON_TOPIC = 2;

    public PositionFeatures {
        names = List.copyOf(names);
    }

    public double value(String name) {
        return values[index(name)];
    }

    /** The values of the named features, in that order (what a model trained on those names takes). */
    public double[] select(List<String> wanted) {
        double[] out = new double[wanted.size()];
        for (int i = 0; i < out.length; i++) out[i] = values[index(wanted.get(i))];
        return out;
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no position feature named '" + name + "'");
        return i;
    }

    /** Accumulates values by name. */
    private static final class Builder {
        final Map<String, Double> values = new LinkedHashMap<>();

        void add(String name, double v) {
            if (!NAMES.contains(name)) throw new IllegalStateException("unknown position feature " + name);
            values.merge(name, v, Double::sum);
        }

        void max(String name, double v) {
            if (v > values.getOrDefault(name, 0.0)) values.put(name, v);
        }

        void set(String name, double v) {
            values.put(name, v);
        }

        double get(String name) {
            return values.getOrDefault(name, 0.0);
        }

        PositionFeatures build() {
            double[] v = new double[NAMES.size()];
            for (int i = 0; i < v.length; i++) {
                String name = NAMES.get(i);
                v[i] = COUNTS.contains(name) ? Math.log1p(get(name)) : get(name);
            }
            return new PositionFeatures(NAMES, v);
        }
    }

    /** Reads the people of one thread: what holds for the whole thread is worked out once. */
    static Reader reader(ReplyThread thread, Proposal proposal, MessageContexts contexts, Leanings leanings) {
        ThreadMessage root = thread.byId().get(proposal.messageId());
        String rootText = root == null ? "" : StanceSolver.normalize(root.mail().body().ownText());
        return new Reader(thread, proposal, contexts, leanings, new Sides(proposal, leanings), rootText,
                terms(proposal.subject() + "\n" + rootText + "\n" + proposal.summary()));
    }

    /**
     * The features of the people of one thread.
     *
     * @param rootText the proposal's own text, normalised as {@link StanceSolver#normalize} does ("" when missing)
     * @param proposalTerms the content words of its subject, text and summary
     */
    record Reader(ReplyThread thread, Proposal proposal, MessageContexts contexts, Leanings leanings, Sides sides,
                  String rootText, Set<String> proposalTerms) {

        /**
         * Reads one person.
         *
         * @param own their messages, oldest first
         * @param contributions their resolved contributions (and a vote in the proposal's trailers), oldest first
         * @param rules what the rules judged
         */
        PositionFeatures of(String personId, List<ThreadMessage> own, List<Contribution> contributions, Position rules) {
            Builder b = new Builder();
            cues(b, contributions, rules);
            Set<String> ownTerms = new HashSet<>();
            int sentences = 0, passages = 0, code = 0;
            for (ThreadMessage m : own) {
                int messageSentences = 0, contrary = 0;
                for (Passage p : contexts.of(m).passages()) {
                    if (p.sentences().isEmpty()) continue;
                    passages++;
                    if (p.quoteKind() == QuoteKind.CODE) code++;
                    if (p.quoteKind() != QuoteKind.CODE && quotes(p, rootText)) {
                        b.add("quotes_proposal", 1);
                    }
                    for (String s : p.sentences()) {
                        sentences++;
                        messageSentences++;
                        SentenceWords w = SentenceWords.of(s);
                        if (s.strip().endsWith("?")) b.add("questions", 1);
                        if (w.contrast || w.negation) contrary++;
                        Set<String> terms = terms(s);
                        ownTerms.addAll(terms);
                        terms.retainAll(proposalTerms);
                        if (terms.size() < ON_TOPIC) continue;
                        b.add("on_topic", 1);
                        if (w.obligation) b.add(w.negation ? "negated_normative_on_topic" : "normative_on_topic", 1);
                        if (w.opinion) b.add("opinion_on_topic", 1);
                    }
                }
                b.add("words", Words.of(contexts.allText(m)).size());
                ThreadMessage parent = thread.parent(m);
                boolean toProposal = ProposalReader.answers(m, parent, proposal);
                if (parent == null && !toProposal || parent != null && parent.author().id().equals(personId)) continue;
                double side = parent == null ? 1 : sides.of(parent);
                double rel = relation(leanings.of(m), side);
                if (toProposal) {
                    b.add("answers_proposal", 1);
                    if (m == own.get(0)) b.add("first_answers_proposal", 1);
                } else if (parent.author().id().equals(proposal.authorId())) {
                    b.add("answers_proposer", 1);
                }
                if (side != 0 && messageSentences > 0) {
                    b.add(side > 0 ? "rebuts_supporters" : "rebuts_opponents", contrary / (double) messageSentences);
                }
                if (rel >= CLEAR && side > 0) b.add("agree_with_supporters", 1);
                if (rel <= -CLEAR && side > 0) b.add("disagree_with_supporters", 1);
                if (rel >= CLEAR && side < 0) b.add("agree_with_opponents", 1);
                if (rel <= -CLEAR && side < 0) b.add("disagree_with_opponents", 1);
            }
            received(b, personId, own);
            b.set("messages", own.size());
            b.set("question_share", b.get("questions") / Math.max(1, sentences));
            b.set("answers_code", code / (double) Math.max(1, passages));
            int shared = 0;
            for (String t : ownTerms) if (proposalTerms.contains(t)) shared++;
            b.set("proposal_overlap", shared / (double) Math.max(1, ownTerms.size()));
            b.set("discussion", proposal.kind() == ProposalKind.DISCUSSION ? 1 : 0);
            return b.build();
        }

        /** Who answered the person's messages, and how. */
        private void received(Builder b, String personId, List<ThreadMessage> own) {
            Set<String> ownIds = new HashSet<>();
            for (ThreadMessage m : own) ownIds.add(m.id());
            for (ThreadMessage reply : thread.byDate()) {
                if (reply.bot() || !ownIds.contains(reply.parentId()) || reply.author().id().equals(personId)) continue;
                ThreadMessage answered = thread.parent(reply);
                double rel = relation(leanings.of(reply), sides.of(answered));
                b.add("replies_received", 1);
                double side = sides.person(reply.author().id());
                String agrees, disagrees;
                if (reply.author().id().equals(proposal.authorId())) {
                    b.add("answered_by_proposer", 1);
                    agrees = "proposer_agrees";
                    disagrees = "proposer_disagrees";
                } else if (side != 0) {
                    agrees = side > 0 ? "supporters_agree" : "opponents_agree";
                    disagrees = side > 0 ? "supporters_disagree" : "opponents_disagree";
                } else continue;
                if (rel >= CLEAR) b.add(agrees, 1);
                if (rel <= -CLEAR) b.add(disagrees, 1);
            }
        }
    }

    /** The rules' cues by kind and direction, and their verdict. */
    private static void cues(Builder b, List<Contribution> contributions, Position rules) {
        double pro = 0, con = 0;
        for (Contribution c : contributions) {
            double v = c.value();
            Cue cue = c.evidence().cue();
            if (cue == Cue.SIDE) b.add("side_remarks", 1);
            if (cue == Cue.CHANGE_OF_MIND) b.add("changed_mind", 1);
            if (Math.abs(v) < 0.1) continue;
            if (v > 0) pro += v;
            else con -= v;
            b.max(v > 0 ? "strongest_for" : "strongest_against", Math.abs(v));
            String family = switch (cue) {
                case TRAILER, ACT, PROPOSAL_TRAILER, NAK -> "vote";
                case STATEMENT -> "statement";
                case STATUS_QUO -> "status_quo";
                case REPLY -> "reply";
                default -> null;
            };
            if (family != null) b.add(family + (v > 0 ? "_for" : "_against"), Math.abs(v));
            if (cue == Cue.COUNTER_PROPOSAL) b.add("counter", -v);
            if (c.conditional() || cue == Cue.CONDITION) b.add("condition", Math.abs(v));
        }
        b.set("rule_balance", Math.max(pro, con) == 0 ? 0 : Math.min(pro, con) / Math.max(pro, con));
        b.add("rule_" + rules.stance().id(), 1);
        b.set("rule_confidence", rules.confidence());
        if (rules.shift() != Participant.Shift.NONE) b.set("shifted", 1);
    }

    /** Which side a message or person is on by the rules: the proposal and its author +1, else their position. */
    record Sides(Proposal proposal, Leanings leanings) {

        double person(String id) {
            if (id.equals(proposal.authorId())) return 1;
            double p = leanings.positions().getOrDefault(id, 0.0);
            return Math.abs(p) >= SIDED ? p : 0;
        }

        double of(ThreadMessage m) {
            if (proposal.includes(m.id())) return 1;
            double p = person(m.author().id());
            if (p != 0) return p;
            double lean = leanings.lean(m);
            return Math.abs(lean) >= SIDED ? lean : 0;
        }
    }

    /** A reply's agreement with what it answers: its explicit agreement, and its pull set against the answered side. */
    private static double relation(List<Contribution> contributions, double side) {
        double rel = 0;
        for (Contribution c : contributions) rel += c.relation() != 0 ? c.relation() : c.value() * side;
        return rel;
    }

    /** Whether a passage answers a quote of the proposal's own text (normalised as {@link StanceSolver#normalize}). */
    private static boolean quotes(Passage p, String rootText) {
        String q = StanceSolver.normalize(p.quoted());
        return q.length() >= 30 && rootText.contains(q.substring(0, Math.min(60, q.length())));
    }

    /** Content words, crudely: four letters or more, not a common word, a plural's s taken off. */
    private static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Words.of(text)) {
            if (w.length() < 4 || COMMON.contains(w)) continue;
            out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static final Set<String> COMMON = Set.of("that", "this", "with", "have", "from", "they", "them", "there",
            "their", "what", "when", "which", "would", "could", "should", "will", "just", "like", "think", "also",
            "some", "than", "then", "been", "were", "does", "doesn't", "don't", "into", "more", "only", "about",
            "other", "very", "much", "want", "make", "know", "these", "those", "here", "it's", "that's", "i'm", "because");

    /** The function words of a sentence that tell what it does: contrast, negation, opinion, obligation. */
    private record SentenceWords(boolean contrast, boolean negation, boolean opinion, boolean obligation) {

        static SentenceWords of(String sentence) {
            List<String> w = Words.of(sentence);
            boolean contrast = false, negation = false, opinion = false, obligation = false;
            for (int i = 0; i < w.size(); i++) {
                String x = w.get(i), next = i + 1 < w.size() ? w.get(i + 1) : "";
                contrast |= x.equals("but") || x.equals("however") || x.equals("although") || x.equals("though");
                negation |= x.equals("not") || x.equals("no") || x.endsWith("n't") || x.equals("never");
                opinion |= x.equals("imo") || x.equals("imho")
                        || x.equals("i") && (next.equals("think") || next.equals("believe") || next.equals("feel"));
                obligation |= x.equals("should") || x.equals("must") || x.equals("need") && next.equals("to");
            }
            return new SentenceWords(contrast, negation, opinion, obligation);
        }
    }
}
