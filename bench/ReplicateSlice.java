import dev.parley.analysis.tone.ToneEnrichment;
import dev.parley.ingest.ImportOptions;
import dev.parley.lucene.LocalArchive;
import dev.parley.mail.MailSource;
import dev.parley.mail.MailSources;
import dev.parley.mail.RawMessage;
import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark data, not product code: builds a large index by importing an mbox N times through the normal importer,
 * copy k > 0 with every Message-ID in Message-ID/In-Reply-To/References rewritten to {@code <rK.id>}, so threads
 * replicate instead of merging and no copy is a duplicate.
 *
 * <p>Usage: java -cp 'target/parley.jar:target/lib/*' bench/ReplicateSlice.java MBOX COPIES INDEX_DIR
 */
public class ReplicateSlice {

    private static final Pattern ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern ID_HEADER = Pattern.compile("(?i)^(message-id|in-reply-to|references)\\s*:");

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ReplicateSlice MBOX COPIES INDEX_DIR");
            System.exit(2);
        }
        MailSource slice = MailSources.resolve(List.of(Path.of(args[0]))).get(0);
        int copies = Integer.parseInt(args[1]);
        Path index = Path.of(args[2]);
        MailSource replicated = new MailSource() {
            @Override
            public String name() {
                return slice.name() + " x" + copies;
            }

            @Override
            public long size() {
                return slice.size() * copies;
            }

            @Override
            public void read(Sink sink) throws IOException, InterruptedException {
                for (int k = 0; k < copies; k++) {
                    final int copy = k;
                    final long done = slice.size() * k;
                    System.err.printf(Locale.ROOT, "copy %d of %d%n", k + 1, copies);
                    slice.read(new Sink() {
                        @Override
                        public void message(RawMessage m) throws InterruptedException {
                            sink.message(copy == 0 ? m : new RawMessage(rewrite(m.bytes(), "r" + copy + "."),
                                    m.source() + " copy " + copy, m.offset(), m.envelopeDate()));
                        }

                        @Override
                        public void problem(String location, String reason) {
                            sink.problem(location, reason);
                        }

                        @Override
                        public void progress(long sourceBytes) {
                            sink.progress(done + sourceBytes);
                        }
                    });
                }
            }
        };
        long start = System.nanoTime();
        try (LocalArchive archive = new LocalArchive(index)) {
            ImportSummary s = archive.importMail(List.of(replicated), ImportOptions.defaults().withEnrichment(new ToneEnrichment()), ImportListener.SILENT);
            System.out.printf(Locale.ROOT, "imported %,d of %,d messages (%,d duplicates, %,d errors) in %.0f s%n",
                    s.imported(), s.messagesRead(), s.duplicates(), s.errors(), (System.nanoTime() - start) / 1e9);
        }
    }

    /** The message with the ids in its id headers (and their continuation lines) prefixed. */
    static byte[] rewrite(byte[] raw, String prefix) {
        int headerEnd = headerEnd(raw);
        String head = new String(raw, 0, headerEnd, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(head.length() + 64);
        boolean inIdHeader = false;
        for (String line : head.split("(?<=\n)")) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (!continuation) inIdHeader = ID_HEADER.matcher(line).find();
            if (inIdHeader) {
                Matcher m = ID.matcher(line);
                out.append(m.replaceAll(r -> Matcher.quoteReplacement("<" + prefix + r.group(1) + ">")));
            } else {
                out.append(line);
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(raw.length + 64);
        b.writeBytes(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        b.write(raw, headerEnd, raw.length - headerEnd);
        return b.toByteArray();
    }

    private static int headerEnd(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\n' && (b[i + 1] == '\n' || (b[i + 1] == '\r' && i + 2 < b.length && b[i + 2] == '\n'))) return i + 1;
        }
        return b.length;
    }
}
