package dev.parley.web;

import dev.parley.model.StoredMessage;
import dev.parley.render.TextStyle;
import dev.parley.render.ThreadView;
import dev.parley.testing.SmallStack;
import dev.parley.thread.ThreadTree;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reply chain thousands of messages deep (each message answering the one before, as a hostile or a very long thread
 * does) is drawn by the web's and the command's thread views without recursion: run on a small stack, where a walk
 * that recursed once per level overflowed.
 */
class DeepThreadTest {

    static final int DEPTH = 5_000;

    /** Message i answers message i - 1, a second apart. */
    static List<StoredMessage> chain(int depth) {
        List<StoredMessage> out = new ArrayList<>();
        Instant start = Instant.parse("2018-06-04T10:00:00Z");
        for (int i = 0; i < depth; i++) {
            String parent = i == 0 ? "" : "deep" + (i - 1) + "@example.org";
            out.add(new StoredMessage("uid" + i, "deep" + i + "@example.org", false, "t-deep", i == 0 ? "deep chain" : "Re: deep chain",
                    "P" + i, "p" + i + "@example.org", start.plusSeconds(i), 0, "header", parent,
                    i == 0 ? List.of() : List.of("deep0@example.org", parent), List.of("deep.example.org"), "neutral", 0,
                    List.of(), List.of(), "test", null, false, List.of()));
        }
        return out;
    }

    @Test
    void theThreadPagesTreeOfADeepChainIsOneLinePerMessage() {
        List<StoredMessage> messages = chain(DEPTH);
        Element ol = SmallStack.run(() -> {
            Document doc = Document.createShell("");
            ThreadPage.tree(doc.body(), ThreadView.tree(messages), "all", "deep10@example.org");
            return doc.body().selectFirst("ol.tree");
        });
        assertEquals(DEPTH, ol.children().size());
        assertEquals("d-0", ol.child(0).className());
        assertEquals("d-" + ThreadPage.MAX_DEPTH, ol.child(DEPTH - 1).className(), "deeper replies stop at the last depth class");
        assertTrue(ol.child(10).hasClass("current"));
        assertEquals("/all/deep4999@example.org/", ol.child(DEPTH - 1).selectFirst("a").attr("href"));
        assertEquals("deep chain", ol.child(0).selectFirst(".subject").text());
        assertNull(ol.child(1).selectFirst(".subject"), "a reply's subject is shown only when it changes");
    }

    @Test
    void theCommandsTextAndJsonOfADeepChainAreWhole() {
        List<StoredMessage> messages = chain(DEPTH);
        ThreadTree<StoredMessage> tree = SmallStack.run(() -> ThreadView.tree(messages));
        String text = SmallStack.run(() -> ThreadView.text("t-deep", tree, "deep1@example.org", TextStyle.PLAIN));
        List<String> lines = text.lines().toList();
        assertEquals(3 + DEPTH, lines.size(), "a heading, a count, a blank line and a line per message");
        assertTrue(lines.get(4).startsWith("* "), "the asked-for message is marked: " + lines.get(4));
        var json = SmallStack.run(() -> ThreadView.json("t-deep", tree));
        Object node = json.get("root");
        int depth = 0;
        while (node instanceof java.util.Map<?, ?> m && !((List<?>) m.get("children")).isEmpty()) {
            assertEquals("deep" + depth + "@example.org", m.get("message_id"));
            node = ((List<?>) m.get("children")).get(0);
            depth++;
        }
        assertEquals(DEPTH - 1, depth);
    }
}
