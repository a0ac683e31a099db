package dev.parley.analysis.debate;

import dev.parley.analysis.debate.ThreadMessage.Contribution;
import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.MessageContext;
import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.analysis.stance.MessageContext.QuoteKind;
import dev.parley.analysis.stance.ProposalContext;
import dev.parley.analysis.stance.ProposalKind;
import dev.parley.analysis.stance.RuleStanceScorer;
import dev.parley.analysis.stance.StanceScorer;
import dev.parley.analysis.text.Sentences;
import dev.parley.analysis.tone.LexiconToneScorer;
import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.tone.ToneScorer;
import dev.parley.identity.Bots;
import dev.parley.identity.Identities;
import dev.parley.identity.Mailmap;
import dev.parley.identity.Person;
import dev.parley.identity.Senders;
import dev.parley.mail.Address;
import dev.parley.index.StoredMessage;
import dev.parley.mail.DiffLines;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.Segment;
import dev.parley.mail.Trailer;
import dev.parley.thread.ThreadTree;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a thread as a debate. Use: {@code new DebateAnalyzer().analyze(archive.thread(threadId, true))}.
 * <p>
 * Steps: parse every message; resolve people ({@link Identities}, with the mailmap when given) and set robots
 * aside ({@link Bots}); build the reply tree ({@link ThreadTree}); find the proposal (the root, or the earliest
 * message when the root is missing, plus the proposer's other patches of the series); read each message's own text
 * with the {@link StanceScorer}; solve the stances jointly over the reply graph ({@link StanceSolver}); judge each
 * person's final position ({@link Positions}); label the exchanges; score the tone of each message with the
 * {@link ToneScorer}. Everything a result says carries the Message-ID and exact sentence it rests on.
 * <p>
 * Tone is scored again here (with its cues, for explanation) by the same scorer the import uses, so it agrees with
 * the index's {@code tone} field unless the index predates a change of the scorer ({@code parley reindex} brings
 * the index up to date).
 */
public final class DebateAnalyzer {

    private static final Pattern WITHDRAW = Pattern.compile(
            "(?i)\\b((i|we) (hereby )?(withdraw|retract) (this|the|my|our) (patch|patches|series|patchset|proposal|rfc)"
                    + "|please (drop|ignore|disregard) (this|the|my) (patch|patches|series|patchset|proposal)"
                    + "|self[- ]?nak(ed)?|nak(ed)? my own|consider (this|it) withdrawn|(this|the) (patch|series|proposal)"
                    + " is withdrawn|i'?ll drop (this|the) (patch|series|idea|proposal))\\b");
    private static final Pattern NEXT_VERSION = Pattern.compile(
            "(?i)\\b(v\\d+|new version|next version|respin|resend|updated (patch|series|version)|in favou?r of)\\b");

    private final Mailmap mailmap;
    private final StanceScorer stanceScorer;
    private final ToneScorer toneScorer;

    /** The rule-based stance scorer, the lexicon tone scorer, no mailmap. */
    public DebateAnalyzer() {
        this(Mailmap.EMPTY, new RuleStanceScorer(), new LexiconToneScorer());
    }

