package dev.parley.thread;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadTreeTest {

    record M(String id, List<String> refs, String irt, int order) {
    }

    static ThreadTree<M> tree(M... ms) {
        return ThreadTree.build(List.of(ms), M::id, M::refs, M::irt, Comparator.comparingInt(M::order));
    }

    static String shape(ThreadTree<M> t) {
        List<String> out = new ArrayList<>();
        shape(t.root(), 0, out);
        return String.join(",", out);
    }

    static void shape(ThreadTree.Node<M> n, int depth, List<String> out) {
        out.add("-".repeat(depth) + (n.isGhost() ? "(" + n.id() + ")" : n.id()));
        for (ThreadTree.Node<M> c : n.children()) shape(c, depth + 1, out);
    }

    @Test
    void buildsTheReplyTreeInDateOrder() {
        ThreadTree<M> t = tree(new M("r", List.of(), "", 0), new M("b", List.of("r"), "r", 2),
                new M("a", List.of("r"), "r", 1), new M("a1", List.of("r", "a"), "a", 3));
        assertEquals("r,-a,--a1,-b", shape(t));
        assertEquals(4, t.size());
    }

    @Test
    void missingParentsBecomeGhosts() {
        ThreadTree<M> t = tree(new M("c", List.of("root", "mid"), "mid", 1), new M("d", List.of("root"), "root", 2));
        assertEquals("(root),-(mid),--c,-d", shape(t));
        assertTrue(t.root().isGhost());
        assertNull(t.root().message());
    }

    @Test
    void referenceLoopsAndSelfReferencesAreBroken() {
        ThreadTree<M> t = tree(new M("a", List.of("b"), "b", 1), new M("b", List.of("a"), "a", 2),
                new M("s", List.of("s", "a"), "s", 3));
        List<String> ids = new ArrayList<>();
        t.walk(n -> ids.add(n.id()));
        assertEquals(3, ids.size(), "every message once: " + ids);
        assertFalse(t.root().isGhost());
    }

    @Test
    void inReplyToWinsOverTheReferencesTail() {
        // a client that put References in the wrong order: In-Reply-To names the real parent
        ThreadTree<M> t = tree(new M("r", List.of(), "", 0), new M("x", List.of("r"), "r", 1),
                new M("y", List.of("x", "r"), "x", 2));
        assertEquals("r,-x,--y", shape(t));
    }

    @Test
    void duplicateIdsHangSideBySide() {
        ThreadTree<M> t = tree(new M("r", List.of(), "", 0), new M("d", List.of("r"), "r", 1), new M("d", List.of("r"), "r", 2));
        assertEquals("r,-d,-d", shape(t));
        assertEquals(3, t.size());
    }

    @Test
    void unrelatedRootsGetASyntheticGhostRoot() {
        ThreadTree<M> t = tree(new M("a", List.of(), "", 1), new M("b", List.of(), "", 0));
        assertEquals("(),-b,-a", shape(t));
    }
}
