package dev.parley.thread;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The JWZ reply tree of one thread. Parents come from In-Reply-To (the direct parent when present, as notmuch
 * does), else the last References entry; the References chain links the ancestors. Ids that are referenced but
 * absent become ghost containers; links that would make a loop are ignored; a second message with the same id
 * hangs beside the first. Childless ghosts are dropped.
 *
 * @param <T> the message type
 */
public final class ThreadTree<T> {

    /** A container: a message, or a ghost for a referenced message that is not in the archive. */
    public static final class Node<T> {
        private final String id;
        private T message;
        private Node<T> parent;
        private final List<Node<T>> children = new ArrayList<>();

        Node(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The message, or null for a ghost. */
        public T message() {
            return message;
        }

        public boolean isGhost() {
            return message == null;
        }

        public Node<T> parent() {
            return parent;
        }

        public List<Node<T>> children() {
            return children;
        }

        private boolean isAncestorOrSelf(Node<T> other) {
            for (Node<T> n = this; n != null; n = n.parent) if (n == other) return true;
            return false;
        }

        private void setParent(Node<T> p) {
            if (parent != null) parent.children.remove(this);
            parent = p;
            if (p != null) p.children.add(this);
        }
    }

    private final Node<T> root;
    private final int size;

    private ThreadTree(Node<T> root, int size) {
        this.root = root;
        this.size = size;
    }

    /** The root: the first message of the thread, a ghost whose id was referenced, or a synthetic ghost with id "". */
    public Node<T> root() {
        return root;
    }

    /** Number of real (non-ghost) messages. */
    public int size() {
        return size;
    }

    /** Depth-first, children in date order. */
    public void walk(Consumer<Node<T>> visit) {
        walk(root, null, (n, depth, passed) -> {
            visit.accept(n);
            return null;
        });
    }

    /** What a walk does at a node. */
    public interface Visitor<T, S> {
        /**
         * @param depth the node's depth under the node the walk started from (0 there)
         * @param passed what the node's parent returned (the walk's start value for the first node)
         * @return what to pass to the node's children
         */
        S visit(Node<T> node, int depth, S passed);
    }

    private record Frame<T, S>(Node<T> node, int depth, S passed) {
    }

    /**
     * Depth-first from {@code top} (itself first), children in their order, each node given what its parent passed
     * down (the subject a line compares with, the list a JSON node joins). Walked with a stack of its own, never by
     * recursion: a reply chain can be tens of thousands of messages deep.
     */
    public static <T, S> void walk(Node<T> top, S start, Visitor<T, S> visit) {
        ArrayDeque<Frame<T, S>> stack = new ArrayDeque<>();
        stack.push(new Frame<>(top, 0, start));
        while (!stack.isEmpty()) {
            Frame<T, S> f = stack.pop();
            S down = visit.visit(f.node, f.depth, f.passed);
            List<Node<T>> children = f.node.children;
            for (int i = children.size() - 1; i >= 0; i--) stack.push(new Frame<>(children.get(i), f.depth + 1, down));
        }
    }

    /** Every node under {@code top} (itself first), parents before their children. */
    private static <T> List<Node<T>> preOrder(Node<T> top) {
        List<Node<T>> out = new ArrayList<>();
        walk(top, null, (n, depth, passed) -> {
            out.add(n);
            return null;
        });
        return out;
    }

    /** Builds the tree from the messages of one thread. */
    public static <T> ThreadTree<T> build(List<T> messages, Function<T, String> id, Function<T, List<String>> references,
                                          Function<T, String> inReplyTo, Comparator<T> order) {
        Map<String, Node<T>> table = new LinkedHashMap<>();
        List<Node<T>> withMessages = new ArrayList<>();
        List<T> sorted = new ArrayList<>(messages);
        sorted.sort(order);
        for (T m : sorted) {
            String mid = id.apply(m);
            Node<T> node = table.get(mid);
            if (node == null || node.message != null) {
                // a duplicate id gets its own container beside the first one
                String key = node == null ? mid : mid + "\u0000" + withMessages.size();
                node = new Node<>(node == null ? mid : mid);
                table.put(key, node);
                if (!key.equals(mid)) table.putIfAbsent(mid, node);
            }
            node.message = m;
            withMessages.add(node);
        }
        for (Node<T> node : withMessages) {
            T m = node.message;
            List<String> refs = new ArrayList<>(references.apply(m));
            String irt = inReplyTo.apply(m);
            if (irt != null && !irt.isEmpty()) {
                refs.remove(irt);
                refs.add(irt); // In-Reply-To is the direct parent
            }
            refs.remove(node.id);
            Node<T> prev = null;
            for (String r : refs) {
                Node<T> c = table.computeIfAbsent(r, Node::new);
                if (prev != null && c.parent == null && c != prev && !prev.isAncestorOrSelf(c)) c.setParent(prev);
                prev = c;
            }
            if (prev != null && prev != node && !prev.isAncestorOrSelf(node)) node.setParent(prev);
        }
        Set<Node<T>> all = new HashSet<>(table.values());
        List<Node<T>> roots = new ArrayList<>();
        for (Node<T> n : all) if (n.parent == null) roots.add(n);
        for (Node<T> r : roots) pruneGhosts(r);
        roots.removeIf(r -> r.isGhost() && r.children.isEmpty());
        Node<T> root;
        if (roots.size() == 1) root = roots.get(0);
        else {
            root = new Node<>("");
            for (Node<T> r : roots) r.setParent(root);
        }
        sortChildren(root, order);
        return new ThreadTree<>(root, withMessages.size());
    }

    /** Drops ghosts left without children, from the leaves up (so a chain of ghosts goes at once). */
    private static <T> void pruneGhosts(Node<T> top) {
        List<Node<T>> nodes = preOrder(top);
        for (int i = nodes.size() - 1; i >= 0; i--) nodes.get(i).children.removeIf(c -> c.isGhost() && c.children.isEmpty());
    }

    /** Orders every node's children by the first message under each (a ghost sorts by its earliest reply). */
    private static <T> void sortChildren(Node<T> top, Comparator<T> order) {
        List<Node<T>> nodes = preOrder(top);
        Map<Node<T>, T> first = new IdentityHashMap<>();
        for (int i = nodes.size() - 1; i >= 0; i--) { // children before their parents
            Node<T> n = nodes.get(i);
            T best = n.message;
            for (Node<T> c : n.children) {
                T m = first.get(c);
                if (m != null && (best == null || order.compare(m, best) < 0)) best = m;
            }
            first.put(n, best);
        }
        Comparator<Node<T>> byFirstMessage = Comparator.comparing(first::get, Comparator.nullsLast(order));
        for (Node<T> n : nodes) n.children.sort(byFirstMessage);
    }
}
