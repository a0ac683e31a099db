package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.quotes.Quote;
import dev.parley.archive.Archive;
import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchRequest;
import dev.parley.archive.SearchResult;
import dev.parley.archive.ThreadHit;
import dev.parley.identity.Identities;
import dev.parley.identity.Mailmap;
import dev.parley.identity.Person;
import dev.parley.mail.Address;
import dev.parley.model.StoredMessage;
import dev.parley.query.LoreQuery;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a person's record in an archive without reading it all: the index finds the messages sent under the name or
 * address given (every accented and transliterated spelling of the name), which tells who the person is (their
 * addresses and names merged as a debate merges them, the mailmap included); a second search finds the threads
 * with a message from any of those addresses, newest first; only those threads are read as debates.
 */
public final class PersonRecords {

    /** At most this many messages are looked at to tell who the person is. */
    static final int MESSAGES_SEARCHED = 500;
    /** At most this many searches under newly found addresses and names ("Greg KH" from another address). */
    static final int ROUNDS = 4;
    /** At most this many of the person's threads are looked at, newest first, to find the debates asked for. */
    static final int THREADS_SEARCHED = 1000;
    private static final Pattern PLAIN_ADDRESS = Pattern.compile("[\\w.+=-]+@[\\w.-]+");

    /** WHO matched nobody. */
    public static final class NotFound extends Exception {
        NotFound(String message) {
            super(message);
        }
    }

    /** WHO matched several people; the message names them. */
    public static final class Ambiguous extends Exception {
        Ambiguous(String message) {
            super(message);
        }
    }

    private PersonRecords() {
    }

    /**
     * @param who a name ("Andreas Grünbacher", "Gruenbacher, Andreas") or an address
     * @param since only messages from then on (null: all time); {@code sinceQuery} is the same as lore writes it
     * @param limit read at most this many of their threads, newest first
     */
    public static PersonRecord find(Archive archive, String who, Instant since, String sinceQuery, int limit,
                                    Mailmap mailmap) throws IOException, NotFound, Ambiguous {
        Person person = identify(archive, who.strip(), mailmap);
        Set<String> addresses = new LinkedHashSet<>(person.addresses());
        Map<String, List<String>> aliases = mailmap.aliases();
        for (String a : person.addresses()) addresses.addAll(aliases.getOrDefault(Identities.addressKey(a), List.of()));
        List<String> terms = new ArrayList<>();
        for (String a : addresses) if (PLAIN_ADDRESS.matcher(a).matches()) terms.add("f:" + a);
        String lore = "(" + String.join(" OR ", terms) + ")" + (sinceQuery == null ? "" : " d:" + sinceQuery + "..");
        // a page of threads at a time, newest first: listing a thread costs the index a look at its size
        SearchRequest request = new SearchRequest(LoreQuery.parse(lore), SearchRequest.Sort.NEWEST, 2 * limit, 0, true,
                false, false, false);
        List<PersonRecord.Debate> debates = new ArrayList<>();
        long total = 0;
        for (int offset = 0; debates.size() < limit && offset < THREADS_SEARCHED; offset += request.limit()) {
            SearchResult page = archive.search(request.withPage(offset, request.limit()));
            total = page.threadTotal();
            for (ThreadHit t : page.threads()) {
                if (debates.size() >= limit) break;
                PersonRecord.Debate d = debate(archive, t.threadId(), person, mailmap);
                if (d != null) debates.add(d);
            }
            if (page.threads().size() < request.limit()) break;
        }
        debates.sort(Comparator.comparing(PersonRecord.Debate::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return new PersonRecord(person, since, total, debates);
    }

    /**
     * Who WHO is. The messages sent under WHO's address, or under any spelling of WHO's name, tell the people who
     * sent them, merged as a debate merges them: the one with WHO's address, else the one whose name has one of WHO's
     * name keys, else the one whose name holds all of WHO's words. Searches under every address and name that person used
     * then find the rest of them (the same name from another address, another name from the same address), until
     * nothing new turns up.
     */
    static Person identify(Archive archive, String who, Mailmap mailmap) throws IOException, NotFound, Ambiguous {
        boolean address = who.contains("@");
        if (address && !PLAIN_ADDRESS.matcher(who).matches()) throw new NotFound("'" + who + "' is not an address Parley can look up");
        Set<String> keys = Identities.nameKeys(who);
        if (!address && keys.isEmpty()) throw new NotFound("'" + who + "' is neither a name nor an address");
        List<Address> senders = senders(archive, address ? List.of(who) : List.of(), address ? List.of() : List.of(who), Set.of());
        Identities ids = identities(senders, mailmap);
        Map<String, Person> exact = new LinkedHashMap<>(), partial = new LinkedHashMap<>();
        Set<String> words = Set.of(Identities.nameKey(who).split(" "));
        for (Address s : senders) {
            Person p = ids.person(s);
            if (address) {
                if (Identities.addressKey(s.address()).equals(Identities.addressKey(who))) exact.put(p.id(), p);
                continue;
            }
            for (String n : p.names()) {
                Set<String> theirs = Identities.nameKeys(n);
                if (theirs.stream().anyMatch(keys::contains)) exact.put(p.id(), p);
                else if (theirs.stream().anyMatch(k -> Set.of(k.split(" ")).containsAll(words))) partial.put(p.id(), p);
            }
        }
        Map<String, Person> found = exact.isEmpty() ? partial : exact;
        if (found.isEmpty()) throw new NotFound("no message from '" + who + "' in the archive");
        if (found.size() > 1) {
            List<String> names = found.values().stream().limit(5).map(p -> p.displayName() + " <" + p.address() + ">").toList();
            throw new Ambiguous("'" + who + "' is " + found.size() + " people (" + String.join(", ", names)
                    + (found.size() > 5 ? ", ..." : "") + "); give an address or the whole name");
        }
        Person person = found.values().iterator().next();
        Address seed = new Address(person.name(), person.address());
        List<Address> all = new ArrayList<>(senders);
        Set<String> asked = new LinkedHashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> addresses = person.addresses().stream().filter(asked::add).toList();
            List<String> names = person.names().stream().filter(n -> asked.add("name:" + n)).toList();
            if (addresses.isEmpty() && names.isEmpty()) break; // nothing new to look under
            all.addAll(senders(archive, addresses, names, new LinkedHashSet<>(person.addresses())));
            person = identities(all, mailmap).person(seed);
        }
        return person;
    }

    /**
     * The senders of the messages from any of these addresses, and of those under any spelling of these names from
     * an address not yet known (so that a name used for years from one address does not hide the others it was used
     * from: each search returns only the newest {@value #MESSAGES_SEARCHED} messages).
     */
    private static List<Address> senders(Archive archive, List<String> addresses, List<String> names, Set<String> known)
            throws IOException {
        List<Address> out = new ArrayList<>();
        Set<String> byAddress = new LinkedHashSet<>(), byName = new LinkedHashSet<>(), notFrom = new LinkedHashSet<>();
        for (String a : addresses) if (PLAIN_ADDRESS.matcher(a).matches()) byAddress.add("f:" + a);
        for (String n : names) for (String s : spellings(n)) byName.add("f:\"" + s + "\"");
        for (String a : known) if (PLAIN_ADDRESS.matcher(a).matches()) notFrom.add("-f:" + a);
        if (!byAddress.isEmpty()) out.addAll(senders(archive, String.join(" OR ", byAddress)));
        if (!byName.isEmpty()) out.addAll(senders(archive, "(" + String.join(" OR ", byName) + ") " + String.join(" ", notFrom)));
        return out;
    }

    private static List<Address> senders(Archive archive, String lore) throws IOException {
        SearchResult r = archive.search(new SearchRequest(LoreQuery.parse(lore.strip()), SearchRequest.Sort.NEWEST,
                MESSAGES_SEARCHED, 0, false, false, false, false));
        List<Address> out = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            StoredMessage m = h.message();
            out.add(new Address(m.fromName() == null ? "" : m.fromName(), m.fromAddress() == null ? "" : m.fromAddress()));
        }
        return out;
    }