    public DebateAnalyzer(Mailmap mailmap) {
        this(mailmap, new RuleStanceScorer(), new LexiconToneScorer());
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
    public Debate analyzeParsed(String threadId, List<ParsedMessage> thread) {
        if (thread.isEmpty()) throw new IllegalArgumentException("no messages to analyse");
        List<ParsedMessage> unique = dedupe(thread);
        Identities people = identities(unique);
        List<ThreadMessage> byDate = new ArrayList<>();
        for (ParsedMessage p : unique) {
            Address sender = Senders.author(p);
            byDate.add(new ThreadMessage(p, people.person(sender), Bots.isBot(sender, p.body().ownText())));
        }
        byDate.sort(Comparator.comparing(ThreadMessage::date, Comparator.nullsLast(Comparator.naturalOrder())));
        markBots(byDate);
        ThreadMessage treeRoot = linkTree(byDate);
        boolean rootMissing = treeRoot == null;
        ThreadMessage root = ProposalReader.root(byDate, treeRoot);
        List<String> proposalIds = ProposalReader.markProposal(root, byDate);
        List<String> description = ProposalReader.description(root);
        ProposalKind kind = ProposalReader.kind(root, description);
        List<String> keySentences = ProposalReader.keySentences(description, kind, 3);
        ProposalContext proposalContext = new ProposalContext(kind,
                RuleStanceScorer.subjectTerms(root.mail.subjectInfo().normalized()));

        Person proposer = root.author;
        for (ThreadMessage m : byDate) {
            m.tone = toneScorer.score(m.mail.body().ownText());
            m.context = context(m, proposalContext, proposer, people);
            if (!m.bot && !m.proposal) m.reading = stanceScorer.read(m.context);
        }
        Map<String, Double> positions = StanceSolver.solve(byDate, proposer.id());

        Proposal proposal = new Proposal(root.id(), root.mail.subjectInfo().normalized(), proposer.id(),
                proposer.displayName(), Senders.author(root.mail).address(), root.date(),
                root.mail.date() == null ? 0 : root.mail.date().offsetSeconds(), String.join(" ", keySentences),
                keySentences.stream().map(s -> new Evidence(root.id(), s, Cue.PROPOSER, 1)).toList(), kind,
                proposalIds, rootMissing);
        List<Participant> participants = new ArrayList<>();
        List<Participant> bots = new ArrayList<>();
        participants(byDate, proposal, people, participants, bots);
        List<Exchange> exchanges = exchanges(byDate, positions);
        List<DebateMessage> messages = new ArrayList<>();
        for (ThreadMessage m : byDate) {
            List<Evidence> evidence = m.contributions.stream().map(Contribution::evidence).toList();
            messages.add(new DebateMessage(m.id(), m.parent == null ? "" : m.parent.id(), m.author.id(), m.date(),
                    m.mail.date() == null ? 0 : m.mail.date().offsetSeconds(), m.mail.subject(), m.proposal, m.bot,
                    m.tone, StanceSolver.round(m.lean), evidence));
        }
        Instant first = null, last = null;
        for (ThreadMessage m : byDate) {
            if (m.date() == null) continue;
            if (first == null || m.date().isBefore(first)) first = m.date();
            if (last == null || m.date().isAfter(last)) last = m.date();
        }
        return new Debate(threadId, proposal, participants, bots, exchanges, timeline(byDate), messages, first, last);
    }

    private static List<ParsedMessage> dedupe(List<ParsedMessage> thread) {
        Map<String, ParsedMessage> byId = new LinkedHashMap<>();
        for (ParsedMessage p : thread) byId.putIfAbsent(p.messageId(), p);
        return new ArrayList<>(byId.values());
    }

    /** People: everyone who wrote, and everyone a "-by" trailer names (so a second address of a writer merges). */
    private Identities identities(List<ParsedMessage> messages) {
        Identities.Builder b = Identities.builder(mailmap);
        for (ParsedMessage p : messages) b.add(Senders.author(p));
        for (ParsedMessage p : messages) {
            for (Trailer t : p.body().trailers()) {
                if (t.credited() != null) b.mention(t.credited());
            }
        }
        return b.build();
    }

    /** A person is a robot when any of their addresses is, or when every message they sent reads like a report. */
    private static void markBots(List<ThreadMessage> byDate) {
        Map<String, Boolean> allBot = new HashMap<>();
        Set<String> botSenders = new java.util.HashSet<>();
        for (ThreadMessage m : byDate) {
            allBot.merge(m.author.id(), m.bot, Boolean::logicalAnd);
            if (Bots.isBot(Senders.author(m.mail))) botSenders.add(m.author.id());
        }
        for (ThreadMessage m : byDate) m.bot = allBot.get(m.author.id()) || botSenders.contains(m.author.id());
    }

    /** Links each message to the message it answers; returns the tree's root message, or null when it is missing. */
    private static ThreadMessage linkTree(List<ThreadMessage> byDate) {
        ThreadTree<ThreadMessage> tree = ThreadTree.build(byDate, ThreadMessage::id, m -> m.mail.references(),
                m -> m.mail.inReplyTo(), Comparator.comparing(ThreadMessage::date,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        tree.walk(n -> {
            if (n.isGhost()) return;
            ThreadTree.Node<ThreadMessage> p = n.parent();
            n.message().parent = p == null || p.isGhost() ? null : p.message();
        });
        ThreadTree.Node<ThreadMessage> root = tree.root();
        return root.isGhost() ? null : root.message();
    }

    /** What the stance scorer sees of one message. */
    private static MessageContext context(ThreadMessage m, ProposalContext proposal, Person proposer, Identities people) {
        List<Passage> passages = new ArrayList<>();
        StringBuilder quote = new StringBuilder();
        for (Segment s : m.mail.body().segments()) {
            switch (s.kind()) {
                case QUOTE -> {
                    if (!quote.isEmpty()) quote.append('\n');
                    quote.append(s.text());
                }
                case OWN -> {
                    List<String> sentences = Sentences.of(s.text(), m.author.name());
                    String quoted = unquote(quote.toString());
                    passages.add(new Passage(quoted, quoteKind(quoted), sentences));
                    quote.setLength(0);
                }
                default -> {
                }
            }
        }
        List<Trailer> candidates = new ArrayList<>(m.mail.body().trailers());
        for (Passage p : passages) {
            for (String sentence : p.sentences()) {
                // "Please add my Signed-off-by: Jane Doe <jane@example.org>": a trailer written inside a sentence
                candidates.addAll(Trailer.inProse(sentence));
            }
        }
        List<Trailer> own = new ArrayList<>();
        for (Trailer t : candidates) {
            if (t.person() == null) continue;
            if (people.person(t.person()).id().equals(m.author.id())
                    || Identities.nameKey(t.person().name()).equals(Identities.nameKey(m.author.name()))
                    && !m.author.name().isEmpty()) {
                own.add(t);
            }
        }
        boolean answersProposal = m.parent != null && m.parent.proposal;
        boolean answersProposer = m.parent != null && m.parent.author.id().equals(proposer.id());
        boolean carriesPatch = !m.mail.body().diff().isEmpty()
                || m.mail.subjectInfo().isPatch() && !m.mail.subjectInfo().reply();
        boolean byProposer = m.author.id().equals(proposer.id());
        return new MessageContext(proposal, m.id(), m.proposal, answersProposal, answersProposer, byProposer, carriesPatch,
                passages, own);
    }

    /** Quoted lines without their markers ("> ", "> > ", ">>"). */
    static String unquote(String quoted) {
        StringBuilder sb = new StringBuilder();
        for (String line : quoted.split("\n")) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' && i < 6)) i++;
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(line.substring(i));
        }
        return sb.toString().strip();
    }

    /** Prose, a code hunk, or prose a patch adds (documentation): judged by most of the quoted lines. */
    static QuoteKind quoteKind(String quoted) {
        if (quoted.isBlank()) return QuoteKind.NONE;
        int diff = 0, addedProse = 0, prose = 0, lines = 0, bulletProse = 0;
        for (String line : quoted.split("\n")) {
            if (line.isBlank()) continue;
            lines++;
            DiffLines.Kind kind = DiffLines.kind(line);
            if (kind == DiffLines.Kind.OTHER) {
                if (Sentences.isProse(line)) prose++;
                continue;
            }
            diff++;
            String rest = line.substring(1).strip();
            if (kind == DiffLines.Kind.MARKED && line.startsWith("- ") && Sentences.isProse(rest)) bulletProse++;
            if (line.startsWith("+") && !line.startsWith("+++") && Sentences.isProse(rest)
                    && rest.split("\\s+").length >= 3) addedProse++;
        }
        if (lines == 0) return QuoteKind.NONE;
        // "- item" lines and nothing else of a diff (no added line, no header) are a bulleted list, not a hunk
        if (diff > 0 && bulletProse == diff) {
            prose += diff;
            diff = 0;
        }
        if (diff * 2 >= lines) return addedProse * 2 >= diff ? QuoteKind.DOCUMENT : QuoteKind.CODE;
        if (prose * 3 < lines) return QuoteKind.CODE; // logs, code pasted without diff markers
        return QuoteKind.PROSE;
    }

    private static void participants(List<ThreadMessage> byDate, Proposal proposal, Identities people,
                                     List<Participant> participants, List<Participant> bots) {
        Map<String, List<ThreadMessage>> byPerson = new LinkedHashMap<>();
        for (ThreadMessage m : byDate) byPerson.computeIfAbsent(m.author.id(), k -> new ArrayList<>()).add(m);
        // supporters named by trailers already in the proposal
        Map<String, Evidence> proposalVotes = new LinkedHashMap<>();
        Map<String, Person> voters = new LinkedHashMap<>();
        for (ThreadMessage m : byDate) {
            if (!m.proposal) continue;
            for (Trailer t : m.mail.body().trailers()) {
                if (t.person() == null || !endorses(t)) continue;
                Person p = people.person(t.person());
                if (p.id().equals(proposal.authorId()) || p.id().isEmpty()) continue;
                proposalVotes.putIfAbsent(p.id(), new Evidence(m.id(), t.key() + ": " + t.value(), Cue.PROPOSAL_TRAILER, 1.0));
                voters.putIfAbsent(p.id(), p);
            }
        }
        List<Participant> writers = new ArrayList<>();
        for (Map.Entry<String, List<ThreadMessage>> e : byPerson.entrySet()) {
            List<ThreadMessage> own = e.getValue();
            Person person = own.get(0).author;
            Instant first = own.stream().map(ThreadMessage::date).filter(d -> d != null).min(Instant::compareTo).orElse(null);
            Instant last = own.stream().map(ThreadMessage::date).filter(d -> d != null).max(Instant::compareTo).orElse(null);
            if (own.get(0).bot) {
                bots.add(new Participant(person.id(), person.displayName(), person.addresses(), own.size(), first, last,
                        true, false, Stance.NEUTRAL, 1.0, Participant.Shift.NONE, "a robot: takes no position",
                        List.of(new Evidence(own.get(0).id(), firstLine(own.get(0)), Cue.SIDE, 0))));
                continue;
            }
            if (person.id().equals(proposal.authorId())) {
                // the sentence that proposes first, then the rest of the key sentences
                List<Evidence> evidence = new ArrayList<>();
                List<String> texts = proposal.keySentences().stream().map(Evidence::text).toList();
                String proposing = ProposalReader.proposingSentence(texts, proposal.kind());
                for (Evidence key : proposal.keySentences()) {
                    if (key.text().equals(proposing)) evidence.add(0, key);
                    else evidence.add(key);
                }
                if (evidence.isEmpty()) evidence.add(new Evidence(proposal.messageId(), proposal.subject(), Cue.PROPOSER, 1));
                Evidence withdrawal = withdrawal(own);
                if (withdrawal != null) {
                    // the proposer is for their proposal unless they withdraw it: then they moved away from it
                    evidence.add(withdrawal);
                    participants.add(new Participant(person.id(), person.displayName(), person.addresses(), own.size(),
                            first, last, true, true, Stance.MIXED, 0.8, Participant.Shift.TOWARD_AGAINST,
                            "wrote the proposal, then withdrew it", evidence));
                } else {
                    participants.add(new Participant(person.id(), person.displayName(), person.addresses(), own.size(),
                            first, last, true, true, Stance.FOR, 1.0, Participant.Shift.NONE, "wrote the proposal", evidence));
                }
                continue;
            }
            ThreadMessage part = own.stream().filter(m -> m.proposal).findFirst().orElse(null);
            if (part != null) {
                // a co-author who posted part of the series proposes it too
                participants.add(new Participant(person.id(), person.displayName(), person.addresses(), own.size(),
                        first, last, true, false, Stance.FOR, 0.95, Participant.Shift.NONE,
                        "posted part of the proposed series",
                        List.of(new Evidence(part.id(), firstLine(part), Cue.PROPOSER, 1))));
                proposalVotes.remove(person.id());
                continue;
            }
            List<Contribution> contributions = new ArrayList<>(StanceSolver.of(byDate, person.id()));
            Evidence vote = proposalVotes.remove(person.id());
            if (vote != null) contributions.add(new Contribution(vote, 1.0, false, -1, 0));
            boolean change = own.stream().anyMatch(m -> m.reading.changeOfMind());
            Positions.Judgement j = Positions.judge(contributions, own, change);
            writers.add(new Participant(person.id(), person.displayName(), person.addresses(), own.size(), first, last,
                    true, false, j.stance(), j.confidence(), j.shift(), j.reason(), j.evidence()));
        }
        participants.addAll(writers);
        for (Map.Entry<String, Evidence> e : proposalVotes.entrySet()) {
            Person p = voters.get(e.getKey());
            if (byPerson.containsKey(p.id())) continue;
            participants.add(new Participant(p.id(), p.displayName(), p.addresses(), 0, null, null, false, false,
                    Stance.FOR, 0.9, Participant.Shift.NONE, "endorsed the proposal in its trailers; did not write",
                    List.of(e.getValue())));
        }
        participants.sort(Comparator.comparingInt((Participant p) -> p.proposer() ? 0 : p.wrote() ? 1 : 2));
    }

    /**
     * The proposer's sentence withdrawing the proposal ("please drop this patch", "self-NAK"), or null. Dropping a
     * version because another follows ("dropping this in favour of v2") is no withdrawal.
     */
    private static Evidence withdrawal(List<ThreadMessage> proposerMessages) {
        for (ThreadMessage m : proposerMessages) {
            if (m.proposal || m.context == null) continue;
            for (Passage p : m.context.passages()) {
                for (String sentence : p.sentences()) {
                    if (WITHDRAW.matcher(sentence).find() && !NEXT_VERSION.matcher(Positions.allText(m)).find()) {
                        return new Evidence(m.id(), sentence, Cue.CHANGE_OF_MIND, -1);
                    }
                }
            }
        }
        return null;
    }

    /** Trailers in a proposal that name a supporter: acks, reviews, tests, reports, suggestions, others' sign-offs. */
    private static final Set<Trailer.Meaning> ENDORSING = EnumSet.of(Trailer.Meaning.ACK, Trailer.Meaning.REVIEW,
            Trailer.Meaning.TEST, Trailer.Meaning.REPORT, Trailer.Meaning.SUGGESTION, Trailer.Meaning.SIGN_OFF,
            Trailer.Meaning.CO_DEVELOPMENT);

    private static boolean endorses(Trailer t) {
        return ENDORSING.contains(t.meaning());
    }

    private static String firstLine(ThreadMessage m) {
        String s = Positions.firstSentence(m);
        if (s != null) return s;
        String own = m.mail.body().ownText().strip();
        int nl = own.indexOf('\n');
        return nl < 0 ? own : own.substring(0, nl);
    }

    /**
     * Replies between two different people, with how each relates to what it answers: its agreement or disagreement
     * with the answered text, and its own position on the proposal set against the answered side's (a NAK in answer
     * to a supporter disagrees with them).
     */
    private static List<Exchange> exchanges(List<ThreadMessage> byDate, Map<String, Double> positions) {
        List<Exchange> out = new ArrayList<>();
        for (ThreadMessage m : byDate) {
            ThreadMessage p = m.parent;
            if (p == null || m.bot || p.bot || p.author.id().equals(m.author.id())) continue;
            double side = Math.abs(p.lean) >= 0.2 ? p.lean : 0.5 * positions.getOrDefault(p.author.id(), 0.0);
            double relation = 0;
            Evidence strongest = null;
            double strongestSize = 0;
            boolean turning = false;
            for (Contribution c : m.contributions) {
                Cue cue = c.evidence().cue();
                double r = c.relation() != 0 ? c.relation() : c.value() * side;
                if (cue == Cue.NAK || cue == Cue.COUNTER_PROPOSAL || cue == Cue.CHANGE_OF_MIND) turning = true;
                if (Math.abs(r) < 0.05) continue;
                relation += r;
                double size = Math.abs(r) + (c.relation() != 0 ? 1 : 0); // what answers the parent shows it best
                if (size > strongestSize) {
                    strongestSize = size;
                    strongest = c.evidence();
                }
            }
            Relation rel = relation >= 0.3 ? Relation.AGREE : relation <= -0.3 ? Relation.DISAGREE : Relation.NEUTRAL;
            String text = strongest != null && rel != Relation.NEUTRAL ? strongest.text() : firstLine(m);
            double weight = Math.min(1, Math.abs(relation) / 1.5 * (1 + Math.abs(m.lean - p.lean) / 2)
                    + (turning ? 0.3 : 0) + (m.tone.label() == Tone.Label.HEATED ? 0.2 : 0));
            if (rel == Relation.NEUTRAL) weight = Math.min(weight, 0.3);
            out.add(new Exchange(m.id(), p.id(), m.author.id(), m.author.displayName(), p.author.id(),
                    p.author.displayName(), rel, text, m.date(), StanceSolver.round(weight)));
        }
        return out;
    }

    private static ToneTimeline timeline(List<ThreadMessage> byDate) {
        List<ToneTimeline.Point> points = new ArrayList<>();
        Map<LocalDate, List<ThreadMessage>> days = new LinkedHashMap<>();
        for (ThreadMessage m : byDate) {
            points.add(new ToneTimeline.Point(m.id(), m.author.id(), m.date(), m.tone.label(), m.tone.score()));
            if (m.date() != null) days.computeIfAbsent(m.date().atZone(ZoneOffset.UTC).toLocalDate(), d -> new ArrayList<>()).add(m);
        }
        List<ToneTimeline.Day> out = new ArrayList<>();
        days.forEach((day, msgs) -> {
            double mean = msgs.stream().mapToDouble(x -> x.tone.score()).average().orElse(0);
            int heated = (int) msgs.stream().filter(x -> x.tone.label() == Tone.Label.HEATED).count();
            Tone.Label label = heated > 0 ? Tone.Label.HEATED : mean <= -0.25 ? Tone.Label.NEGATIVE
                    : mean >= 0.25 ? Tone.Label.POSITIVE : Tone.Label.NEUTRAL;
            out.add(new ToneTimeline.Day(day, msgs.size(), StanceSolver.round(mean), label, heated));
        });
        return new ToneTimeline(points, out);
    }
}
