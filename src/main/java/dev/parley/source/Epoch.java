package dev.parley.source;

import dev.parley.mail.MailDate;
import dev.parley.mail.MailSource;
import dev.parley.mail.RawMessage;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One public-inbox v2 epoch: a git repository with one commit per message, each commit's tree holding that
 * message as the file {@code m}. A removal is a commit without {@code m}: the removed message is its file
 * {@code d} (public-inbox writes it there) or else its parent's {@code m}. Commits are read oldest first; only the
 * list of commits is held, never more than one message's bytes.
 */
final class Epoch {

    /** A message larger than this is reported and skipped rather than loaded. */
    static final int MAX_MESSAGE_BYTES = 256 << 20;

    static {
        // JGit's defaults (10 MB of pack windows, 10 MB of delta bases) are sized for IDEs; an archive is read
        // front to back through long delta chains, which a bigger cache serves far better
        WindowCacheConfig cache = new WindowCacheConfig();
        cache.setPackedGitLimit(256L << 20);
        cache.setDeltaBaseCacheLimit(64 << 20);
        cache.install();
    }

    private final Path gitDir;
    private final String name;

    Epoch(Path gitDir) {
        this.gitDir = gitDir;
        this.name = gitDir.toString();
    }

    /** Whether {@code dir} is a git repository's own directory (a bare repository or a {@code .git}). */
    static boolean isRepository(Path dir) {
        return Files.isDirectory(dir) && RepositoryCache.FileKey.isGitRepository(dir.toFile(), FS.DETECTED);
    }

    /** Whether the repository's HEAD holds a public-inbox message file ({@code m}, or {@code d} after a removal). */
    static boolean holdsMessages(Path gitDir) throws IOException {
        try (Repository repo = open(gitDir); RevWalk walk = new RevWalk(repo)) {
            ObjectId head = repo.resolve(Constants.HEAD);
            return head != null && headHoldsMessages(walk, head);
        }
    }

    private static boolean headHoldsMessages(RevWalk walk, ObjectId head) throws IOException {
        RevTree tree = walk.parseCommit(head).getTree();
        return blob(walk.getObjectReader(), tree, "m") != null || blob(walk.getObjectReader(), tree, "d") != null;
    }

    private static Repository open(Path gitDir) throws IOException {
        return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
    }

    /** The key its position is saved under: the repository's real path. */
    String key() {
        try {
            return "public-inbox:" + gitDir.toRealPath();
        } catch (IOException e) {
            return "public-inbox:" + gitDir.toAbsolutePath().normalize();
        }
    }

    String name() {
        return name;
    }

    /** Bytes of its object store, for progress. */
    long diskSize() {
        try (Stream<Path> s = Files.walk(gitDir.resolve("objects"))) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Hands every message committed after {@code after} (all when null) to the sink, oldest first. Before handing
     * over a commit's message (or removal) it reports the commit to {@code reached}.
     *
     * @param size this epoch's share of its source's size: progress goes from {@code progressBase} to
     *             {@code progressBase + size} as its commits are read
     */
    void read(MailSource.Sink sink, String after, Consumer<String> reached, long size, long progressBase)
            throws IOException, InterruptedException {
        try (Repository repo = open(gitDir); ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) return; // a new epoch without commits yet
            if (after == null && !headHoldsMessages(walk, head)) {
                sink.problem(name, "a git repository, but not a public-inbox v2 epoch: its HEAD has no file 'm' "
                        + "(v1 archives need public-inbox-convert first)");
                return;
            }
            List<RevCommit> commits = commitsAfter(walk, head, after, sink);
            for (int i = 0; i < commits.size(); i++) {
                RevCommit c = commits.get(i);
                String where = name + " at commit " + c.name();
                ObjectId m = blob(reader, c.getTree(), "m");
                if (m != null) {
                    byte[] bytes = load(reader, m, where, sink);
                    reached.accept(c.name());
                    if (bytes != null) {
                        MailDate arrival = new MailDate(Instant.ofEpochSecond(c.getCommitTime()), 0);
                        sink.message(new RawMessage(bytes, where, -1, arrival));
                    }
                } else {
                    ObjectId gone = removedBlob(walk, c);
                    byte[] bytes = gone == null ? null : load(reader, gone, where, sink);
                    reached.accept(c.name());
                    if (bytes != null) sink.removed(new RawMessage(bytes, where, -1, null));
                }
                if ((i & 63) == 63 || i == commits.size() - 1) {
                    sink.progress(progressBase + Math.round(size * ((i + 1) / (double) commits.size())));
                }
            }
        }
    }

    /** Commits after {@code after} up to HEAD, oldest first; all of them when {@code after} is null or gone. */
    private List<RevCommit> commitsAfter(RevWalk walk, ObjectId head, String after, MailSource.Sink sink) throws IOException {
        walk.setRetainBody(false); // headers (tree, parents, time) are all we need; keeps the commit list small
        walk.sort(RevSort.TOPO, true);
        walk.sort(RevSort.REVERSE, true);
        walk.markStart(walk.parseCommit(head));
        if (after != null) {
            try {
                // after a purge rewrote history the old position is no ancestor: the walk then yields what HEAD
                // has beyond the common part, and the importer recognises re-read messages by content
                walk.markUninteresting(walk.parseCommit(ObjectId.fromString(after)));
            } catch (MissingObjectException | IncorrectObjectTypeException | IllegalArgumentException e) {
                sink.problem(name, "the commit reached by the last import (" + after + ") is no longer in the "
                        + "repository: reading it all again; messages already imported are recognised");
            }
        }
        List<RevCommit> out = new ArrayList<>();
        for (RevCommit c : walk) out.add(c);
        return out;
    }

    /** What a commit without {@code m} removed: its {@code d}, else its parent's {@code m}; null for neither. */
    private static ObjectId removedBlob(RevWalk walk, RevCommit c) throws IOException {
        ObjectId d = blob(walk.getObjectReader(), c.getTree(), "d");
        if (d != null || c.getParentCount() == 0) return d;
        RevCommit parent = c.getParent(0);
        walk.parseHeaders(parent);
        return blob(walk.getObjectReader(), parent.getTree(), "m");
    }

    private static ObjectId blob(ObjectReader reader, RevTree tree, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, tree)) {
            return tw == null ? null : tw.getObjectId(0);
        }
    }

    private static byte[] load(ObjectReader reader, ObjectId blob, String where, MailSource.Sink sink) throws IOException {
        try {
            return reader.open(blob, Constants.OBJ_BLOB).getBytes(MAX_MESSAGE_BYTES);
        } catch (LargeObjectException e) {
            sink.problem(where, "message larger than " + (MAX_MESSAGE_BYTES >> 20) + " MB: skipped");
            return null;
        } catch (MissingObjectException e) {
            sink.problem(where, "the message's blob " + blob.name() + " is missing from the repository: skipped");
            return null;
        }
    }
}
