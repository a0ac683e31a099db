package dev.parley.render;

import dev.parley.mail.SubjectInfo;
import dev.parley.model.StoredMessage;
import dev.parley.thread.ThreadTree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread as a reply tree, like lore's thread overview: one line per message with date, author (indented under
 * the message it answers) and the subject when it changes; ghosts (referenced but absent messages) marked; the
 * message asked for highlighted; messages their archive has removed are marked. Also as nested JSON.
 */
public final class ThreadView {

    /** Deeper replies are drawn at this depth, so lines stay readable. */
    static final int MAX_INDENT = 20;

    private ThreadView() {
    }

    /** The reply tree of the messages of one thread (ThreadTree's JWZ linking, date order). */
    public static ThreadTree<StoredMessage> tree(List<StoredMessage> messages) {
        Comparator<StoredMessage> byDate = Comparator.comparing(StoredMessage::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoredMessage::messageId);
        return ThreadTree.build(messages, StoredMessage::messageId, StoredMessage::references, StoredMessage::inReplyTo, byDate);
    }

    /** The tree as text; lines of the message {@code highlightId} start with '*'. */
    public static String text(String threadId, ThreadTree<StoredMessage> tree, String highlightId, TextStyle style) {
        StringBuilder sb = new StringBuilder();
        StoredMessage first = firstMessage(tree);
        sb.append(style.bold(first == null || first.subject().isEmpty() ? "(no subject)" : first.subject())).append('\n');
        sb.append(tree.size()).append(tree.size() == 1 ? " message" : " messages").append(", thread ").append(threadId)
                .append(" (dates in UTC)\n\n");
        for (ThreadTree.Node<StoredMessage> top : tops(tree)) {
            ThreadTree.<StoredMessage, String>walk(top, null, (n, depth, parentSubject) -> line(sb, n, depth, parentSubject, highlightId, style));
        }
        return sb.toString();
    }

    /** The nodes drawn at depth 0: the root, or the children of a synthetic root that only joins them. */
    public static List<ThreadTree.Node<StoredMessage>> tops(ThreadTree<StoredMessage> tree) {
        ThreadTree.Node<StoredMessage> root = tree.root();
        return root.id().isEmpty() && root.isGhost() ? root.children() : List.of(root);
    }

    /** Appends one message's line; returns the normalized subject its replies compare theirs with. */
    private static String line(StringBuilder sb, ThreadTree.Node<StoredMessage> n, int depth, String parentSubject,
                               String highlightId, TextStyle style) {
        StoredMessage m = n.message();
        boolean mark = m != null && m.messageId().equals(highlightId);
        String indent = depth == 0 ? "" : "  ".repeat(Math.min(depth, MAX_INDENT) - 1) + "` ";
        StringBuilder line = new StringBuilder();
        String subject = parentSubject;
        if (m == null) {
            line.append(TextStyle.date(null)).append("  ").append(indent)
                    .append(style.dim("[not in the archive] <" + n.id() + ">"));
        } else {
            line.append(TextStyle.date(m.date())).append("  ").append(indent).append(m.from().displayName());
            if (m.removed()) line.append(style.dim(" [removed from its archive]"));
            String norm = SubjectInfo.parse(m.subject()).normalized();
            if (parentSubject == null || !norm.equals(parentSubject)) line.append("  ").append(m.subject());
            subject = norm;
        }
        sb.append(mark ? "* " : "  ").append(mark ? style.bold(line.toString()) : line).append('\n');
        return subject;
    }

    private static StoredMessage firstMessage(ThreadTree<StoredMessage> tree) {
        List<StoredMessage> all = new ArrayList<>();
        tree.walk(n -> {
            if (n.message() != null) all.add(n.message());
        });
        return all.stream().min(Comparator.comparing(StoredMessage::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
    }

    /** {@code {"thread_id", "messages": N, "root": {..., "children": [...]}}}. */
    public static Map<String, Object> json(String threadId, ThreadTree<StoredMessage> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("thread_id", threadId);
        out.put("messages", tree.size());
        List<Object> top = new ArrayList<>(1);
        ThreadTree.walk(tree.root(), top, (n, depth, siblings) -> {
            List<Object> children = new ArrayList<>();
            siblings.add(node(n, children));
            return children;
        });
        out.put("root", top.get(0));
        return out;
    }

    private static Map<String, Object> node(ThreadTree.Node<StoredMessage> n, List<Object> children) {
        StoredMessage m = n.message();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("message_id", n.id());
        o.put("from", m == null ? null : m.fromName());
        o.put("address", m == null ? null : m.fromAddress());
        o.put("date", m == null ? null : m.date());
        o.put("subject", m == null ? null : m.subject());
        o.put("ghost", m == null);
        o.put("removed", m != null && m.removed());
        o.put("children", children);
        return o;
    }
}
