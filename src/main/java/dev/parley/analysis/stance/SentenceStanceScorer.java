package dev.parley.analysis.stance;

import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.analysis.stance.MessageContext.QuoteKind;
import dev.parley.analysis.stance.Signal.Target;
import dev.parley.analysis.text.Words;
import dev.parley.analysis.stance.CueLexicon.Entry;
import dev.parley.analysis.stance.CueLexicon.Flag;
import dev.parley.analysis.stance.CueLexicon.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentence-level part of the rule-based stance reading, from kernel-mail conventions (see the domain notes in the
 * project's shared STANCE-NOTES). Each own sentence is cut into clauses; the cue lexicon ({@link CueLexicon}, a
 * resource file) finds agreement and objection, acts of support ("applied"), NAKs, votes written in prose, calls to keep or to remove the thing, criticism or defence of it,
 * counter-proposals, harms and goods the change would do ("it will break X"), agreement with the problem the proposal
 * names (in an open discussion: "an important topic", "part of the problem", "to address X we need ..."),
 * conditions and changes of mind. Then:
 * <ul>
 *     <li>negation within four words before a cue, or a "don't think"-style negation earlier in the clause, turns
 *         it round (weaker);</li>
 *     <li>hedges ("maybe", "I guess", "probably") and questions weaken it; a question with no other cue is a side
 *         remark; a sceptical question about support ("does this really make sense?") doubts it; what follows
 *         "I don't know whether" or "in case" is not claimed at all;</li>
 *     <li>a condition ("as long as", "only if", "provided") turns support in the same sentence into conditional
 *         support, and so does a deferral of the proposal's own action ("remove it after the next LTS"): yes, but
 *         later;</li>
 *     <li>a concession ("while ...", "I understand ...", "that's not to say ...") grants a point, weakly;</li>
 *     <li>criticism of the thing a removal removes is support for the removal, defence of it is opposition; for
 *         an addition it is the other way round;</li>
 *     <li>calls with an object ("keep it", "delete it") count only when the object is the proposal's subject, a
 *         pronoun or a generic noun for it, not some other identifier ("delete all the COMPILE_TEST code");</li>
 *     <li>plain agreement or disagreement ("Yes.", "No.", "I agree") is about the answered text; replies to a
 *         quoted code hunk are reviews of a detail, not positions;</li>
 *     <li>text inside double quotes is someone else's words and is skipped.</li>
 * </ul>
 * How much each of those takes away is in {@link StanceWeights}. Trailer lines are not read here but by
 * {@link TrailerVotes}.
 */
public final class SentenceStanceScorer implements StanceScorer {

    private final CueLexicon lexicon;
    private final CueLexicon.Words lists;
    private final StanceWeights weights;

    public SentenceStanceScorer(CueLexicon lexicon, StanceWeights weights) {
        this.lexicon = lexicon;
        this.lists = lexicon.words();
        this.weights = weights;
    }

