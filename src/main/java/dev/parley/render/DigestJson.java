package dev.parley.render;

import dev.parley.analysis.digest.Digest;
import dev.parley.analysis.quotes.Quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The digest as data: the same content as the Markdown and HTML forms, for {@link Json#write}. */
public final class DigestJson {

    private DigestJson() {
    }

    /** Who said what, when, and where to read it. */
    private static Map<String, Object> said(String author, java.time.Instant date, String text, String messageId,
                                            String linkBase) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("author", author);
        x.put("date", date);
        x.put("text", text);
        x.put("message_id", messageId);
        x.put("url", Permalinks.of(linkBase, messageId));
        return x;
    }

    public static Map<String, Object> json(Digest d, String linkBase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", d.title());
        m.put("lists", d.lists());
        m.put("first_date", d.firstDate());
        m.put("last_date", d.lastDate());
        m.put("messages", d.messages());
        m.put("participants", d.participants());
        m.put("robots", d.robots());
        m.put("thread_id", d.threadId());
        Digest.ProposalText p = d.proposal();
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("author", p.author());
        proposal.put("address", p.address());
        proposal.put("date", p.date());
        proposal.put("message_id", p.messageId());
        proposal.put("url", Permalinks.of(linkBase, p.messageId()));
        proposal.put("text", p.summary());
        proposal.put("kind", p.kind());
        proposal.put("root_missing", p.rootMissing());
        m.put("proposal", proposal);
        m.put("outcome", OutcomeText.json(d.outcome()));
        List<Object> sides = new ArrayList<>();
        for (Digest.Side s : d.sides()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("stance", s.stance().id());
            x.put("people", s.people());
            x.put("strongest_quote", s.strongest() == null ? null : QuoteReport.json(s.strongest(), linkBase));
            List<Object> quotes = new ArrayList<>();
            for (Quote q : s.quotes()) quotes.add(QuoteReport.json(q, linkBase));
            x.put("quotes", quotes);
            sides.add(x);
        }
        m.put("positions", sides);
        m.put("neutral", d.neutral());
        if (d.sharpest() != null) {
            Map<String, Object> sharp = new LinkedHashMap<>(QuoteReport.json(d.sharpest().quote(), linkBase));
            sharp.put("to", d.sharpest().to());
            sharp.put("parent_id", d.sharpest().parentId());
            m.put("sharpest_exchange", sharp);
        }
        List<Object> turns = new ArrayList<>();
        for (Digest.TurningPoint t : d.turningPoints()) {
            Map<String, Object> x = said(t.author(), t.date(), t.text(), t.messageId(), linkBase);
            x.put("kind", t.kind().id());
            x.put("to", t.to());
            turns.add(x);
        }
        m.put("turning_points", turns);
        List<Object> questions = new ArrayList<>();
        for (Digest.OpenQuestion q : d.openQuestions()) {
            questions.add(said(q.author(), q.date(), q.text(), q.messageId(), linkBase));
        }
        m.put("open_questions", questions);
        List<Object> timeline = new ArrayList<>();
        for (Digest.Period t : d.timeline()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("from", t.from().toString());
            x.put("to", t.to().toString());
            x.put("messages", t.messages());
            x.put("tone", t.tone().id());
            x.put("heated", t.heated());
            x.put("heated_evidence", t.heatedEvidence());
            timeline.add(x);
        }
        m.put("timeline", timeline);
        return m;
    }
}
