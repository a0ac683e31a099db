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
        StoredMessage first = firstMessage(tree.root());
        sb.append(style.bold(first == null || first.subject().isEmpty() ? "(no subject)" : first.subject())).append('\n');
        sb.append(tree.size()).append(tree.size() == 1 ? " message" : " messages").append(", thread ").append(threadId)
                .append(" (dates in UTC)\n\n");
        if (tree.root().id().isEmpty() && tree.root().isGhost()) {
            for (ThreadTree.Node<StoredMessage> c : tree.root().children()) lines(sb, c, 0, null, highlightId, style);
        } else {
            lines(sb, tree.root(), 0, null, highlightId, style);
        }
        return sb.toString();
    }

    private static void lines(StringBuilder sb, ThreadTree.Node<StoredMessage> n, int depth, String parentSubject,
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
        for (ThreadTree.Node<StoredMessage> c : n.children()) lines(sb, c, depth + 1, subject, highlightId, style);
    }

    private static StoredMessage firstMessage(ThreadTree.Node<StoredMessage> root) {
        List<StoredMessage> all = new ArrayList<>();
        collect(root, all);
        return all.stream().min(Comparator.comparing(StoredMessage::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
    }

    private static void collect(ThreadTree.Node<StoredMessage> n, List<StoredMessage> out) {
        if (n.message() != null) out.add(n.message());
        for (ThreadTree.Node<StoredMessage> c : n.children()) collect(c, out);
    }

    /** {@code {"thread_id", "messages": N, "root": {..., "children": [...]}}}. */
    public static Map<String, Object> json(String threadId, ThreadTree<StoredMessage> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("thread_id", threadId);
        out.put("messages", tree.size());
        out.put("root", node(tree.root()));
        return out;
    }

    private static Map<String, Object> node(ThreadTree.Node<StoredMessage> n) {
        StoredMessage m = n.message();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("message_id", n.id());
        o.put("from", m == null ? null : m.fromName());
        o.put("address", m == null ? null : m.fromAddress());
        o.put("date", m == null ? null : m.date());
        o.put("subject", m == null ? null : m.subject());
        o.put("ghost", m == null);
        o.put("removed", m != null && m.removed());
        List<Object> children = new ArrayList<>();
        for (ThreadTree.Node<StoredMessage> c : n.children()) children.add(node(c));
        o.put("children", children);
        return o;
    }
}
