package dev.parley.render;

import dev.parley.analysis.digest.PersonRecord;
import dev.parley.identity.Person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code parley person} prints: a person's debates as text, Markdown or JSON (the web page builds on the same). */
public final class PersonReport {

    private static final int TEXT_WIDTH = 100;

    private PersonReport() {
    }

    /** "Andreas Gruenbacher <agruenba@redhat.com>, also andreas.gruenbacher@gmail.com". */
    public static String who(Person p) {
        String s = p.displayName() + (p.address().isEmpty() ? "" : " <" + p.address() + ">");
        if (p.addresses().size() > 1) s += ", also " + String.join(", ", p.addresses().subList(1, p.addresses().size()));
        return s;
    }

    /** "12 threads with a message of theirs since 2019-01-01; the 10 newest debates:" and the like. */
    public static String count(PersonRecord r) {
        String since = r.since() == null ? "" : " since " + DigestText.day(r.since());
        String shown = r.debates().isEmpty() ? "none of them a debate with others"
                : r.debates().size() == 1 ? "one debate read" : r.debates().size() + " debates read, newest first";
        return r.threadsFound() + (r.threadsFound() == 1 ? " thread" : " threads") + " with a message of theirs"
                + since + "; " + shown;
    }

    /** "proposed it; applied by Greg Kroah-Hartman (staging-next), 2019-08-30". */
    public static String part(PersonRecord.Debate d) {
        return (d.proposer() ? "proposed it; " : "") + OutcomeText.summary(d.outcome());
    }

    public static String text(PersonRecord r) {
        StringBuilder sb = new StringBuilder();
        sb.append(who(r.person())).append('\n');
        if (r.person().names().size() > 1) sb.append("writes as ").append(String.join(", ", r.person().names())).append('\n');
        sb.append(count(r)).append("\n\n");
        if (r.debates().isEmpty()) return sb.toString();
        sb.append(String.format(Locale.ROOT, "%-10s  %-8s %4s %5s  %s%n", "DATE", "STANCE", "CONF", "MSGS", "DEBATE"));
        for (PersonRecord.Debate d : r.debates()) {
            sb.append(String.format(Locale.ROOT, "%-10s  %-8s %4.2f %5d  %s%n", DigestText.day(d.date()), d.stance().id(),
                    d.confidence(), d.messages(), d.subject()));
            sb.append(String.format(Locale.ROOT, "%-33s(%s)%n", "", part(d)));
            if (d.quote() != null) {
                String q = "\"" + d.quote().text() + "\"";
                if (q.length() > TEXT_WIDTH - 33) q = q.substring(0, TEXT_WIDTH - 37).stripTrailing() + "...\"";
                sb.append(String.format(Locale.ROOT, "%-33s%s  <%s>%n", "", q, d.quote().messageId()));
            }
        }
        return sb.toString();
    }

    public static String markdown(PersonRecord r, String linkBase) {
        StringBuilder sb = new StringBuilder("# ").append(DigestMarkdown.escape(r.person().displayName())).append("\n\n");
        sb.append(DigestMarkdown.escape(String.join(", ", r.person().addresses())));
        if (r.person().names().size() > 1) sb.append(" · writes as ").append(DigestMarkdown.escape(String.join(", ", r.person().names())));
        sb.append("\n\n").append(DigestMarkdown.escape(count(r))).append("\n\n");
        for (PersonRecord.Debate d : r.debates()) {
            sb.append("- ").append(DigestText.day(d.date())).append(", **").append(d.stance().id()).append("** (")
                    .append(String.format(Locale.ROOT, "%.2f", d.confidence())).append(", ").append(d.messages())
                    .append(d.messages() == 1 ? " message" : " messages").append("): [")
                    .append(DigestMarkdown.escape(d.subject().isBlank() ? "(no subject)" : d.subject())).append("](")
                    .append(Permalinks.of(linkBase, d.proposalId())).append("), ").append(DigestMarkdown.escape(part(d)));
            if (d.quote() != null) {
                sb.append("\n  > \"").append(DigestMarkdown.escape(d.quote().text())).append("\" ([message](")
                        .append(Permalinks.of(linkBase, d.quote().messageId())).append("))");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {"person": {"name", "addresses", "names"}, "since", "threads_found", "debates": [{"thread_id", "subject", ...}]}. */
    public static Map<String, Object> json(PersonRecord r, String linkBase) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", r.person().displayName());
        person.put("addresses", r.person().addresses());
        person.put("names", r.person().names());
        m.put("person", person);
        m.put("since", r.since());
        m.put("threads_found", r.threadsFound());
        List<Object> debates = new ArrayList<>();
        for (PersonRecord.Debate d : r.debates()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("thread_id", d.threadId());
            x.put("subject", d.subject());
            x.put("date", d.date());
            x.put("stance", d.stance().id());
            x.put("confidence", d.confidence());
            x.put("messages", d.messages());
            x.put("quote", d.quote() == null ? null : QuoteReport.json(d.quote(), linkBase));
            x.put("proposer", d.proposer());
            x.put("proposal_id", d.proposalId());
            x.put("url", Permalinks.of(linkBase, d.proposalId()));
            x.put("outcome", OutcomeText.json(d.outcome()));
            debates.add(x);
        }
        m.put("debates", debates);
        return m;
    }
}
