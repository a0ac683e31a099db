package dev.parley.thread;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import org.apache.lucene.util.StringHelper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns thread ids during an import. Every Message-ID seen (own, In-Reply-To, References) maps to a thread; a
 * message that links ids of several threads merges them into the largest one, and the caller rewrites the
 * documents of the threads that were merged away ({@link #takeMerges()}).
 *
 * <p>Memory: ids are held as 64-bit hashes (12 bytes per id in the table), so an import of millions of messages
 * stays small. Ids already in the index before this import are resolved through {@link ExistingThreads}.
 * Not thread-safe: the importer calls it from one place under a lock.
 */
public final class ThreadLinker {

    /** What the index knew before this import started. */
    public interface ExistingThreads {
        /** The thread of a document whose own or referenced ids include this one, or null. */
        String threadOf(String messageId);

        /** How many messages the index holds in that thread. */
        int size(String threadId);
    }

    private final ExistingThreads existing;
    private final LongIntHashMap idToThread = new LongIntHashMap();
    private final List<String> threadIds = new ArrayList<>();
    private final IntArrayList parent = new IntArrayList(); // union-find over thread numbers
    private final IntArrayList sizes = new IntArrayList();
    private final Map<String, Integer> numbers = new java.util.HashMap<>(); // thread id -> thread number
    private final Map<String, String> pendingMerges = new LinkedHashMap<>(); // loser -> survivor (at merge time)

    public ThreadLinker(ExistingThreads existing) {
        this.existing = existing;
    }

    /** The thread of a new message with the given links (its own id first); counts the message in it. */
    public String assign(List<String> links) {
        int found = -1;
        for (String id : links) {
            int t = lookup(id);
            if (t < 0) continue;
            if (found < 0) found = t;
            else if (t != found) found = union(found, t);
        }
        if (found < 0) found = newThread(deriveThreadId(links), 0);
        for (String id : links) idToThread.put(hash(id), found);
        sizes.set(found, sizes.get(found) + 1);
        return threadIds.get(found);
    }

    /** The current thread id of an id seen in this import or in the index, or null. */
    public String threadOf(String messageId) {
        int t = lookup(messageId);
        return t < 0 ? null : threadIds.get(t);
    }

    /**
     * Threads merged away since the last call, each mapped to the thread that now holds it. Chains are resolved, so
     * every value is a live thread id.
     */
    public Map<String, String> takeMerges() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String loser : pendingMerges.keySet()) {
            Integer n = numberOf(loser);
            out.put(loser, threadIds.get(find(n)));
        }
        pendingMerges.clear();
        return out;
    }

    /** Number of distinct threads this import has touched (created, joined or merged into). */
    public int threadsTouched() {
        int live = 0;
        for (int i = 0; i < parent.size(); i++) if (parent.get(i) == i && sizes.get(i) > existingSizeOf(i)) live++;
        return live;
    }

    private final IntArrayList existingSize = new IntArrayList();

    private int existingSizeOf(int n) {
        return existingSize.get(n);
    }

    private Integer numberOf(String threadId) {
        Integer n = numbers.get(threadId);
        if (n == null) throw new IllegalStateException("unknown thread " + threadId);
        return n;
    }

    private int lookup(String id) {
        long h = hash(id);
        int idx = idToThread.indexOf(h);
        if (idToThread.indexExists(idx)) return find(idToThread.indexGet(idx));
        String t = existing.threadOf(id);
        if (t == null) return -1;
        Integer n = numbers.get(t);
        if (n == null) n = newThread(t, existing.size(t));
        int root = find(n);
        idToThread.put(h, root);
        return root;
    }

    private int newThread(String threadId, int initialSize) {
        Integer known = numbers.get(threadId);
        if (known != null) return find(known); // a new thread whose derived id is already taken joins it
        int n = threadIds.size();
        numbers.put(threadId, n);
        threadIds.add(threadId);
        parent.add(n);
        sizes.add(initialSize);
        existingSize.add(initialSize);
        return n;
    }

    private int find(int n) {
        while (parent.get(n) != n) {
            int p = parent.get(n);
            parent.set(n, parent.get(p));
            n = p;
        }
        return n;
    }

    /** Merges two threads; the larger survives (fewer documents to rewrite), ties go to the smaller id. */
    private int union(int a, int b) {
        a = find(a);
        b = find(b);
        if (a == b) return a;
        int sa = sizes.get(a), sb = sizes.get(b);
        boolean aWins = sa > sb || (sa == sb && threadIds.get(a).compareTo(threadIds.get(b)) < 0);
        int winner = aWins ? a : b, loser = aWins ? b : a;
        parent.set(loser, winner);
        sizes.set(winner, sa + sb);
        existingSize.set(winner, existingSize.get(winner) + existingSize.get(loser));
        pendingMerges.put(threadIds.get(loser), threadIds.get(winner));
        return winner;
    }

    /** A stable id for a new thread: derived from the id its messages hang from (first reference, else own). */
    public static String deriveThreadId(List<String> links) {
        String root = links.size() > 1 ? links.get(1) : links.get(0);
        return sha1Hex(root).substring(0, 16);
    }

    /** 64 bits of MurmurHash3: collisions among even billions of ids are unlikely enough to ignore. */
    static long hash(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        return StringHelper.murmurhash3_x64_128(b, 0, b.length, 0x5eed)[0];
    }

    private static byte[] sha1(String s) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha1Hex(String s) {
        return HexFormat.of().formatHex(sha1(s));
    }
}
