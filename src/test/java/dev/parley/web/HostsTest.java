package dev.parley.web;

import dev.parley.identity.Mailmap;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.lucene.LocalArchive;
import dev.parley.testing.ServeFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which Host headers the server answers and what its absolute links start with, on loopback, beyond it, behind a proxy. */
class HostsTest {

    private static InetSocketAddress at(String ip, int port) throws IOException {
        return new InetSocketAddress(InetAddress.getByName(ip), port);
    }

    @Test
    void onLoopbackItAnswersItsOwnNamesAndTheAddressItIsBoundTo() throws IOException {
        Hosts h = Hosts.of(at("127.0.0.2", 8797), "http://127.0.0.2:8797", null);
        for (String ok : new String[]{"127.0.0.2:8797", "127.0.0.1:8797", "LOCALHOST:8797", "[::1]:8797"}) assertTrue(h.allows(ok), ok);
        for (String no : new String[]{"attacker.example:8797", "127.0.0.2", "127.0.0.2:80", "localhost"}) assertFalse(h.allows(no), no);
        assertFalse(h.allows(null));
        assertEquals("http://127.0.0.2:8797", h.base("127.0.0.2:8797"), "links as the client addressed the server");
        Hosts port80 = Hosts.of(at("127.0.0.1", 80), "http://127.0.0.1:80", null);
        assertTrue(port80.allows("localhost") && port80.allows("127.0.0.1") && port80.allows("127.0.0.1:80"),
                "browsers leave the default port out");
    }

    @Test
    void behindAProxyTheBaseUrlIsAllowedAndMakesEveryLink() throws IOException {
        Hosts h = Hosts.of(at("127.0.0.1", 8080), "http://127.0.0.1:8080", Hosts.baseUrl("https://lists.example.org/"));
        assertTrue(h.allows("lists.example.org"));
        assertFalse(h.allows("attacker.example"));
        assertEquals("https://lists.example.org", h.base("127.0.0.1:8080"));
    }

    @Test
    void beyondLoopbackAnyHostIsAnsweredButNeverEchoedIntoLinks() throws IOException {
        Hosts h = Hosts.of(at("192.0.2.10", 8080), "http://192.0.2.10:8080", null);
        assertTrue(h.allows("attacker.example"));
        assertEquals("http://192.0.2.10:8080", h.base("attacker.example"), "the listen address, not the Host header");
        Hosts proxied = Hosts.of(at("192.0.2.10", 8080), "http://192.0.2.10:8080", Hosts.baseUrl("https://lists.example.org:8443"));
        assertEquals("https://lists.example.org:8443", proxied.base("attacker.example"));
    }

    @Test
    void aBaseUrlIsASchemeAndAnAuthority() {
        assertEquals(URI.create("https://lists.example.org"), Hosts.baseUrl(" HTTPS://lists.example.org/ "));
        for (String bad : new String[]{"lists.example.org", "ftp://lists.example.org", "https://lists.example.org/parley/",
                "https://lists.example.org/?x=1", "https://user@lists.example.org", "https://", "ht tp://x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hosts.baseUrl(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void aServerOnAnotherLoopbackAddressAnswersItAndLinksToIt() throws IOException {
        ServeFixture f = ServeFixture.shared();
        WebServer.Options o = WebServer.Options.of(at("127.0.0.2", 0),
                () -> new LocalArchive(f.index, IndexSnapshot.FileAccess.MAPPED), Mailmap.EMPTY);
        try (WebServer server = WebServer.start(o)) {
            String host = "127.0.0.2:" + server.address().getPort();
            String answer = ServeFixture.raw(server.address(), "GET /r/" + ServeFixture.WAVEFS_ROOT + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 301"), answer);
            assertTrue(answer.contains("\r\nLocation: http://" + host + "/"), answer);
        }
        try (WebServer proxied = WebServer.start(o.withBaseUrl("https://lists.example.org"))) {
            String answer = ServeFixture.raw(proxied.address(), "GET /r/" + ServeFixture.WAVEFS_ROOT + " HTTP/1.1\r\nHost: lists.example.org\r\nConnection: close\r\n\r\n");
            assertTrue(answer.contains("\r\nLocation: https://lists.example.org/"), answer);
        }
    }
}
