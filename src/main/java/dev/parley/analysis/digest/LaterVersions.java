package dev.parley.analysis.digest;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.Outcome;
import dev.parley.archive.Archive;
import dev.parley.archive.SearchHit;
import dev.parley.archive.SearchRequest;
import dev.parley.mail.SubjectInfo;
import dev.parley.model.StoredMessage;
import dev.parley.query.LoreQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A newer version of a proposal that the archive holds outside its thread: a message that is no reply, whose subject
 * is the proposal's (tags and version aside) with a higher {@code [PATCH vN]}, posted after the proposal. Found
 * through the index by the subject's words, so it costs one search. A debate still open, NAKed or withdrawn in its
 * own thread is then superseded by the first such version; one that was applied stays applied.
 */
public final class LaterVersions {

    /** At most this many messages with the subject's words are looked at. */
    static final int CANDIDATES = 50;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private LaterVersions() {
    }

    /** The debate, superseded by the first later version the archive holds when its own outcome leaves room. */
    public static Debate apply(Archive archive, Debate debate) throws IOException {
        Outcome own = debate.outcome();
        if (own.status() == Outcome.Status.APPLIED || own.status() == Outcome.Status.SUPERSEDED) return debate;
        StoredMessage later = first(archive, debate);
        if (later == null) return debate;
        String by = later.fromName() == null || later.fromName().isBlank() ? later.fromAddress() : later.fromName();
        return debate.withOutcome(Outcome.superseded(by, later.date(), later.messageId(), later.subject()));
    }

    /** The earliest later version of the debate's proposal in the archive, or null. */
    static StoredMessage first(Archive archive, Debate debate) throws IOException {
        if (debate.proposal().rootMissing() || debate.proposal().date() == null) return null;
        List<StoredMessage> root = archive.messages(debate.proposal().messageId(), false);
        if (root.isEmpty()) return null;
        SubjectInfo mine = SubjectInfo.parse(root.get(0).subject());
        if (!mine.isPatch() || mine.normalized().isBlank()) return null;
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(mine.normalized());
        while (m.find()) words.add(m.group());
        if (words.isEmpty()) return null;
        SearchRequest request = new SearchRequest(LoreQuery.parse("s:\"" + String.join(" ", words) + "\""),
                SearchRequest.Sort.DATE, CANDIDATES, 0, false, false, false, false);
        for (SearchHit hit : archive.search(request).hits()) {
            StoredMessage s = hit.message();
            SubjectInfo theirs = SubjectInfo.parse(s.subject());
            if (s.threadId().equals(debate.threadId()) || theirs.reply() || !theirs.isPatch()) continue;
            if (Math.max(1, theirs.version()) <= Math.max(1, mine.version())) continue;
            if (!theirs.normalized().equalsIgnoreCase(mine.normalized())) continue;
            if (s.date() == null || !s.date().isAfter(debate.proposal().date())) continue;
            return s;
        }
        return null;
    }
}