    private static Identities identities(List<Address> senders, Mailmap mailmap) {
        Identities.Builder b = Identities.builder(mailmap);
        senders.forEach(b::add);
        return b.build();
    }

    /**
     * The ASCII spellings the index may hold a name under (it folds "ü" to "u"): each of its keys
     * ({@link Identities#nameKeys}), and each key with a written-out umlaut or ring folded back ("gruenbacher" also
     * as "grunbacher", "aaberg" as "aberg").
     */
    static Set<String> spellings(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : Identities.nameKeys(name)) {
            String words = k.replace("-", " ");
            out.add(words);
            out.add(words.replaceAll("([aou])e", "$1").replace("aa", "a"));
        }
        return out;
    }

    /** The person's part in one thread read as a debate, or null when it is no debate (one person) or not theirs. */
    private static PersonRecord.Debate debate(Archive archive, String threadId, Person person, Mailmap mailmap)
            throws IOException {
        List<StoredMessage> messages = archive.thread(threadId, true);
        if (messages.isEmpty()) return null;
        ThreadReading reading = ThreadReading.read(messages, mailmap);
        Debate d = reading.debate();
        if (d.participants().stream().filter(Participant::wrote).count() < 2) return null;
        Participant me = participant(d, person);
        if (me == null || !me.wrote()) return null;
        reading = reading.withLaterVersions(archive);
        Quote best = DigestBuilder.strongest(me, reading.quotes());
        return new PersonRecord.Debate(threadId, d.proposal().subject(), d.proposal().messageId(), me.lastPost(),
                me.stance(), me.confidence(), me.messages(), me.proposer(), reading.debate().outcome(), best);
    }

    /** The participant with one of the person's addresses, else with one of their name's keys. */
    static Participant participant(Debate d, Person person) {
        for (String a : person.addresses()) {
            var p = d.byAddress(a);
            if (p.isPresent() && !d.bots().contains(p.get())) return p.get();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String n : person.names()) keys.addAll(Identities.nameKeys(n));
        for (Participant p : d.participants()) {
            if (Identities.nameKeys(p.name()).stream().anyMatch(k -> k.contains(" ") && keys.contains(k))) return p;
        }
        return null;
    }
}
