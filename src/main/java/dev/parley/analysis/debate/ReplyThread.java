package dev.parley.analysis.debate;

import dev.parley.identity.Identities;
import dev.parley.thread.ThreadTree;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second stage of a debate: the thread's messages linked into their reply tree ({@link ThreadTree}).
 *
 * @param byDate the messages, oldest first (undated last), each with the id of the message it answers
 * @param people the thread's people ({@link AuthoredMessages#people()})
 * @param treeRoot the root of the reply tree, or null when it is missing from the thread
 * @param missingRootId when the root is missing: the Message-ID its answers refer to ("" when they refer to none in
 *                      common); else ""
 * @param byId the same messages by Message-ID
 */
record ReplyThread(List<ThreadMessage> byDate, Identities people, ThreadMessage treeRoot, String missingRootId,
                   Map<String, ThreadMessage> byId) {

    ReplyThread {
        byDate = List.copyOf(byDate);
        byId = Map.copyOf(byId);
    }

    /** Links each message to the message it answers. */
    static ReplyThread link(AuthoredMessages authored) {
        ThreadTree<ThreadMessage> tree = ThreadTree.build(authored.byDate(), ThreadMessage::id, m -> m.mail().references(),
                m -> m.mail().inReplyTo(), Comparator.comparing(ThreadMessage::date,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, String> parents = new HashMap<>();
        tree.walk(n -> {
            if (n.isGhost()) return;
            ThreadTree.Node<ThreadMessage> p = n.parent();
            parents.put(n.message().id(), p == null || p.isGhost() ? "" : p.message().id());
        });
        List<ThreadMessage> byDate = new ArrayList<>();
        Map<String, ThreadMessage> byId = new HashMap<>();
        for (ThreadMessage m : authored.byDate()) {
            ThreadMessage linked = m.withParent(parents.getOrDefault(m.id(), ""));
            byDate.add(linked);
            byId.put(linked.id(), linked);
        }
        ThreadTree.Node<ThreadMessage> root = tree.root();
        return new ReplyThread(byDate, authored.people(), root.isGhost() ? null : byId.get(root.message().id()),
                root.isGhost() ? root.id() : "", byId);
    }

    /** The message this one answers, or null. */
    ThreadMessage parent(ThreadMessage m) {
        return m.parentId().isEmpty() ? null : byId.get(m.parentId());
    }

    /** The top of the branch a message is on: itself when it answers nothing in the thread. */
    ThreadMessage top(ThreadMessage m) {
        ThreadMessage top = m;
        for (ThreadMessage p = parent(top); p != null; p = parent(top)) top = p;
        return top;
    }

    /** Date of the first dated message, or null. */
    Instant firstDate() {
        Instant first = null;
        for (ThreadMessage m : byDate) if (m.date() != null && (first == null || m.date().isBefore(first))) first = m.date();
        return first;
    }

    /** Date of the last dated message, or null. */
    Instant lastDate() {
        Instant last = null;
        for (ThreadMessage m : byDate) if (m.date() != null && (last == null || m.date().isAfter(last))) last = m.date();
        return last;
    }
}
