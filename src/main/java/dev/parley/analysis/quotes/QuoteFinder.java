package dev.parley.analysis.quotes;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateMessage;
import dev.parley.analysis.debate.Evidence;
import dev.parley.analysis.debate.Exchange;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.tone.LexiconToneScorer;
import dev.parley.analysis.tone.ToneScorer;
import dev.parley.mail.ParsedMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds and ranks the quotable sentences of a thread read as a debate. Use:
 * {@code new QuoteFinder().find(debate, parsedMessages)}.
 * <p>
 * Every non-robot message gives its {@link QuoteCandidates}; each is scored by {@link Quotability} against the
 * thread's topic (the proposal's subject and text, and the words many participants use), the stance evidence the
 * debate found in it, whether it is the proposal's own text, and how many people answered its author and its message.
 * A long sentence may be quoted by its most quotable clause ({@link Clauses}). A sentence that already appeared in
 * an earlier message by someone else is a copy (quoted without markers) and is dropped; the same sentence said twice
 * (a resent series) counts once; of two sentences that say nearly the same (most content words shared) only the
 * better stays. The list is then put in an editor's order ({@link EditorsOrder}).
 */
public final class QuoteFinder {

    /**
     * A clause is quoted instead of its whole sentence only when it scores this much better before squashing: more
     * than being short instead of long alone gives, so that a clause must also say more sharply what its sentence says.
     */
    private static final double CLAUSE_MARGIN = 0.4;
    /** Two quotes sharing at least this share of their content words repeat each other. */
    private static final double REPEAT = 0.6;

    private final ToneScorer tone;

    /**
     * How sharp one sentence is, read by the tone lexicon: the learned classifier is calibrated on whole messages
     * and rarely calls a lone sentence heated (with it, press quotes in the top ten fell from 23 to 21 of 55,
     * PressScoringTest); a message's own tone still comes from the debate.
     */
    public QuoteFinder() {
        this(new LexiconToneScorer());
    }

    public QuoteFinder(ToneScorer tone) {
        this.tone = tone;
    }

