package dev.parley.cli;

import dev.parley.archive.Archive;
import dev.parley.lucene.LocalArchive;
import dev.parley.lucene.IndexSnapshot;
import dev.parley.opensearch.OpenSearchArchive;
import dev.parley.opensearch.ClusterSettings;
import dev.parley.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the archive read-only over HTTP: pages for people (search, threads, debates, quotes, "
                + "digests) and lore's URLs and formats, so that b4 and lei can use it as they use lore.kernel.org.",
                "Listens on 127.0.0.1 unless --listen says otherwise; stop it with Ctrl-C."},
        footer = {"%nExamples:%n  parley serve --listen 127.0.0.1:8080%n"
                + "  b4 mbox http://127.0.0.1:8080/all/20180604081233.21877-1-grant@kernel.example/%n"
                + "  lei q --only http://127.0.0.1:8080/all/ 's:wavefs'", ExitCode.HELP})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    MailmapOption mailmap;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8080",
            description = "Address and port to listen on (default: ${DEFAULT-VALUE}; port 0 takes a free one).")
    String listen;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address clients use, for absolute links (redirects, feeds, JSON, Markdown), e.g. "
                    + "https://lists.example.org behind a proxy; without it they use the Host header on loopback and "
                    + "the listen address elsewhere.")
    String baseUrl;

    @Override
    public Integer call() throws Exception {
        InetSocketAddress address = address(listen);
        try {
            if (baseUrl != null) WebServer.baseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--base-url: " + e.getMessage());
        }
        ClusterSettings cluster = archive.cluster();
        // a server stays: the embedded index's files are memory-mapped, as for any long reader
        Callable<Archive> opener = cluster == null
                ? () -> new LocalArchive(archive.indexDir(), IndexSnapshot.FileAccess.MAPPED)
                : () -> new OpenSearchArchive(cluster);
        if (cluster == null && !IndexSnapshot.exists(archive.indexDir())) {
            throw CliException.notFound("no index at " + archive.indexDir() + " (run parley import first)");
        }
        WebServer.Options options = WebServer.Options.of(address, opener, mailmap.load(archive.indexDir()))
                .withBaseUrl(baseUrl);
        WebServer server;
        try {
            server = WebServer.start(options);
        } catch (java.net.BindException e) {
            throw CliException.usage("cannot listen on " + listen + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (java.io.IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        Streams.out().println("Serving " + (cluster == null ? archive.indexDir() : cluster.url()) + " at " + server.url() + "/");
        if (baseUrl == null && !address.getAddress().isLoopbackAddress()) {
            Streams.err().println("parley serve: its absolute links (redirects, feeds) use " + server.url()
                    + "; give --base-url if clients reach it by another address");
        }
        Streams.out().flush();
        stopped.await();
        return ExitCode.OK;
    }

    /** HOST:PORT, [IPv6]:PORT or a bare PORT (on 127.0.0.1). */
    static InetSocketAddress address(String s) {
        String host = "127.0.0.1", port = s.strip();
        int colon = port.lastIndexOf(':');
        if (colon >= 0) {
            host = port.substring(0, colon);
            port = port.substring(colon + 1);
            if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        }
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw CliException.usage("--listen wants HOST:PORT, not '" + s + "'");
        }
        if (p < 0 || p > 65535) throw CliException.usage("--listen: port " + p + " is outside 0..65535");
        try {
            return new InetSocketAddress(InetAddress.getByName(host), p);
        } catch (UnknownHostException e) {
            throw CliException.usage("--listen: unknown host '" + host + "'");
        }
    }
}
