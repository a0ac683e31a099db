package dev.parley.thread;

import dev.parley.testing.SmallStack;
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

    @Test
    void aReplyChainThousandsDeepIsBuiltAndWalkedWithoutRecursion() {
        int depth = 5_000;
        List<M> chain = new ArrayList<>();
        chain.add(new M("m0", List.of("gone"), "gone", 0)); // answers a message not in the archive: a ghost on top
        for (int i = 1; i < depth; i++) chain.add(new M("m" + i, List.of("m0", "m" + (i - 1)), "m" + (i - 1), i));
        chain.add(new M("side", List.of("m0", "ghost-a", "ghost-b"), "ghost-b", depth)); // a chain of ghosts under m0
        ThreadTree<M> t = SmallStack.run(() -> ThreadTree.build(chain, M::id, M::refs, M::irt, Comparator.comparingInt(M::order)));
        List<String> walked = SmallStack.run(() -> {
            List<String> ids = new ArrayList<>();
            t.walk(n -> ids.add(n.id()));
            return ids;
        });
        assertEquals("gone", t.root().id());
        assertEquals(depth + 4, walked.size(), "every message and ghost once");
        ThreadTree.Node<M> n = t.root().children().get(0);
        for (int i = 0; i < depth - 1; i++) {
            assertEquals("m" + i, n.id());
            n = n.children().stream().filter(c -> c.id().startsWith("m")).findFirst().orElseThrow();
        }
        assertEquals("m" + (depth - 1), n.id());
        assertEquals(List.of("m1", "ghost-a"), t.root().children().get(0).children().stream().map(ThreadTree.Node::id).toList(),
                "m0's replies in date order, the ghost chain sorted by its one message");
    }
}
