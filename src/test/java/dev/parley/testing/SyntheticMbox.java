package dev.parley.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, realistic-looking list archive for tests that need volume: threads of patches and replies with
 * quoting, trailers and signatures, fictional people, in arrival order with some replies before their parents.
 */
public final class SyntheticMbox {

    private static final String[] PEOPLE = {"Alice Example <alice@example.org>", "Bob Reviewer <bob@example.net>",
            "Carol Tester <carol@example.com>", "Dmitri Kernel <dmitri@kernel.example>", "Erin Maint <erin@lists.example.org>"};
    private static final String[] WORDS = ("the driver leaks a reference when probe fails so the device cannot be "
            + "unbound and the allocator returns memory that was never zeroed which breaks suspend on some boards "
            + "this patch moves the lock out of the fast path and adds a comment explaining why").split(" ");

    private SyntheticMbox() {
    }

    /** Writes {@code threads} threads of about {@code perThread} messages; returns the number of messages written. */
    public static int write(Path file, int threads, int perThread, long seed) throws IOException {
        Random r = new Random(seed);
        int count = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int t = 0; t < threads; t++) {
                List<String> ids = new ArrayList<>();
                List<String> pending = new ArrayList<>();
                String root = "t" + t + ".0." + seed + "@synthetic.example.org";
                for (int i = 0; i < perThread; i++) {
                    String id = i == 0 ? root : "t" + t + "." + i + "." + seed + "@synthetic.example.org";
                    List<String> refs = new ArrayList<>();
                    if (i > 0) {
                        String parent = ids.get(r.nextInt(ids.size()));
                        refs.add(root);
                        if (!parent.equals(root)) refs.add(parent);
                    }
                    String from = PEOPLE[r.nextInt(PEOPLE.length)];
                    StringBuilder m = new StringBuilder();
                    m.append("From: ").append(from).append('\n');
                    m.append("To: devel@lists.example.org\n");
                    m.append("Subject: ").append(i == 0 ? "" : "Re: ").append("[PATCH] synthetic topic ").append(t).append('\n');
                    m.append(String.format("Date: Mon, %d Jun 2018 %02d:%02d:00 +0200%n", 1 + t % 28, i % 24, r.nextInt(60)));
                    m.append("Message-ID: <").append(id).append(">\n");
                    if (!refs.isEmpty()) {
                        m.append("In-Reply-To: <").append(refs.get(refs.size() - 1)).append(">\n");
                        m.append("References:");
                        for (String ref : refs) m.append(" <").append(ref).append('>');
                        m.append('\n');
                    }
                    m.append("List-Id: <devel.lists.example.org>\n\n");
                    if (i > 0) m.append("On Mon, Jun 4, 2018, someone wrote:\n> ").append(sentence(r)).append("\n\n");
                    int paragraphs = 1 + r.nextInt(3);
                    for (int p = 0; p < paragraphs; p++) m.append(sentence(r)).append(' ').append(sentence(r)).append("\n\n");
                    if (r.nextInt(4) == 0) m.append("From what I can tell this is fine.\n\n");
                    m.append(i == 0 ? "Signed-off-by: " : "Reviewed-by: ").append(from).append('\n');
                    String entry = "From x@example.org Mon Jun  4 10:00:00 2018\n" + escape(m.toString()) + "\n";
                    ids.add(id);
                    // now and then a reply is held back and arrives after a later message
                    if (i > 1 && r.nextInt(10) == 0) pending.add(entry);
                    else w.write(entry);
                    count++;
                }
                for (String p : pending) w.write(p);
            }
        }
        return count;
    }

    private static String sentence(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 6 + r.nextInt(10);
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1) + ".";
    }

    private static String escape(String msg) {
        StringBuilder sb = new StringBuilder();
        for (String line : msg.split("\n", -1)) {
            if (line.matches("^>*From .*")) sb.append('>');
            sb.append(line).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
