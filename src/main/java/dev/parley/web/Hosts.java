package dev.parley.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which Host headers the server answers, and the scheme and authority of its absolute links (redirects, Atom, JSON,
 * Markdown). A server on a loopback address answers only to its own names, so that a web page elsewhere cannot reach
 * it through DNS rebinding, and may take its links from the (checked) Host header. A server beyond loopback answers
 * any Host but never echoes it into a link: its links use the base URL it was given, else its own listen address.
 *
 * @param allowed the Host headers accepted, lower case; empty for any
 * @param fixedBase the base of absolute links, or null to take it from the accepted Host header
 */
record Hosts(Set<String> allowed, String fixedBase) {

    Hosts {
        allowed = Set.copyOf(allowed);
    }

    /**
     * @param bound the address and port the server listens on
     * @param listenUrl {@code http://HOST:PORT} of that address as clients reach it
     * @param baseUrl the address clients use (behind a proxy: the proxy's), or null
     */
    static Hosts of(InetSocketAddress bound, String listenUrl, URI baseUrl) {
        String base = baseUrl == null ? null : baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
        InetAddress a = bound.getAddress();
        if (!a.isLoopbackAddress()) return new Hosts(Set.of(), base != null ? base : listenUrl);
        int port = bound.getPort();
        Set<String> names = new LinkedHashSet<>();
        String own = a.getHostAddress();
        for (String name : new String[]{"127.0.0.1", "localhost", "[::1]", own.contains(":") ? "[" + own + "]" : own}) {
            names.add(name + ":" + port);
            if (port == 80) names.add(name); // browsers leave the default port out
        }
        if (baseUrl != null) names.add(baseUrl.getRawAuthority().toLowerCase(Locale.ROOT));
        return new Hosts(names, base);
    }

    boolean allows(String host) {
        return host != null && (allowed.isEmpty() || allowed.contains(host.toLowerCase(Locale.ROOT)));
    }

    /** The scheme and authority of absolute links for a request that passed {@link #allows}. */
    String base(String host) {
        return fixedBase != null ? fixedBase : "http://" + host;
    }

    /**
     * Reads {@code --base-url}: {@code http://} or {@code https://}, a host, an optional port, nothing after.
     *
     * @throws IllegalArgumentException a sentence saying what is wrong
     */
    static URI baseUrl(String s) {
        URI u;
        try {
            u = new URI(s.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + s + "' is not a URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"))
                && u.getRawQuery() == null && u.getRawFragment() == null && u.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || !bare) {
            throw new IllegalArgumentException("'" + s + "' is not http(s)://HOST[:PORT] (the server's pages sit at the root)");
        }
        return URI.create(scheme + "://" + u.getRawAuthority());
    }
}
