package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Outcome;
import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.quotes.Quote;
import dev.parley.identity.Person;

import java.time.Instant;
import java.util.List;

/**
 * A person's record: the debates of the archive they took part in, newest first, with where they stood in each and
 * their best quote there ("what has this person argued for and against"). Made by {@link PersonRecords#find}.
 *
 * @param person who: the name they are best known by, every address and spelling merged into them
 * @param since only their messages from this time on counted (null: all time)
 * @param threadsFound how many threads hold a message of theirs (in the period)
 * @param debates the debates read, newest first (by their last message in it), at most the number asked for
 */
public record PersonRecord(Person person, Instant since, long threadsFound, List<Debate> debates) {

    public PersonRecord {
        debates = List.copyOf(debates);
    }

    /**
     * One debate and the person's part in it.
     *
     * @param threadId the archive's thread id
     * @param subject the proposal's subject
     * @param proposalId the proposal's Message-ID (to link the debate)
     * @param date the person's last message in it (null if undated)
     * @param stance where they stood at the end
     * @param confidence how sure the debate analysis is of it, 0 to 1
     * @param messages how many messages they sent in it
     * @param proposer whether they made the proposal
     * @param outcome what became of the proposal
     * @param quote their best quote there in the quote ranking's order, or null when they wrote nothing quotable
     */
    public record Debate(String threadId, String subject, String proposalId, Instant date, Stance stance,
                         double confidence, int messages, boolean proposer, Outcome outcome, Quote quote) {
    }
}
