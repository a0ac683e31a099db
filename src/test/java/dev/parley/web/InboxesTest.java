package dev.parley.web;

import dev.parley.model.Prefix;
import dev.parley.query.QueryNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxesTest {

    @Test
    void aListIsNamedByTheFirstLabelOfItsListIdUnlessTwoShareIt() {
        Inboxes in = Inboxes.of(Map.of("linux-xfs.vger.kernel.org", 10L, "netdev.vger.kernel.org", 5L,
                "devel.driverdev.example.org", 3L, "devel.lists.example.org", 2L, "all.lists.example.org", 1L,
                "bad name.example.org", 1L));
        assertEquals("linux-xfs.vger.kernel.org", in.listId("linux-xfs"));
        assertEquals("devel.driverdev.example.org", in.listId("devel.driverdev.example.org"), "two lists start with devel");
        assertEquals("devel.lists.example.org", in.listId("devel.lists.example.org"));
        assertEquals("all.lists.example.org", in.listId("all.lists.example.org"), "'all' is every list");
        assertFalse(in.exists("bad name.example.org"), "not a name public-inbox accepts");
        assertTrue(in.exists(Inboxes.ALL) && !in.exists("r") && !in.exists("_"));
        assertEquals("netdev", in.home(List.of("nosuch.example.org", "netdev.vger.kernel.org")));
        assertEquals(Inboxes.ALL, in.home(List.of()));
    }

    @Test
    void aListsSearchIsNarrowedToItsListId() {
        Inboxes in = Inboxes.of(Map.of("netdev.vger.kernel.org", 5L));
        QueryNode q = new QueryNode.Term(Prefix.SUBJECT, "wavefs", false);
        assertEquals(q, in.scope(Inboxes.ALL, q));
        assertEquals(new QueryNode.And(List.of(q, new QueryNode.Term(Prefix.LIST_ID, "netdev.vger.kernel.org", false))),
                in.scope("netdev", q));
    }

    @Test
    void pathSegmentsDecodeAsB4EncodesThem() {
        assertEquals("a/b+c%d@evil.example", Request.decodeSegment("a%2Fb%2Bc%25d%40evil.example"));
        assertEquals("a+b@x", Request.decodeSegment("a+b@x"), "'+' in a path is '+'");
        assertEquals("a+b@x", Request.decodeSegment("a+b%40x"));
    }
}
