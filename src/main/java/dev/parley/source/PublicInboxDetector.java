package dev.parley.source;

import dev.parley.mail.MailSource;
import dev.parley.mail.MailSources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises a public-inbox archive among the directories {@code parley import} is given: a v2 inbox (a directory
 * whose {@code git/} holds epochs {@code 0.git}, {@code 1.git} ...), a single epoch (a bare git repository, as
 * {@code git clone --mirror} makes), or a plain clone of an epoch (its {@code .git} beside a checked-out {@code m}).
 * An inbox's {@code git/} directory itself is taken as the inbox, so its epochs are read by number, not by name.
 * Found by {@link MailSources} as a service.
 */
public final class PublicInboxDetector implements MailSources.Detector {

    private static final Pattern EPOCH = Pattern.compile("(\\d+)\\.git");

    @Override
    public MailSource detect(Path dir) throws IOException {
        List<Path> epochs = epochs(dir.resolve("git"));
        if (epochs.isEmpty()) epochs = epochs(dir);
        if (!epochs.isEmpty()) return new PublicInboxSource(dir, epochs);
        if (Epoch.isRepository(dir)) return new PublicInboxSource(dir, List.of(dir));
        Path dotGit = dir.resolve(".git");
        if (Epoch.isRepository(dotGit) && Epoch.holdsMessages(dotGit)) return new PublicInboxSource(dir, List.of(dotGit));
        return null;
    }

    /** The epochs ({@code N.git} repositories) in {@code git}, in archive order: by number (0, 1, 2 ... 10). */
    static List<Path> epochs(Path git) throws IOException {
        if (!Files.isDirectory(git)) return List.of();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(git)) {
            s.filter(p -> EPOCH.matcher(p.getFileName().toString()).matches())
                    .filter(Epoch::isRepository)
                    .sorted(Comparator.comparingLong(PublicInboxDetector::epochNumber))
                    .forEach(out::add);
        }
        return out;
    }

    private static long epochNumber(Path p) {
        var m = EPOCH.matcher(p.getFileName().toString());
        if (!m.matches()) throw new IllegalArgumentException(p.toString());
        String digits = m.group(1);
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
