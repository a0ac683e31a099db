package dev.parley.source;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThreadFetchTest {

    static final URI LORE = ThreadFetch.DEFAULT_BASE;

    @Test
    void messageIdsAreEscapedAsPublicInboxDoes() {
        assertEquals("20200827123627.538189-1-gregkh@linuxfoundation.org",
                ThreadFetch.escape("20200827123627.538189-1-gregkh@linuxfoundation.org"));
        assertEquals("a%2Fb+c=d@x", ThreadFetch.escape("a/b+c=d@x"));
        assertEquals("50%25%20off%3F%23@x", ThreadFetch.escape("50% off?#@x"));
        assertEquals("caf%C3%A9@x", ThreadFetch.escape("café@x"));
    }

    @Test
    void theThreadMboxLivesUnderTheBase() {
        ThreadFetch.Target t = ThreadFetch.target("<CAHk-=wh@mail.gmail.com>", LORE);
        assertEquals("CAHk-=wh@mail.gmail.com", t.messageId());
        assertEquals(URI.create("https://lore.kernel.org/all/CAHk-=wh@mail.gmail.com/t.mbox.gz"), t.mboxUri());
        assertEquals(URI.create("https://example.org/lists/x/y/t.mbox.gz"),
                ThreadFetch.target("mid:y", URI.create("https://example.org/lists/x")).mboxUri(), "a slash is added");
    }

    @Test
    void aMessageUrlGivesItsInboxAndId() {
        ThreadFetch.Target t = ThreadFetch.target("https://lore.kernel.org/ksummit/a%2Fb+c@x.org/T/#u", LORE);
        assertEquals(URI.create("https://lore.kernel.org/ksummit/"), t.base());
        assertEquals("a/b+c@x.org", t.messageId());
        assertEquals(URI.create("https://lore.kernel.org/ksummit/a%2Fb+c@x.org/t.mbox.gz"), t.mboxUri());
        assertThrows(IllegalArgumentException.class, () -> ThreadFetch.target("https://lore.kernel.org/ksummit/", LORE));
        assertThrows(IllegalArgumentException.class, () -> ThreadFetch.target("<>", LORE));
        assertThrows(IllegalArgumentException.class, () -> ThreadFetch.target("two words@x", LORE));
    }

    @Test
    void savedFileNamesAreSafe() {
        assertEquals("20200827123627.538189-1-gregkh@linuxfoundation.org.mbx",
                ThreadFetch.fileName("20200827123627.538189-1-gregkh@linuxfoundation.org"));
        assertEquals("a_b@x.mbx", ThreadFetch.fileName("a/b@x"));
        assertEquals("_hidden@x.mbx", ThreadFetch.fileName(".hidden@x"));
    }
}
