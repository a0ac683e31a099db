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
        List<Object> turns = new ArrayList<>();
        for (Digest.TurningPoint t : d.turningPoints()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", t.kind().id());
            x.put("author", t.author());
            x.put("to", t.to());
            x.put("date", t.date());
            x.put("text", t.text());
            x.put("message_id", t.messageId());
            x.put("url", Permalinks.of(linkBase, t.messageId()));
            turns.add(x);
        }
        m.put("turning_points", turns);
        List<Object> questions = new ArrayList<>();
        for (Digest.OpenQuestion q : d.openQuestions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("author", q.author());
            x.put("date", q.date());
            x.put("text", q.text());
            x.put("message_id", q.messageId());
            x.put("url", Permalinks.of(linkBase, q.messageId()));
            questions.add(x);
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
            timeline.add(x);
        }
        m.put("timeline", timeline);
        return m;
    }
}
