import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateAnalyzer;
import dev.parley.analysis.debate.DebateSetup;
import dev.parley.identity.Mailmap;
import dev.parley.lucene.LocalArchive;
import dev.parley.model.StoredMessage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warm, in-process cost of reading threads as debates: the setup's one-off cost (the lexicon and the position
 * confidence model read), then for every thread of the index the time of DebateAnalyzer.analyze over its messages
 * (parsing the raw bytes included), after warm-up, with Parley's setup and with the rules alone (no learned
 * confidence). The tone scorer's cost per message, the part that runs at import, is measured by bench/ToneBench.java.
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
        long load = System.nanoTime();
        DebateAnalyzer analyzer = DebateSetup.standard().analyzer(Mailmap.EMPTY);
        System.out.printf(Locale.ROOT, "setup (lexicon and position-confidence model read): %.1f ms%n", (System.nanoTime() - load) / 1e6);
        DebateAnalyzer rules = DebateSetup.rules().analyzer(Mailmap.EMPTY);
        for (List<StoredMessage> t : threads.values()) {
            analyzer.analyze(t); // warm-up
            rules.analyze(t);
        }
        System.out.printf(Locale.ROOT, "%-60s %8s %12s %12s%n", "thread (root subject)", "messages", "ms/analysis", "rules alone");
        long totalMessages = 0;
        double totalMs = 0, totalRulesMs = 0;
        for (List<StoredMessage> t : threads.values()) {
            long start = System.nanoTime();
            Debate d = null;
            for (int r = 0; r < rounds; r++) d = analyzer.analyze(t);
            double ms = (System.nanoTime() - start) / 1e6 / rounds;
            start = System.nanoTime();
            for (int r = 0; r < rounds; r++) rules.analyze(t);
            double rulesMs = (System.nanoTime() - start) / 1e6 / rounds;
            String subject = d.proposal().subject();
            System.out.printf(Locale.ROOT, "%-60s %8d %12.1f %12.1f%n", subject.length() > 60 ? subject.substring(0, 57) + "..." : subject,
                    t.size(), ms, rulesMs);
            totalMessages += t.size();
            totalMs += ms;
            totalRulesMs += rulesMs;
        }
        System.out.printf(Locale.ROOT, "all %d threads: %d messages in %.0f ms, %.0f messages/s (rules alone: %.0f ms)%n",
                threads.size(), totalMessages, totalMs, totalMessages / (totalMs / 1000), totalRulesMs);
    }
}