    /** "this patch", "your proposal", "Grant's patch", "the removal": the proposal named. */
    private static final Pattern PROPOSAL_REFERENCE = Pattern.compile(
            "(?i)\\b(this|the|your|his|her|their|\\w+'s)\\s+(whole\\s+|entire\\s+|proposed\\s+|new\\s+)?(patch|patches"
                    + "|patchset|series|proposal|removal|deletion|rfc|deprecation|promotion|nomination)\\b"
                    + "|\\b(this|your|\\w+'s)\\s+(whole\\s+|entire\\s+|proposed\\s+|new\\s+)?(change|idea|plan|move|rule"
                    + "|policy|approach|update|guideline|guidelines|transition|effort|work)\\b");
    /** In a discussion without a patch, "the patches" are other patches; only the proposal itself is named. */
    private static final Pattern DISCUSSION_REFERENCE = Pattern.compile(
            "(?i)\\b(this|your|the|\\w+'s)\\s+(whole\\s+|original\\s+)?(proposal|suggestion|rfc)\\b"
                    + "|\\b(this|your|\\w+'s)\\s+(idea|plan|approach)\\b");
    /** A sentence that is only a condition: "As long as ...", "Only if ...", "Provided that ...". */
    private static final Pattern BARE_CONDITION = Pattern.compile(
            "(?i)^\\W*(as long as|so long as|only if|provided that|provided the|on condition that)\\b");
    private static final Pattern CONSEQUENCE = Pattern.compile("[,;]|\\bthen\\b");
    /** "..., but it should ...", "..., but we must ...": a yes with terms attached (not "but we should also ..."). */
    private static final Pattern YES_BUT = Pattern.compile(
            "(?i)\\bbut\\s+(it|we|this|that|they|there)\\s+(should|must|needs?|ought)\\b(?!\\s+(also|be\\s+also)\\b)");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022o]|\\d{1,2}[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("^_+|_+$");
    /** The slashes of a composite acronym: "LSF/MM/BPF" is one name, written "LSFMMBPF" too. */
    private static final Pattern ACRONYM_PARTS = Pattern.compile("(?<=\\b[A-Z]{2,8})/(?=[A-Z]{2,8}\\b)");
    private static final Pattern QUOTED_SPEECH = Pattern.compile("\"[^\"]{1,120}\"|\u201c[^\u201d]{1,120}\u201d");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;:()\u2014]|\\s-{1,2}\\s|\\bbut\\b|\\bthough\\b|\\bhowever\\b)\\s*");

    @Override
    public MessageReading read(MessageContext m) {
        List<Signal> signals = new ArrayList<>();
        boolean changeOfMind = false;
        for (int p = 0; p < m.passages().size(); p++) {
            Passage passage = m.passages().get(p);
            for (String sentence : passage.sentences()) {
                SentenceReading r = readSentence(sentence, passage, m);
                changeOfMind |= r.change;
                for (Signal s : r.signals) signals.add(new Signal(p, s.text(), s.cue(), s.target(), s.polarity()));
            }
        }
        return new MessageReading(signals, changeOfMind);
    }

    private record SentenceReading(List<Signal> signals, boolean change) {
    }

    /**
     * A lexicon match in one clause.
     *
     * @param next the word after the match ("" at the clause end)
     * @param objectNamesSubject the words after the match name the proposal's subject
     * @param span the matched words
     * @param before the words of the clause before the match
     */
    private record Hit(Entry rule, int clause, int start, int end, boolean negated, String next,
                       boolean objectNamesSubject, List<String> span, List<String> before) {
    }

    /**
     * Whether a NAK in a clause is the author's own: the clause opens with it ("NAK.", "So NAK from me") or the
     * author says it is theirs ("my NAK stands", "I NAK this"); "Linus has NACKed that approach" reports another's.
     */
    private boolean ownVote(Hit h) {
        if (h.before.isEmpty()) return true;
        for (String w : h.before) if (lists.firstPerson().contains(w)) return true;
        return h.before.stream().allMatch(lists.openers()::contains);
    }

    /** "I do understand the desire to remove it", "I appreciate that keeping it isn't free": granting a point. */
    private boolean grants(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals("i") && !words.get(i).equals("we")) continue;
            for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
                if (lists.granting().contains(words.get(k))) return true;
            }
        }
        return false;
    }

    /** "I'll start doing this on LKML": the cue names its object, a pronoun for the answered text, itself. */
    private boolean endsOnPronoun(Hit h) {
        return !h.span.isEmpty() && lists.pronouns().contains(h.span.get(h.span.size() - 1));
    }

    /** Words that make a question sceptical: "is it really ...", "does it even ...", "is the gain such that ...". */
    private static boolean sceptical(List<String> words) {
        for (String w : words) if (w.equals("really") || w.equals("even") || w.equals("such") || w.equals("actually")) return true;
        return false;
    }

    /** "That's not to say this isn't a good idea, ...": a concession before the real point. */
    private static boolean notToSay(List<String> words) {
        for (int i = 0; i + 2 < words.size() && i < 3; i++) {
            if (words.get(i).equals("not") && words.get(i + 1).equals("to") && words.get(i + 2).equals("say")) return true;
        }
        return false;
    }

    private boolean keepIdiom(Hit h) {
        return lists.keepIdioms().contains(h.next) || h.next.endsWith("ing") && h.next.length() > 5;
    }

    /**
     * One clause of a sentence, read once.
     *
     * @param raw its words as written (emphasis underscores removed)
     * @param words the same in lower case
     * @param foreign it names some identifier that is not the proposal's subject
     * @param proposing it has a modal or imperative word ("should", "let's", "why")
     * @param concessive it grants a point before the real one ("while ...", "I understand ...")
     * @param conditionalAt index of its first "if"/"unless" word, or -1
     */
    private record Clause(int index, List<String> raw, List<String> words, boolean foreign, boolean proposing,
                          boolean concessive, int conditionalAt) {
    }

    private Clause clause(int index, String text, ProposalContext p) {
        List<String> raw = new ArrayList<>();
        for (String w : Words.asWritten(text)) raw.add(EMPHASIS.matcher(w).replaceAll("")); // _not_
        List<String> words = new ArrayList<>(raw.size());
        for (String w : raw) words.add(w.toLowerCase(Locale.ROOT));
        boolean foreign = false, proposing = false;
        int conditionalAt = -1;
        for (int i = 0; i < words.size(); i++) {
            foreign |= lexicon.looksLikeIdentifier(raw.get(i)) && !p.names(words.get(i));
            proposing |= lists.modal().contains(words.get(i));
            if (conditionalAt < 0 && lists.conditional().contains(words.get(i))) conditionalAt = i;
        }
        boolean concessive = !words.isEmpty() && lists.concessive().contains(words.get(0))
                || words.size() > 1 && words.get(0).equals("even") && words.get(1).equals("though")
                || notToSay(words)
                || grants(words);
        return new Clause(index, raw, words, foreign, proposing, concessive, conditionalAt);
    }

    /** What holds for a whole sentence once its clauses are read. */
    private static final class SentenceFlags {
        boolean hedged, conditional, change;
    }

    private SentenceReading readSentence(String sentence, Passage passage, MessageContext m) {
        String plain = ACRONYM_PARTS.matcher(QUOTED_SPEECH.matcher(sentence).replaceAll(" ")).replaceAll("");
        boolean question = sentence.strip().endsWith("?");
        boolean namesProposal = (m.proposal().kind() == ProposalKind.DISCUSSION ? DISCUSSION_REFERENCE : PROPOSAL_REFERENCE)
                .matcher(plain).find() || namesTheChange(plain, m.proposal());
        boolean bullet = BULLET.matcher(sentence).find();
        int sentenceWords = Words.of(plain).size();
        SentenceFlags flags = new SentenceFlags();
        List<Clause> clauses = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        String[] parts = CLAUSE_BREAK.split(plain);
        for (int c = 0; c < parts.length; c++) {
            Clause clause = clause(c, parts[c], m.proposal());
            clauses.add(clause);
            hits.addAll(cues(clause, m, flags));
        }
        // "I agree we should talk about it, but it should cover more": yes, but on terms of one's own
        if (passage.quoteKind() != QuoteKind.CODE && YES_BUT.matcher(plain).find()
                && hits.stream().anyMatch(h -> (h.rule.kind() == Kind.ANSWER || h.rule.kind() == Kind.STANCE) && h.rule.polarity() > 0)) {
            flags.conditional = true;
        }
        // an if-clause governs what follows it, not what comes before ("the sooner the better if ...")
        int conditionalClause = Integer.MAX_VALUE, conditionalWord = 0;
        for (Clause c : clauses) {
            if (c.conditionalAt >= 0) {
                conditionalClause = c.index;
                conditionalWord = c.conditionalAt;
                break;
            }
        }
        boolean onTopic = m.answersProposal() || namesProposal || mentionsTheThing(plain, m.proposal());
        // what is said of the thing itself needs the thing named, or a direct answer to the proposal's prose: its
        // own words, when quoted, say what the answer is about ("I've always found the invitation process off-putting")
        boolean aboutTheThing = namesSubject(plain, m.proposal()) || m.answersProposal()
                && (passage.quoteKind() == QuoteKind.PROSE
                || passage.quoteKind() == QuoteKind.NONE && mentionsTheThing(plain, m.proposal()));
        List<Signal> out = new ArrayList<>();
        for (Hit h : hits) {
            Clause clause = clauses.get(h.clause);
            if (bullet && (h.rule.kind() == Kind.REMOVE || h.rule.kind() == Kind.KEEP || h.rule.kind() == Kind.ADOPT)) {
                continue; // "* Remove the custom allocator": an item of a list of work, not a call about the proposal
            }
            if (h.rule.kind() == Kind.THING && !aboutTheThing) continue;
            if (h.rule.kind() == Kind.COUNTER && !counterFits(h, m.proposal().kind())) continue;
            if (h.rule.has(Flag.NEEDS_MODAL) && !clause.proposing) {
                continue; // "they went to another conference instead" narrates; "we should do X instead" proposes
            }
            // "instead of a list, the rule should ..." proposes in the clause that follows
            if (h.rule.has(Flag.NEEDS_MODAL_AFTER)
                    && clauses.subList(h.clause, clauses.size()).stream().noneMatch(Clause::proposing)) {
                continue;
            }
            Signal s = signal(h, sentence, passage, m, namesProposal, onTopic);
            if (s == null) continue;
            // "... a good idea to retire COMPILE_TEST": agreement about some other named thing is a side matter
            if (s.target() == Target.ANSWERED && clause.foreign && !endsOnPronoun(h)) {
                s = new Signal(0, sentence, Cue.SIDE, Target.NONE, 0);
            }
            // "the alternative of an IGNORE_WERROR variable": another course for some other named thing
            if (s.cue() == Cue.COUNTER_PROPOSAL && clause.foreign) continue;
            boolean hypothetical = h.clause > conditionalClause
                    || h.clause == conditionalClause && h.start > conditionalWord;
            if (hypothetical && s.cue() == Cue.STATUS_QUO) continue; // "if they were unreviewable ..." claims nothing
            double w = s.polarity();
            if (hypothetical && s.cue() == Cue.STATEMENT) w *= weights.hypothetical();
            if (h.rule.has(Flag.SHORT_ANSWER) && sentenceWords > weights.shortAnswerWords()) {
                w *= weights.shortAnswerInSentence(); // "Yes, and there are good reasons for that." concedes a fact, no more
            }
            // a hedge doubts the claim; "maybe part of the solution is ..." still takes the problem as given
            if (flags.hedged && h.rule.kind() != Kind.PREMISE) w *= weights.hedged();
            if (clause.concessive) w *= weights.conceded(); // "while in theory it is the right thing, ..." grants, then objects
            // a question commits to little, unless asking is the point ("why not just ...?", "who will maintain it?")
            boolean asking = question && !h.rule.has(Flag.ASKS);
            // "is it really worth ...?", "should it even be merged?": asking whether to support doubts it
            if (asking && w > 0 && sceptical(clause.words) && (s.cue() == Cue.STATEMENT || s.cue() == Cue.REPLY)) {
                w = -weights.scepticalQuestion();
            } else if (asking) w *= weights.asked();
            if (flags.conditional && w > 0) {
                out.add(new Signal(0, sentence, Cue.CONDITION, s.target(), Math.min(w, weights.conditionalCap())));
                continue;
            }
            out.add(new Signal(0, sentence, s.cue(), s.target(), w));
        }
        if (flags.change) out.add(new Signal(0, sentence, Cue.CHANGE_OF_MIND, Target.PROPOSAL, 0));
        // "As long as it leaves the old interface alone.": the "fine" left out, a condition alone is a conditional yes
        // ("as long as X, then Y" or "as long as X, we can Y" states a consequence instead)
        if (out.isEmpty() && !question && passage.quoteKind() != QuoteKind.CODE && BARE_CONDITION.matcher(plain).find()
                && !CONSEQUENCE.matcher(plain).find()) {
            boolean direct = m.answersProposal() || namesProposal;
            out.add(new Signal(0, sentence, Cue.CONDITION, direct ? Target.PROPOSAL : Target.ANSWERED, weights.bareCondition()));
        }
        if (out.isEmpty() && question) out.add(new Signal(0, sentence, Cue.SIDE, Target.NONE, 0));
        return new SentenceReading(keepStrongest(out), flags.change);
    }

    /** The lexicon's cues in one clause, overlaps resolved and negation decided; sets the sentence's flags. */
    private List<Hit> cues(Clause clause, MessageContext m, SentenceFlags flags) {
        List<String> words = clause.words;
        int c = clause.index;
        List<Hit> found = new ArrayList<>();
        int openFrom = Integer.MAX_VALUE;
        for (Entry rule : lexicon.entries()) {
            int[] at = rule.phrase().find(words);
            if (at == null) continue;
            List<String> span = List.copyOf(words.subList(at[0], at[1]));
            List<String> before = List.copyOf(words.subList(0, at[0]));
            switch (rule.kind()) {
                case HEDGE -> flags.hedged = true;
                case UNKNOWING -> {
                    flags.hedged = true;
                    openFrom = Math.min(openFrom, at[0]);
                }
                case CONDITION -> flags.conditional |= at[0] == 0 || !words.get(at[0] - 1).equals("for"); // "for as long as"
                case CHANGE -> {
                    if (negated(words, at[0], true, found)) break;
                    flags.change = true;
                    if (rule.has(Flag.WITHDRAWS_OBJECTION) || rule.has(Flag.WITHDRAWS_SUPPORT)) {
                        // "I withdraw my NAK": the withdrawn vote is named in the phrase; it reverses
                        found.removeIf(h -> at[0] < h.end && h.start < at[1]);
                        Entry reversal = new Entry(Kind.STANCE, rule.has(Flag.WITHDRAWS_OBJECTION) ? 1 : -1,
                                weights.withdrawal(), Set.of(), rule.phrase());
                        found.add(new Hit(reversal, c, at[0], at[1], false, "", false, span, before));
                    }
                }
                default -> {
                    if (rule.has(Flag.NEEDS_TARGET) && !objectIsTheThing(clause.raw, words, at[1], m.proposal())) continue;
                    // a longer cue wins over one inside it: "not a good idea" over "good idea"
                    found.removeIf(h -> at[0] <= h.start && h.end <= at[1] && at[1] - at[0] > h.end - h.start);
                    if (overlaps(found, at)) continue;
                    String next = at[1] < words.size() ? words.get(at[1]) : "";
                    boolean names = false;
                    for (int i = at[1]; i < Math.min(words.size(), at[1] + 5); i++) {
                        names |= m.proposal().names(words.get(i));
                    }
                    found.add(new Hit(rule, c, at[0], at[1], false, next, names, span, before));
                }
            }
        }
        // "remove it after the next LTS release": yes, but later; the call is support on a condition of timing,
        // the deferral a counter-proposal, together a mixed position
        if (found.stream().anyMatch(h -> h.rule.has(Flag.DEFERRAL))
                && found.stream().anyMatch(h -> h.rule.kind() == Kind.REMOVE || h.rule.kind() == Kind.ADOPT)) {
            flags.conditional = true;
        }
        // "I don't know what is the right thing to do": what follows is an open question, not a claim
        final int open = openFrom;
        found.removeIf(h -> h.start >= open);
        // negators that belong to another cue's own words ("I don't think there is an alternative") are spent
        List<Hit> out = new ArrayList<>();
        for (Hit h : found) {
            boolean own = h.rule.has(Flag.NOT_NEGATABLE);
            out.add(new Hit(h.rule, c, h.start, h.end, !own && negated(words, h.start, false, found), h.next,
                    h.objectNamesSubject, h.span, h.before));
        }
        return out;
    }

    /** One signal per cue and target in a sentence: the strongest. */
    private static List<Signal> keepStrongest(List<Signal> signals) {
        List<Signal> out = new ArrayList<>();
        for (Signal s : signals) {
            boolean replaced = false;
            for (int i = 0; i < out.size(); i++) {
                Signal o = out.get(i);
                if (o.cue() == s.cue() && o.target() == s.target() && Math.signum(o.polarity()) == Math.signum(s.polarity())) {
                    if (Math.abs(s.polarity()) > Math.abs(o.polarity())) out.set(i, s);
                    replaced = true;
                    break;
                }
            }
            if (!replaced) out.add(s);
        }
        return out;
    }

    private static boolean overlaps(List<Hit> hits, int[] at) {
        for (Hit h : hits) if (at[0] < h.end && h.start < at[1]) return true;
        return false;
    }

    private Signal signal(Hit h, String sentence, Passage passage, MessageContext m, boolean namesProposal,
                          boolean onTopic) {
        ProposalKind kind = m.proposal().kind();
        double w = h.rule.strength();
        double negated = weights.negated();
        boolean review = passage.quoteKind() == QuoteKind.CODE && !namesProposal;
        switch (h.rule.kind()) {
            case ANSWER -> {
                // "I'm all for marking such patches": what one is all for is named, and it is the proposal's thing
                if (h.objectNamesSubject && h.rule.has(Flag.TAKES_OBJECT)) namesProposal = true;
                double pol = h.rule.polarity() * w;
                if (h.negated) pol = -pol * negated;
                if (review) return pol > 0 ? new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, weights.reviewAgreement())
                        : new Signal(0, sentence, Cue.SIDE, Target.NONE, 0);
                return new Signal(0, sentence, namesProposal ? Cue.STATEMENT : Cue.REPLY,
                        namesProposal ? Target.PROPOSAL : Target.ANSWERED, pol);
            }
            case STANCE -> {
                double pol = h.rule.polarity() * w;
                if (h.negated) pol = -pol * negated;
                if (review && pol < 0) return new Signal(0, sentence, Cue.SIDE, Target.NONE, 0);
                // "please don't" and "the right call" need something to be about: the proposal's thing, or the answered
                // text; an objection by pronoun ("it would be a step backwards") said to someone other than the proposer
                // is about what they said (the solver takes it to the proposal when their side is unknown)
                boolean named = namesProposal || namesSubject(sentence, m.proposal());
                boolean toProposal = m.answersProposal() || m.answersProposer() || m.byProposer();
                Target target = !onTopic || pol < 0 && !named && !toProposal ? Target.ANSWERED : Target.PROPOSAL;
                return new Signal(0, sentence, Cue.STATEMENT, target, pol);
            }
            case NAK -> {
                if (h.negated || !ownVote(h)) return null;
                return new Signal(0, sentence, Cue.NAK, Target.PROPOSAL, -w);
            }
            case VOTE -> {
                if (h.negated || m.proposalMessage() || m.carriesPatch()) return null;
                // an open discussion has no patch to ack: "Ack." to a participant is agreeing with them
                if (kind == ProposalKind.DISCUSSION && !m.answersProposal() && !m.answersProposer()
                        && h.rule.has(Flag.ANSWER_IN_DISCUSSION)) {
                    return new Signal(0, sentence, Cue.REPLY, Target.ANSWERED, weights.discussionAck());
                }
                return new Signal(0, sentence, Cue.TRAILER, Target.PROPOSAL, m.answersProposal() ? w : w * weights.offProposal());
            }
            case ACT -> {
                if (h.negated || !m.answersProposal() && !m.byProposer()) return null;
                return new Signal(0, sentence, Cue.ACT, Target.PROPOSAL, w);
            }
            case KEEP -> {
                if (review || !onTopic || keepIdiom(h)) return null;
                if ((kind == ProposalKind.CHANGE || kind == ProposalKind.DISCUSSION) && !h.objectNamesSubject) return null;
                double pol = kind == ProposalKind.ADD ? -w * weights.additionCall() : -w;
                if (h.negated) pol = -pol * negated;
                return new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, pol);
            }
            case REMOVE, ADOPT -> {
                if (review) return null;
                double pol;
                if (namesProposal && h.rule.kind() == Kind.REMOVE && kind != ProposalKind.REMOVE) pol = -w; // "drop this patch"
                else if (h.rule.kind() == Kind.REMOVE) {
                    // removing something from an addition is a review of it unless the thing itself is named
                    pol = kind == ProposalKind.REMOVE ? w
                            : kind == ProposalKind.ADD && h.objectNamesSubject ? -w * weights.additionCall() : 0;
                }
                else pol = kind == ProposalKind.ADD || namesProposal ? w : 0;
                if (pol == 0 || !onTopic) return null;
                if (h.negated) pol = -pol * negated;
                return new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, pol);
            }
            case THING -> {
                if (review || !onTopic) return null;
                double sign = h.rule.polarity(); // what is said of the thing
                if (h.negated) sign = -sign * negated;
                double pol = switch (kind) {
                    case REMOVE -> -sign * w;
                    case ADD -> sign * w * weights.additionThing();
                    default -> 0;
                };
                if (pol == 0) return null;
                return new Signal(0, sentence, Cue.STATUS_QUO, Target.PROPOSAL, pol);
            }
            case PREMISE -> {
                // an open discussion has one topic, the proposal's; elsewhere the premise needs to be the proposal's
                if (review || h.negated) return null;
                Target target = kind == ProposalKind.DISCUSSION || onTopic ? Target.PROPOSAL : Target.ANSWERED;
                return new Signal(0, sentence, Cue.STATEMENT, target, w);
            }
            case EFFECT -> {
                // what breaks or gains is named ("it will break AOSP"); what does it is what the author answers
                boolean direct = (m.answersProposal() || m.answersProposer()) && passage.quoteKind() != QuoteKind.CODE;
                if (review || h.negated || !(direct || namesProposal || namesSubject(sentence, m.proposal()))) return null;
                return new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, h.rule.polarity() * w);
            }
            case DOUBT -> {
                boolean direct = m.answersProposal() && passage.quoteKind() != QuoteKind.CODE;
                if (h.negated || !(direct || namesProposal)) return null;
                return new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, -w);
            }
            case COUNTER -> {
                // a contrary course needs to be about the proposal: an answer to it or to its author's case, or it named
                boolean direct = (m.answersProposal() || m.answersProposer()) && passage.quoteKind() != QuoteKind.CODE;
                if (review || h.negated || !(direct || namesProposal || namesSubject(sentence, m.proposal()))) return null;
                return new Signal(0, sentence, Cue.COUNTER_PROPOSAL, Target.PROPOSAL, -w);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A negator within four words before the cue (two negations within six words cancel: "that's not to say this
     * isn't a good idea"), or a "don't think"-style negation anywhere before it; for changes of mind, any negator
     * before it ("nothing in this thread has changed my view"). Words inside another cue of the clause do not count.
     */
    private boolean negated(List<String> words, int start, boolean wholeClause, List<Hit> others) {
        int near = 0, wider = 0;
        for (int i = start - 1; i >= 0 && (wholeClause || i >= start - 6); i--) {
            if (!lists.negators().contains(words.get(i)) || covered(others, i)) continue;
            wider++;
            if (wholeClause || i >= start - 4) near++;
        }
        if (near > 0) return wider % 2 == 1; // "that's not to say this isn't a good idea": two negations cancel
        for (int i = start - 1; i >= 1; i--) {
            if (lists.raising().contains(words.get(i)) && lists.negators().contains(words.get(i - 1)) && !covered(others, i)) return true;
        }
        return false;
    }

    private static boolean covered(List<Hit> hits, int index) {
        for (Hit h : hits) if (h.start <= index && index < h.end) return true;
        return false;
    }

    /**
     * Whether what follows a call such as "keep" or "delete" is the proposal's thing: a pronoun, the subject's own
     * words, or a generic noun; not another identifier. An empty object counts in a short clause ("Please delete.").
     */
    private boolean objectIsTheThing(List<String> raw, List<String> words, int end, ProposalContext p) {
        int stop = Math.min(words.size(), end + 5);
        if (end >= words.size()) return words.size() <= 4; // "Please delete." yes; "which nobody can remove" no
        boolean thing = false;
        for (int i = end; i < stop; i++) {
            String w = words.get(i);
            if (p.names(w)) return true;
            if (lexicon.looksLikeIdentifier(raw.get(i))) return false;
            if (lists.pronouns().contains(w) || lists.generic().contains(w)) thing = true;
        }
        return thing;
    }

    /**
     * "instead of removing it" opposes a removal, not an addition; "rather than merging it" the other way round; an
     * open discussion has no patch to revert, so "revert" there tells of some other change.
     */
    private boolean counterFits(Hit h, ProposalKind kind) {
        if (h.rule.has(Flag.NOT_IN_DISCUSSIONS)) return kind != ProposalKind.DISCUSSION;
        for (String w : h.span) {
            if (lists.removing().contains(w)) return kind == ProposalKind.REMOVE;
            if (lists.adding().contains(w)) return kind == ProposalKind.ADD;
        }
        return true;
    }

    /** "deleting the driver", "the removal": the proposal's own action, named. */
    private boolean namesTheChange(String text, ProposalContext p) {
        List<String> w = Words.of(text);
        Set<String> actions = switch (p.kind()) {
            case REMOVE -> lists.removing();
            case ADD -> lists.adding();
            default -> Set.of();
        };
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!actions.contains(w.get(i))) continue;
            String next = w.get(i + 1), after = i + 2 < w.size() ? w.get(i + 2) : "";
            if (next.equals("it") || next.equals("this") || p.names(next)
                    || next.equals("the") && (p.names(after) || lists.generic().contains(after))) return true;
        }
        return false;
    }

    /** Whether the text names the proposal's subject by one of its words. */
    private static boolean namesSubject(String text, ProposalContext p) {
        for (String w : Words.of(text)) if (p.names(w)) return true;
        return false;
    }

    /** Whether the text speaks of the proposal's subject (its words, or a pronoun with no other identifier). */
    private boolean mentionsTheThing(String text, ProposalContext p) {
        List<String> raw = Words.asWritten(text);
        boolean pronoun = false;
        for (String r : raw) {
            String w = r.toLowerCase(Locale.ROOT);
            if (p.names(w)) return true;
            if (lexicon.looksLikeIdentifier(r)) return false;
            if (lists.pronouns().contains(w)) pronoun = true;
        }
        return pronoun;
    }
}
