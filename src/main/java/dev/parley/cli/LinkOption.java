package dev.parley.cli;

import dev.parley.render.Permalinks;
import picocli.CommandLine.Option;

/** {@code --link-base URL}: where permalinks to messages point. */
final class LinkOption {

    @Option(names = "--link-base", paramLabel = "URL", defaultValue = Permalinks.DEFAULT_BASE,
            description = "Base of message links; the Message-ID is appended (default: ${DEFAULT-VALUE}).")
    String linkBase;

    String base() {
        if (!linkBase.startsWith("http://") && !linkBase.startsWith("https://")) {
            throw CliException.usage("--link-base must be an http:// or https:// URL, not '" + linkBase + "'");
        }
        return linkBase;
    }
}
