import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateAnalyzer;
import dev.parley.lucene.LocalArchive;
import dev.parley.model.StoredMessage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warm, in-process cost of reading threads as debates: for every thread of the index, the time of
 * DebateAnalyzer.analyze over its messages (parsing the raw bytes included), after warm-up. The tone scorer's cost per
 * message, the part that runs at import, is measured by bench/ToneBench.java.
 *
 *   java -cp 'target/parley.jar:target/lib/*' bench/DebateBench.java INDEX_DIR [ROUNDS]
 */
public class DebateBench {
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, List<StoredMessage>> threads = new LinkedHashMap<>();
        try (LocalArchive a = new LocalArchive(index)) {
            List<String> ids = new ArrayList<>();
            a.forEach(false, m -> { if (!ids.contains(m.threadId())) ids.add(m.threadId()); });
            for (String id : ids) threads.put(id, a.thread(id, true));
        }
        DebateAnalyzer analyzer = new DebateAnalyzer();
        for (List<StoredMessage> t : threads.values()) analyzer.analyze(t); // warm-up
        System.out.printf(Locale.ROOT, "%-60s %8s %12s%n", "thread (root subject)", "messages", "ms/analysis");
        long totalMessages = 0;
        double totalMs = 0;
        for (List<StoredMessage> t : threads.values()) {
            long start = System.nanoTime();
            Debate d = null;
            for (int r = 0; r < rounds; r++) d = analyzer.analyze(t);
            double ms = (System.nanoTime() - start) / 1e6 / rounds;
            String subject = d.proposal().subject();
            System.out.printf(Locale.ROOT, "%-60s %8d %12.1f%n", subject.length() > 60 ? subject.substring(0, 57) + "..." : subject,
                    t.size(), ms);
            totalMessages += t.size();
            totalMs += ms;
        }
        System.out.printf(Locale.ROOT, "all %d threads: %d messages in %.0f ms, %.0f messages/s%n", threads.size(),
                totalMessages, totalMs, totalMessages / (totalMs / 1000));
    }
}
