package dev.parley.analysis.debate;

import dev.parley.analysis.stance.MessageContext;
import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.analysis.stance.MessageContext.QuoteKind;
import dev.parley.analysis.stance.ProposalContext;
import dev.parley.analysis.stance.CueLexicon;
import dev.parley.analysis.text.Sentences;
import dev.parley.identity.Identities;
import dev.parley.identity.Person;
import dev.parley.mail.DiffLines;
import dev.parley.mail.Segment;
import dev.parley.mail.Trailer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage of a debate that says what each message says: what a {@link dev.parley.analysis.stance.StanceScorer}
 * sees of it ({@link MessageContext}: its author's own sentences in passages under the quote each answers, with
 * what kind of text that quote is; the trailers its author gave, also those written inside a sentence; where it sits
 * relative to the proposal).
 *
 * @param byId each message's context by Message-ID
 */
record MessageContexts(Map<String, MessageContext> byId) {

    MessageContexts {
        byId = Map.copyOf(byId);
    }

    /** Reads every message of the thread against the proposal. */
    static MessageContexts read(ReplyThread thread, Proposal proposal, CueLexicon lexicon) {
        ProposalContext about = new ProposalContext(proposal.kind(), lexicon.subjectTerms(proposal.subject()));
        Map<String, MessageContext> out = new HashMap<>();
        for (ThreadMessage m : thread.byDate()) out.put(m.id(), context(m, thread, proposal, about));
        return new MessageContexts(out);
    }

    MessageContext of(ThreadMessage m) {
        return byId.get(m.id());
    }

    /** All own sentences of a message, joined. */
    String allText(ThreadMessage m) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : of(m).passages()) for (String s : p.sentences()) sb.append(s).append(' ');
        return sb.toString();
    }

    /** The first own sentence of a message, or null. */
    String firstSentence(ThreadMessage m) {
        for (Passage p : of(m).passages()) if (!p.sentences().isEmpty()) return p.sentences().get(0);
        return null;
    }

    /** The first own sentence of a message, else the first line of its own text. */
    String firstLine(ThreadMessage m) {
        String s = firstSentence(m);
        if (s != null) return s;
        String own = m.mail().body().ownText().strip();
        int nl = own.indexOf('\n');
        return nl < 0 ? own : own.substring(0, nl);
    }

    private static MessageContext context(ThreadMessage m, ReplyThread thread, Proposal proposal, ProposalContext about) {
        List<Passage> passages = new ArrayList<>();
        StringBuilder quote = new StringBuilder();
        for (Segment s : m.mail().body().segments()) {
            switch (s.kind()) {
                case QUOTE -> {
                    if (!quote.isEmpty()) quote.append('\n');
                    quote.append(s.text());
                }
                case OWN -> {
                    List<String> sentences = Sentences.of(s.text(), m.author().name());
                    String quoted = unquote(quote.toString());
                    passages.add(new Passage(quoted, quoteKind(quoted), sentences));
                    quote.setLength(0);
                }
                default -> {
                }
            }
        }
        ThreadMessage parent = thread.parent(m);
        String proposerId = proposal.authorId();
        boolean answersProposal = ProposalReader.answers(m, parent, proposal);
        boolean answersProposer = parent != null && parent.author().id().equals(proposerId);
        boolean carriesPatch = !m.mail().body().diff().isEmpty()
                || m.mail().subjectInfo().isPatch() && !m.mail().subjectInfo().reply();
        boolean byProposer = m.author().id().equals(proposerId);
        return new MessageContext(about, m.id(), proposal.includes(m.id()), answersProposal, answersProposer, byProposer,
                carriesPatch, passages, ownTrailers(m, passages, thread.people()));
    }

    /** The trailers the message's author gave: trailer lines, and trailers written inside a sentence. */
    private static List<Trailer> ownTrailers(ThreadMessage m, List<Passage> passages, Identities people) {
        List<Trailer> candidates = new ArrayList<>(m.mail().body().trailers());
        for (Passage p : passages) {
            for (String sentence : p.sentences()) candidates.addAll(Trailer.inProse(sentence));
        }
        Person author = m.author();
        List<Trailer> own = new ArrayList<>();
        for (Trailer t : candidates) {
            if (t.person() == null) continue;
            if (people.person(t.person()).id().equals(author.id())
                    || Identities.nameKey(t.person().name()).equals(Identities.nameKey(author.name()))
                    && !author.name().isEmpty()) {
                own.add(t);
            }
        }
        return own;
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
}