    /**
     * Every quote of the thread, in an editor's order ({@link EditorsOrder}): the proposer's key claim first, then
     * the best by score with at most two per person and every side heard in each ten.
     *
     * @param debate the thread read as a debate
     * @param thread the thread's messages as parsed (the ones the debate was made from; duplicates are ignored)
     */
    public List<Quote> find(Debate debate, List<ParsedMessage> thread) {
        Map<String, ParsedMessage> byId = new HashMap<>();
        for (ParsedMessage p : thread) byId.putIfAbsent(p.messageId(), p);

        record Found(QuoteCandidates.Candidate candidate, DebateMessage message, Set<String> terms) {
        }
        List<Found> found = new ArrayList<>();
        Map<String, String> firstSayer = new HashMap<>(); // normalised text -> author id
        for (DebateMessage m : debate.messages()) {
            ParsedMessage p = byId.get(m.messageId());
            if (m.bot() || p == null) continue;
            String name = debate.participant(m.authorId()).map(Participant::name).orElse(p.from().name());
            for (QuoteCandidates.Candidate c : QuoteCandidates.of(p, name)) {
                String key = normalise(c.text());
                String earlier = firstSayer.putIfAbsent(key, m.authorId());
                if (earlier != null) continue; // a copy of someone's words, or a repeat of one's own
                found.add(new Found(c, m, TopicTerms.of(c.text())));
            }
        }

        Quotability quotability = new Quotability(topic(debate, found.stream().map(f -> Map.entry(f.message().authorId(), f.terms())).toList(), byId), tone);
        Answers answers = Answers.of(debate);
        Set<String> keySentences = new HashSet<>();
        for (Evidence e : debate.proposal().keySentences()) keySentences.add(normalise(e.text()));
        List<Quote> scored = new ArrayList<>();
        List<Set<String>> termsOf = new ArrayList<>();
        for (Found f : found) {
            DebateMessage m = f.message();
            String sentence = f.candidate().text();
            Evidence evidence = evidence(m, sentence);
            // a stand-in for a missing root is somebody's reply, not the proposal in its author's words
            boolean proposal = m.proposal() && !debate.proposal().rootMissing();
            Quotability.Signals signals = new Quotability.Signals(f.terms(), !f.candidate().context().isEmpty(),
                    evidence == null ? 0 : evidence.weight(), evidence == null ? "" : evidence.cue().id(), proposal,
                    proposal && m.messageId().equals(debate.proposal().messageId()) && f.candidate().origin() == Quote.Origin.OWN_TEXT,
                    proposal && keySentences.contains(normalise(sentence)), answers.speaker(m.authorId()),
                    answers.message(m.messageId()), m.tone().label() == Tone.Label.HEATED,
                    f.candidate().origin() == Quote.Origin.PROPOSED_TEXT);
            Quotability.Score s = quotability.score(sentence, signals);
            String text = sentence;
            for (String clause : Clauses.of(sentence)) {
                Quotability.Score c = quotability.clause(clause, sentence, signals);
                if (c.raw() >= s.raw() + CLAUSE_MARGIN) {
                    s = c;
                    text = clause;
                }
            }
            Participant author = debate.participant(m.authorId()).orElse(null);
            ParsedMessage p = byId.get(m.messageId());
            scored.add(new Quote(text, sentence, f.candidate().context(), f.candidate().origin(), f.candidate().file(),
                    m.messageId(), m.authorId(), author == null ? p.from().displayName() : author.name(),
                    p.from().address(), m.date(), m.offsetSeconds(), author == null ? Stance.NEUTRAL : author.stance(),
                    proposal, s.value(), s.sharpness(), s.reasons()));
            termsOf.add(f.terms());
        }

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -scored.get(i).score()).thenComparing(i -> i));
        List<Quote> out = new ArrayList<>();
        List<Set<String>> kept = new ArrayList<>();
        Map<String, List<Integer>> keptWith = new HashMap<>(); // term -> kept quotes using it
        for (int i : order) {
            Set<String> terms = termsOf.get(i);
            if (repeats(terms, kept, keptWith)) continue;
            for (String t : terms) keptWith.computeIfAbsent(t, k -> new ArrayList<>()).add(kept.size());
            kept.add(terms);
            out.add(scored.get(i));
        }
        return EditorsOrder.of(out, debate);
    }

    /**
     * The heated and cutting lines on their own: quotes whose sharpness is at least {@value #SHARP}, sharpest first.
     */
    public static List<Quote> sharpest(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) if (q.sharpness() >= SHARP) out.add(q);
        out.sort(Comparator.comparingDouble(Quote::sharpness).thenComparingDouble(Quote::score).reversed());
        return out;
    }

    /** A quote at least this sharp is a sharp line ({@link #sharpest}). */
    public static final double SHARP = 0.4;

    /**
     * How much people answered each participant and each message: the distinct other people who replied to them,
     * each over the most that any participant (or message) of the thread got.
     */
    private record Answers(Map<String, Set<String>> byPerson, Map<String, Set<String>> byMessage, int mostPerson,
                           int mostMessage) {

        static Answers of(Debate debate) {
            Map<String, Set<String>> person = new HashMap<>(), message = new HashMap<>();
            for (Exchange x : debate.exchanges()) {
                if (x.fromId().equals(x.toId())) continue;
                person.computeIfAbsent(x.toId(), k -> new HashSet<>()).add(x.fromId());
                message.computeIfAbsent(x.parentId(), k -> new HashSet<>()).add(x.fromId());
            }
            return new Answers(person, message, person.values().stream().mapToInt(Set::size).max().orElse(0),
                    message.values().stream().mapToInt(Set::size).max().orElse(0));
        }

        double speaker(String authorId) {
            return mostPerson == 0 ? 0 : byPerson.getOrDefault(authorId, Set.of()).size() / (double) mostPerson;
        }

        double message(String messageId) {
            return mostMessage == 0 ? 0 : byMessage.getOrDefault(messageId, Set.of()).size() / (double) mostMessage;
        }
    }

    /**
     * Quotes chosen by person and stance, best first.
     *
     * @param who part of a participant's name or of any of their addresses (any case), or null for everyone
     * @param stance only quotes of participants with this stance, or null
     * @param limit at most this many (0 or less: no limit)
     */
    public static List<Quote> select(Debate debate, List<Quote> quotes, String who, Stance stance, int limit) {
        String w = who == null ? null : who.strip().toLowerCase(Locale.ROOT);
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (stance != null && q.stance() != stance) continue;
            if (w != null && !w.isEmpty() && !matches(debate, q, w)) continue;
            out.add(q);
            if (limit > 0 && out.size() >= limit) break;
        }
        return out;
    }

    private static boolean matches(Debate debate, Quote q, String who) {
        if (q.author().toLowerCase(Locale.ROOT).contains(who) || q.address().toLowerCase(Locale.ROOT).contains(who)) {
            return true;
        }
        return debate.participant(q.authorId()).map(p -> p.addresses().stream().anyMatch(a -> a.contains(who)))
                .orElse(false);
    }

    /**
     * How central each term is to the thread, 0 to 1: terms of the proposal's subject weigh 1, terms of the
     * proposal's own text 0.6, and a term used by several people weighs more the more people use it (0.25 per
     * person beyond the first, at most 0.75); a term that is both in the proposal and widely used gains 0.2.
     */
    private static Map<String, Double> topic(Debate debate, List<Map.Entry<String, Set<String>>> termsByAuthor,
                                             Map<String, ParsedMessage> byId) {
        Map<String, Double> weights = new HashMap<>();
        Set<String> proposalTerms = new HashSet<>();
        for (String id : debate.proposal().messageIds()) {
            ParsedMessage p = byId.get(id);
            if (p != null) proposalTerms.addAll(TopicTerms.of(p.body().ownText()));
        }
        Map<String, Set<String>> users = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : termsByAuthor) {
            for (String t : e.getValue()) users.computeIfAbsent(t, k -> new HashSet<>()).add(e.getKey());
        }
        Set<String> all = new HashSet<>(proposalTerms);
        all.addAll(users.keySet());
        Set<String> subject = TopicTerms.of(debate.proposal().subject());
        for (String t : all) {
            int people = users.getOrDefault(t, Set.of()).size();
            double spread = Math.min(0.75, 0.25 * Math.max(0, people - 1));
            double w = Math.max(proposalTerms.contains(t) ? 0.6 : 0, spread);
            if (proposalTerms.contains(t) && people >= 2) w += 0.2;
            if (subject.contains(t)) w = 1;
            weights.put(t, Math.min(1, w));
        }
        for (String t : subject) weights.put(t, 1.0);
        return weights;
    }

    /** Whether the terms share at least {@link #REPEAT} of their union with a kept quote's (counted through the terms). */
    private static boolean repeats(Set<String> terms, List<Set<String>> kept, Map<String, List<Integer>> keptWith) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String t : terms) for (int k : keptWith.getOrDefault(t, List.of())) shared.merge(k, 1, Integer::sum);
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int union = terms.size() + kept.get(e.getKey()).size() - e.getValue();
            if (e.getValue() >= REPEAT * union) return true;
        }
        return false;
    }

    /** The stance evidence the debate found in this very sentence of the message, if any. */
    private static Evidence evidence(DebateMessage m, String text) {
        for (Evidence e : m.evidence()) if (e.text().equals(text)) return e;
        return null;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
