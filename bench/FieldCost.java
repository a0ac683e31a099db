package dev.parley.lucene;

import dev.parley.ingest.ImportOptions;
import dev.parley.mail.MailSource;
import dev.parley.mail.MailSources;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.model.Field;
import dev.parley.model.FieldValue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What each field of the index costs: the slice parsed once into memory, then indexed again and again by the
 * importer's own document builder ({@link MessageDocuments}) and writer settings ({@link Importer#writerConfig}),
 * once whole and once without each text field, without each field's positions or norms, without the stems, without
 * the raw bytes. Each variant's CPU-seconds (the whole process's, merges and GC included, while one thread adds the
 * documents) and index bytes, against the whole, are that field's cost. Parsing is left out: it is the same for all.
 *
 * <p>Compiled into the lucene package (bench/field-cost.sh does it) to reach the document builder.
 * Usage: FieldCost MBOX [ROUNDS] [VARIANT...]   (variants: all, -FIELD, nopos:FIELD, nonorms:FIELD, nopos:*, nonorms:*,
 * nostems, noraw, ram:MB)
 */
public class FieldCost {

    record Message(ParsedMessage parsed, String thread, List<FieldValue> enriched) {
    }

    public static void main(String[] args) throws Exception {
        Path mbox = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> variants = new ArrayList<>(args.length > 2 ? List.of(args).subList(2, args.length) : defaults());
        List<Message> messages = parse(mbox);
        System.out.printf(Locale.ROOT, "%,d messages parsed; %d rounds of each variant, medians%n", messages.size(), rounds);
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        index(messages, "all"); // warm-up: the JIT compiles the hot paths before anything is timed
        for (int r = 0; r < rounds; r++) {
            for (String v : variants) { // rounds interleave the variants, so a busy minute hurts all alike
                long[] result = index(messages, v);
                cpu.computeIfAbsent(v, k -> new double[rounds])[r] = result[0] / 1e9;
                bytes.put(v, result[1]);
            }
        }
        double allCpu = median(cpu.get("all"));
        long allBytes = bytes.get("all");
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %10s %9s%n", "variant", "CPU-s", "saves", "MB", "saves");
        for (String v : variants) {
            double c = median(cpu.get(v));
            System.out.printf(Locale.ROOT, "%-22s %9.2f %9.2f %10.1f %9.1f%n", v, c, allCpu - c, bytes.get(v) / 1048576.0,
                    (allBytes - bytes.get(v)) / 1048576.0);
        }
    }

    static List<String> defaults() {
        List<String> out = new ArrayList<>(List.of("all", "nostems", "noraw"));
        for (Field f : Field.values()) {
            if (f.type() != Field.Type.TEXT) continue;
            out.add("-" + f.id());
            if (f.has(Field.Flag.POSITIONS)) out.add("nopos:" + f.id());
            if (f.has(Field.Flag.NORMS)) out.add("nonorms:" + f.id());
        }
        return out;
    }

    /** Every message of the mbox parsed, with the tone an import gives it; threads are left out (one id for all). */
    static List<Message> parse(Path mbox) throws Exception {
        List<Message> out = new ArrayList<>();
        var enrichment = new dev.parley.analysis.tone.ToneEnrichment();
        for (MailSource s : MailSources.resolve(List.of(mbox))) {
            s.read(new MailSource.Sink() {
                @Override
                public void message(RawMessage m) {
                    try {
                        ParsedMessage p = MessageParser.parse(m);
                        out.add(new Message(p, "t" + (out.size() % 5000), enrichment.enrich(p)));
                    } catch (Exception e) {
                        // unreadable: the importer reports and skips it too
                    }
                }

                @Override
                public void problem(String location, String reason) {
                    // the same: reported by the importer, left out here
                }
            });
        }
        return out;
    }

    /** Indexes the messages as the variant says; returns the CPU nanoseconds it took and the index's bytes. */
    static long[] index(List<Message> messages, String variant) throws Exception {
        Path dir = Files.createTempDirectory("parley-fieldcost-");
        IndexWriterConfig cfg = Importer.writerConfig(ImportOptions.defaults());
        if (variant.equals("nostems")) cfg = withAnalyzer(cfg, withoutStems(cfg.getAnalyzer()));
        if (variant.startsWith("ram:")) cfg.setRAMBufferSizeMB(Integer.parseInt(variant.substring(4))); // indexing buffer, MB
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        long t0 = os.getProcessCpuTime();
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg)) {
            for (Message m : messages) w.addDocument(variant(MessageDocuments.build(m.parsed(), m.thread(), m.enriched()), variant));
            w.commit();
        }
        long cpu = os.getProcessCpuTime() - t0;
        long size;
        int segments;
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            size = all.stream().mapToLong(p -> p.toFile().length()).sum();
            segments = (int) all.stream().filter(p -> p.toString().endsWith(".si")).count();
        }
        if (variant.startsWith("ram:") || variant.equals("all")) System.out.printf(Locale.ROOT, "%s: %d segments%n", variant, segments);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
        return new long[]{cpu, size};
    }

    /** The document as the variant has it: a field left out, or indexed without positions or norms. */
    static Document variant(Document d, String variant) {
        if (variant.equals("noraw")) {
            d.removeFields(Field.RAW.id());
            return d;
        }
        int colon = variant.indexOf(':');
        if (variant.startsWith("-")) { // -FIELD or -FIELD,FIELD...
            for (String field : variant.substring(1).split(",")) d.removeFields(field);
        } else if (colon > 0 && variant.endsWith(":*")) { // every text field at once
            for (Field f : Field.values()) {
                if (f.type() == Field.Type.TEXT) d = variant(d, variant.substring(0, colon + 1) + f.id());
            }
        } else if (colon > 0) {
            String kind = variant.substring(0, colon), field = variant.substring(colon + 1);
            List<IndexableField> fields = new ArrayList<>();
            for (IndexableField f : d.getFields(field)) fields.add(f);
            d.removeFields(field);
            for (IndexableField f : fields) {
                FieldType t = new FieldType(f.fieldType());
                if (kind.equals("nopos")) t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
                if (kind.equals("nonorms")) t.setOmitNorms(true);
                t.freeze();
                d.add(new org.apache.lucene.document.Field(field, f.stringValue(), t));
            }
        }
        return d;
    }

    static IndexWriterConfig withAnalyzer(IndexWriterConfig from, Analyzer a) {
        IndexWriterConfig c = new IndexWriterConfig(a);
        c.setCodec(from.getCodec());
        c.setRAMBufferSizeMB(from.getRAMBufferSizeMB());
        c.setCommitOnClose(false);
        return c;
    }

    /** The analysis without the stems it adds (their cost is indexing them; finding them stays in). */
    static Analyzer withoutStems(Analyzer a) {
        return new AnalyzerWrapper(a.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return a;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents c) {
                return new TokenStreamComponents(c.getSource(), new FilteringTokenFilter(c.getTokenStream()) {
                    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

                    @Override
                    protected boolean accept() {
                        return !dev.parley.model.TextAnalysis.isStem(term);
                    }
                });
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return a.getPositionIncrementGap(fieldName);
            }
        };
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
