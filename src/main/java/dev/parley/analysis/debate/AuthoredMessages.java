package dev.parley.analysis.debate;

import dev.parley.identity.Bots;
import dev.parley.identity.Identities;
import dev.parley.identity.Mailmap;
import dev.parley.identity.Senders;
import dev.parley.mail.Address;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.Trailer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first stage of a debate: who wrote what. Each message once (the first copy of a Message-ID), in date order
 * (undated last), with its author resolved to a person and robots set aside.
 *
 * @param byDate the messages, oldest first, not yet linked into a reply tree
 * @param people everyone who wrote, and everyone a "-by" trailer credits (so a second address of a writer merges)
 */
record AuthoredMessages(List<ThreadMessage> byDate, Identities people) {

    AuthoredMessages {
        byDate = List.copyOf(byDate);
    }

    /** Reads the authors of a thread's messages; the mailmap merges people the thread cannot. */
    static AuthoredMessages read(List<ParsedMessage> thread, Mailmap mailmap) {
        List<ParsedMessage> unique = dedupe(thread);
        Identities people = identities(unique, mailmap);
        List<ThreadMessage> byDate = new ArrayList<>();
        for (ParsedMessage p : unique) {
            Address sender = Senders.author(p);
            byDate.add(new ThreadMessage(p, people.person(sender), Bots.isBot(sender, p.body().ownText()), ""));
        }
        byDate.sort(Comparator.comparing(ThreadMessage::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return new AuthoredMessages(robotsByPerson(byDate), people);
    }

    private static List<ParsedMessage> dedupe(List<ParsedMessage> thread) {
        Map<String, ParsedMessage> byId = new LinkedHashMap<>();
        for (ParsedMessage p : thread) byId.putIfAbsent(p.messageId(), p);
        return new ArrayList<>(byId.values());
    }

    private static Identities identities(List<ParsedMessage> messages, Mailmap mailmap) {
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
    private static List<ThreadMessage> robotsByPerson(List<ThreadMessage> byDate) {
        Map<String, Boolean> allBot = new HashMap<>();
        Set<String> botSenders = new HashSet<>();
        for (ThreadMessage m : byDate) {
            allBot.merge(m.author().id(), m.bot(), Boolean::logicalAnd);
            if (Bots.isBot(Senders.author(m.mail()))) botSenders.add(m.author().id());
        }
        List<ThreadMessage> out = new ArrayList<>(byDate.size());
        for (ThreadMessage m : byDate) {
            out.add(m.withBot(allBot.get(m.author().id()) || botSenders.contains(m.author().id())));
        }
        return out;
    }
}
