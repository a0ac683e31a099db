package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateSetup;
import dev.parley.analysis.quotes.Quote;
import dev.parley.analysis.quotes.QuoteFinder;
import dev.parley.archive.Archive;
import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.StoredMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread read once for quoting and digesting: its messages parsed, the debate, and its quotes ranked. Parsing the
 * raw bytes is the costly part, so it is done once here and shared by the debate analysis and the quote finder.
 *
 * @param messages the thread's messages as parsed, in archive order
 * @param debate the thread read as a debate
 * @param quotes every quote of the thread, best first
 */
public record ThreadReading(List<ParsedMessage> messages, Debate debate, List<Quote> quotes) {

    public ThreadReading {
        messages = List.copyOf(messages);
        quotes = List.copyOf(quotes);
    }

    /**
     * Reads a thread.
     *
     * @param thread every message of the thread with its raw bytes ({@code Archive.thread(id, true)}), not empty
     */
    public static ThreadReading read(List<StoredMessage> thread, Mailmap mailmap) {
        if (thread.isEmpty()) throw new IllegalArgumentException("no messages to read");
        List<ParsedMessage> parsed = new ArrayList<>(thread.size());
        for (StoredMessage m : thread) parsed.add(m.parsed());
        return read(thread.get(0).threadId(), parsed, mailmap);
    }

    /**
     * The same reading with what the rest of the archive says of the outcome: a newer version of the proposal posted
     * outside the thread ({@link LaterVersions}).
     */
    public ThreadReading withLaterVersions(Archive archive) throws IOException {
        Debate d = LaterVersions.apply(archive, debate);
        return d == debate ? this : new ThreadReading(messages, d, quotes);
    }

    /** Reads a thread given as parsed messages (as read from an mbox without an index). */
    public static ThreadReading read(String threadId, List<ParsedMessage> parsed, Mailmap mailmap) {
        Debate debate = DebateSetup.standard().analyzer(mailmap).analyzeParsed(threadId, parsed);
        return new ThreadReading(parsed, debate, new QuoteFinder().find(debate, parsed));
    }
}
