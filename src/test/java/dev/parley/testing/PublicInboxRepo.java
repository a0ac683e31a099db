package dev.parley.testing;

import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes a public-inbox v2 epoch the way public-inbox does: a bare git repository with one commit per message whose
 * tree holds just that message as {@code m}, and removals as commits whose tree holds the removed message as
 * {@code d}. For tests, with fictional mail.
 */
public final class PublicInboxRepo implements AutoCloseable {

    private final Repository repo;
    private Instant clock;

    private PublicInboxRepo(Repository repo, Instant start) {
        this.repo = repo;
        this.clock = start;
    }

    /** A new bare epoch at {@code gitDir}, its commits dated from {@code start} on, a minute apart. */
    public static PublicInboxRepo create(Path gitDir, Instant start) {
        try {
            Repository r = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build();
            r.create(true);
            return new PublicInboxRepo(r, start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PublicInboxRepo create(Path gitDir) {
        return create(gitDir, Instant.parse("2018-06-04T08:00:00Z"));
    }

    /** Opens an existing epoch to add to it (as a fetch would). */
    public static PublicInboxRepo open(Path gitDir, Instant next) {
        try {
            return new PublicInboxRepo(new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build(), next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the message as {@code m}; returns the commit id. */
    public String add(Mail message) {
        return commit("m", message.bytes(), "message");
    }

    /** Commits the removal of a message public-inbox's way: its bytes as {@code d}, no {@code m}. */
    public String remove(Mail message) {
        return commit("d", message.bytes(), "removal");
    }

    /** A removal commit with an empty tree: the removed message is then only the parent's {@code m}. */
    public String removeWithoutD() {
        try (ObjectInserter ins = repo.newObjectInserter()) {
            ObjectId tree = ins.insert(new TreeFormatter());
            return commitTree(ins, tree, "removal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String commit(String path, byte[] bytes, String subject) {
        try (ObjectInserter ins = repo.newObjectInserter()) {
            ObjectId blob = ins.insert(Constants.OBJ_BLOB, bytes);
            TreeFormatter tree = new TreeFormatter();
            tree.append(path, FileMode.REGULAR_FILE, blob);
            return commitTree(ins, ins.insert(tree), subject);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String commitTree(ObjectInserter ins, ObjectId tree, String subject) throws IOException {
        PersonIdent who = new PersonIdent("Archiver", "archiver@lists.example.org", clock, java.time.ZoneOffset.UTC);
        clock = clock.plusSeconds(60);
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(tree);
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head != null) c.setParentId(head);
        c.setAuthor(who);
        c.setCommitter(who);
        c.setMessage(subject + "\n");
        ObjectId id = ins.insert(c);
        ins.flush();
        RefUpdate ru = repo.updateRef(Constants.HEAD);
        ru.setNewObjectId(id);
        ru.setForceUpdate(true);
        RefUpdate.Result result = ru.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED) {
            throw new IOException("cannot move HEAD: " + result);
        }
        return id.name();
    }

    @Override
    public void close() {
        repo.close();
    }
}
