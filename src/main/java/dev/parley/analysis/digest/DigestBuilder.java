package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateMessage;
import dev.parley.analysis.debate.Evidence;
import dev.parley.analysis.debate.Exchange;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Proposal;
import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.debate.ToneTimeline;
import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.digest.Digest.OpenQuestion;
import dev.parley.analysis.digest.Digest.Side;
import dev.parley.analysis.digest.Digest.TurningPoint;
import dev.parley.analysis.quotes.Quote;
import dev.parley.analysis.quotes.CodeLines;
import dev.parley.analysis.quotes.QuoteCandidates;
import dev.parley.analysis.quotes.QuoteFinder;
import dev.parley.analysis.text.Sentences;
import dev.parley.mail.Segment;
import dev.parley.mail.ParsedMessage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link ThreadReading} into a {@link Digest}: the proposal in its author's words, each side's strongest
 * quotes in the quote ranking's order (the proposer's key claim opens the side for), the sharpest exchange, the
 * turning points, the questions left open, the timeline, and what became of the proposal.
 */
public final class DigestBuilder {

    /** At most this many quotes per side (one per person), turning points and open questions. */
    static final int QUOTES_PER_SIDE = 3;
    static final int TURNING_POINTS = 6;
    static final int OPEN_QUESTIONS = 4;
    /** More days with messages than this and the timeline counts weeks. */
    static final int MAX_DAYS = 21;

    /** Words that give ground to the other side. */
    private static final Pattern CONCESSION = Pattern.compile("(?i)^(?:fine|ok(?:ay)?|fair enough|point taken)[.!]?$"
            + "|\\b(?:fair enough|you(?:'re| are) right|good point|point taken|i stand corrected|i (?:won't|will not|can't|"
            + "cannot) argue|i concede|i take (?:that|it) back|you have a point|i withdraw|i was wrong|agreed on that)\\b");

    private DigestBuilder() {
    }

    public static Digest build(ThreadReading reading) {
        Debate d = reading.debate();
        Proposal p = d.proposal();
        Digest.ProposalText proposal = new Digest.ProposalText(p.messageId(), p.author(), p.address(), p.date(),
                p.offsetSeconds(), p.summary(), p.kind().id(), p.rootMissing());
        List<Side> sides = new ArrayList<>();
        for (Stance s : List.of(Stance.FOR, Stance.AGAINST, Stance.MIXED)) {
            List<Participant> people = d.withStance(s);
            if (s == Stance.MIXED && people.isEmpty()) continue;
            sides.add(new Side(s, people.stream().map(Participant::name).toList(), strongest(d, reading.quotes(), s)));
        }
        List<String> neutral = d.withStance(Stance.NEUTRAL).stream().map(Participant::name).toList();
        return new Digest(d.threadId(), p.subject(), lists(reading.messages()), d.firstDate(), d.lastDate(),
                d.messages().size(), d.participants().size(),
                d.bots().size(), proposal, sides, neutral, turningPoints(d, byId(reading)), openQuestions(reading),
                timeline(d.tone().days()), d.outcome(), sharpest(reading));
    }

    /**
     * The sharpest exchange: of the lines at least {@value QuoteFinder#SHARP} sharp that answer someone else (not the
     * proposal's own text), the sharpest, the better quote on a tie; null when there is none.
     */
    static Digest.SharpExchange sharpest(ThreadReading reading) {
        Map<String, Exchange> replies = new HashMap<>();
        for (Exchange x : reading.debate().exchanges()) replies.putIfAbsent(x.messageId(), x);
        for (Quote q : QuoteFinder.sharpest(reading.quotes())) { // sharpest first, the better quote on a tie
            Exchange x = replies.get(q.messageId());
            if (x != null && !q.proposal()) return new Digest.SharpExchange(q, x.to(), x.parentId());
        }
        return null;
    }

