package dev.parley.model;

import dev.parley.mail.RawHeaders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parley's invariants over the messages of an archive, fed one at a time (with raw bytes), whatever stores them:
 * every message has a thread id and its raw bytes, the raw bytes carry the stored Message-ID, no two messages share
 * a content key, and thread ids agree with References (every Message-ID, present or referenced, is in one thread).
 */
public final class ArchiveInvariants {

    private static final int MAX_LISTED = 50;

    private final List<String> listed = new ArrayList<>();
    private long problemCount;
    private final Map<String, String> threadOfId = new HashMap<>(); // every own or referenced id -> thread
    private final Set<String> uids = new HashSet<>();
    private long messages;

    public void add(StoredMessage m) {
        messages++;
        String who = "message <" + m.messageId() + ">";
        if (m.threadId() == null || m.threadId().isEmpty()) problem(who + " has no thread id");
        if (!uids.add(m.uid())) problem(who + " is stored twice with the same content key " + m.uid());
        if (m.raw() == null || m.raw().length == 0) {
            problem(who + " has no raw bytes");
        } else if (!m.syntheticId()) {
            String header = RawHeaders.parse(m.raw()).get("message-id");
            if (header == null || !header.contains(m.messageId())) {
                problem(who + ": its raw bytes carry Message-ID " + header);
            }
        }
        List<String> links = new ArrayList<>(m.references());
        if (!m.inReplyTo().isEmpty()) links.add(m.inReplyTo());
        links.add(m.messageId());
        for (String id : links) {
            String before = threadOfId.putIfAbsent(id, m.threadId());
            if (before != null && !before.equals(m.threadId())) {
                problem(who + " is in thread " + m.threadId() + " but <" + id + "> it links to is in thread " + before);
            }
        }
    }

    /** A problem the backend found itself (storage, placement); the report lists the first few and counts all. */
    public void problem(String sentence) {
        problemCount++;
        if (listed.size() < MAX_LISTED) listed.add(sentence);
    }

    public CheckReport report(boolean storageOk, String storageSummary) {
        long threads = threadOfId.values().stream().distinct().count();
        return new CheckReport(storageOk, storageSummary, messages, threads, listed, problemCount);
    }
}