    /** Days with messages; grouped into weeks (Monday to Sunday) when there are more than {@value #MAX_DAYS}. */
    static List<Digest.Period> timeline(List<ToneTimeline.Day> days) {
        List<Digest.Period> out = new ArrayList<>();
        if (days.size() <= MAX_DAYS) {
            for (ToneTimeline.Day day : days) {
                out.add(new Digest.Period(day.date(), day.date(), day.messages(), day.label(), day.heated(), day.heatedEvidence()));
            }
            return out;
        }
        Map<LocalDate, List<ToneTimeline.Day>> weeks = new LinkedHashMap<>();
        for (ToneTimeline.Day day : days) {
            weeks.computeIfAbsent(day.date().with(DayOfWeek.MONDAY), k -> new ArrayList<>()).add(day);
        }
        for (Map.Entry<LocalDate, List<ToneTimeline.Day>> w : weeks.entrySet()) {
            int messages = 0, heated = 0;
            ToneTimeline.Day busiest = w.getValue().get(0);
            List<List<String>> evidence = new ArrayList<>();
            for (ToneTimeline.Day day : w.getValue()) {
                messages += day.messages();
                heated += day.heated();
                evidence.add(day.heatedEvidence());
                if (day.messages() > busiest.messages()) busiest = day;
            }
            out.add(new Digest.Period(w.getKey(), w.getKey().plusDays(6), messages,
                    heated > 0 ? Tone.Label.HEATED : busiest.label(), heated, ToneTimeline.evidence(evidence)));
        }
        return out;
    }

    /**
     * The strongest quotes of people on one side, one per person, in the ranking's order of their best quote: a
     * person's first quote that states their position (a sentence the debate took as evidence of their stance), else
     * their first quote. So the side for opens with the proposer's key claim, and a concession does not stand for an
     * opponent who also said why they object.
     */
    static List<Quote> strongest(Debate d, List<Quote> quotes, Stance stance) {
        List<Quote> firsts = new ArrayList<>(); // each person's first quote, in the ranking's order
        Set<String> people = new HashSet<>();
        for (Quote q : quotes) if (q.stance() == stance && !q.text().endsWith("?") && people.add(q.authorId())) firsts.add(q);
        List<Quote> out = new ArrayList<>();
        for (Quote first : firsts.subList(0, Math.min(QUOTES_PER_SIDE, firsts.size()))) {
            out.add(d.participant(first.authorId()).map(p -> strongest(p, quotes)).orElse(first));
        }
        return out;
    }

    /**
     * A person's strongest quote: for the proposer, the proposal's key claim (their first quote of the proposal's own
     * text); for anyone else their first in the ranking's order that states their position (a sentence the debate
     * took as evidence of their stance); else their first that is no question; else null.
     */
    static Quote strongest(Participant person, List<Quote> quotes) {
        if (person.proposer()) {
            for (Quote q : quotes) if (q.authorId().equals(person.id()) && q.proposal()) return q;
        }
        Set<String> evidence = new HashSet<>();
        for (Evidence e : person.evidence()) evidence.add(e.messageId() + "\u0000" + e.text());
        Quote first = null;
        for (Quote q : quotes) {
            if (!q.authorId().equals(person.id()) || q.text().endsWith("?")) continue;
            if (evidence.contains(q.messageId() + "\u0000" + q.sentence())) return q;
            if (first == null) first = q;
        }
        return first;
    }

    /** List-Ids of the thread's messages, most used first. */
    static List<String> lists(List<ParsedMessage> messages) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (ParsedMessage m : messages) for (String l : m.listIds()) count.merge(l, 1, Integer::sum);
        List<String> out = new ArrayList<>(count.keySet());
        out.sort(Comparator.comparingInt((String l) -> -count.get(l)));
        return out;
    }

    /**
     * The replies that changed the course: a NAK (prose or trailer), a counter-proposal, a change of mind, the
     * proposal applied, and a concession (a reply to someone on the other side that gives ground: "fair enough",
     * "I won't argue with that", a bare "Fine."). One per person and
     * kind (their first); if there are more than fit, the weightiest kinds stay; shown oldest first.
     */
    static List<TurningPoint> turningPoints(Debate d, Map<String, ParsedMessage> parsed) {
        Map<String, DebateMessage> byId = new HashMap<>();
        for (DebateMessage m : d.messages()) byId.put(m.messageId(), m);
        Map<String, TurningPoint> found = new LinkedHashMap<>(); // person + kind -> first
        for (DebateMessage m : d.messages()) {
            if (m.bot() || m.proposal()) continue;
            String author = name(d, m.authorId());
            boolean proposer = m.authorId().equals(d.proposal().authorId());
            DebateMessage parent = byId.get(m.parentId());
            String to = parent == null || parent.authorId().equals(m.authorId()) ? "" : name(d, parent.authorId());
            for (Evidence e : m.evidence()) {
                TurningPoint.Kind kind = switch (e.cue()) {
                    case NAK, TRAILER -> e.weight() < 0 ? TurningPoint.Kind.NAK : null;
                    // the proposer does not counter their own proposal: a change of course is a change of mind
                    case COUNTER_PROPOSAL -> e.weight() < 0 && !proposer ? TurningPoint.Kind.COUNTER_PROPOSAL : null;
                    case CHANGE_OF_MIND -> TurningPoint.Kind.CONCESSION;
                    case ACT -> e.weight() > 0 ? TurningPoint.Kind.APPLIED : null;
                    default -> null;
                };
                if (kind == null) continue;
                found.putIfAbsent(m.authorId() + "\u0000" + kind,
                        new TurningPoint(kind, m.messageId(), author, to, m.date(), e.text()));
            }
        }
        for (Exchange x : d.exchanges()) {
            if (!opposite(stance(d, x.fromId()), stance(d, x.toId()))) continue;
            ParsedMessage m = parsed.get(x.messageId());
            String concession = m == null ? null : concession(m, x.from());
            if (concession == null) continue;
            found.putIfAbsent(x.fromId() + "\u0000" + TurningPoint.Kind.CONCESSION,
                    new TurningPoint(TurningPoint.Kind.CONCESSION, x.messageId(), x.from(), x.to(), x.date(), concession));
        }
        List<TurningPoint> out = new ArrayList<>(found.values());
        if (out.size() > TURNING_POINTS) {
            out.sort(Comparator.comparingInt((TurningPoint t) -> t.kind().ordinal()));
            out = new ArrayList<>(out.subList(0, TURNING_POINTS));
        }
        out.sort(Comparator.comparing(TurningPoint::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /**
     * Questions left open: question sentences of the author's own text in the thread's last messages (the last
     * third by date, at least the last three) that no other person replied to.
     */
    static List<OpenQuestion> openQuestions(ThreadReading r) {
        Debate d = r.debate();
        List<DebateMessage> people = d.messages().stream().filter(m -> !m.bot()).toList();
        if (people.isEmpty()) return List.of();
        Set<String> answered = new HashSet<>();
        Map<String, String> authorOf = new HashMap<>();
        for (DebateMessage m : d.messages()) authorOf.put(m.messageId(), m.authorId());
        for (DebateMessage m : d.messages()) {
            String parentAuthor = authorOf.get(m.parentId());
            if (parentAuthor != null && !parentAuthor.equals(m.authorId())) answered.add(m.parentId());
        }
        Map<String, ParsedMessage> parsed = byId(r);
        int last = Math.max(3, (people.size() + 2) / 3);
        List<OpenQuestion> out = new ArrayList<>();
        for (DebateMessage m : people.subList(Math.max(0, people.size() - last), people.size())) {
            ParsedMessage p = parsed.get(m.messageId());
            if (p == null || answered.contains(m.messageId())) continue;
            String author = name(d, m.authorId());
            for (QuoteCandidates.Candidate c : QuoteCandidates.of(p, author)) {
                if (c.origin() == Quote.Origin.OWN_TEXT && c.text().endsWith("?")) {
                    out.add(new OpenQuestion(m.messageId(), author, m.date(), c.text()));
                }
            }
        }
        return out.size() <= OPEN_QUESTIONS ? out : out.subList(out.size() - OPEN_QUESTIONS, out.size());
    }

    private static Map<String, ParsedMessage> byId(ThreadReading r) {
        Map<String, ParsedMessage> out = new HashMap<>();
        for (ParsedMessage p : r.messages()) out.putIfAbsent(p.messageId(), p);
        return out;
    }

    /** For against the proposal, or the other way round (mixed counts as against the proposer's side). */
    private static boolean opposite(Stance a, Stance b) {
        boolean aFor = a == Stance.FOR, bFor = b == Stance.FOR;
        boolean aOther = a == Stance.AGAINST || a == Stance.MIXED, bOther = b == Stance.AGAINST || b == Stance.MIXED;
        return aFor && bOther || aOther && bFor;
    }

    /** The first own sentence of a message that gives ground, or null. */
    static String concession(ParsedMessage m, String authorName) {
        for (Segment s : m.body().segments(Segment.Kind.OWN)) {
            for (String sentence : Sentences.of(CodeLines.mask(s.text()), authorName)) {
                if (CONCESSION.matcher(sentence).find()) return sentence;
            }
        }
        return null;
    }

    private static String name(Debate d, String participantId) {
        return d.participant(participantId).map(Participant::name).orElse(participantId);
    }

    private static Stance stance(Debate d, String participantId) {
        return d.participant(participantId).map(Participant::stance).orElse(Stance.NEUTRAL);
    }
}
