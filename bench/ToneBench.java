import dev.parley.analysis.tone.LexiconToneScorer;
import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.tone.ToneClassifier;
import dev.parley.analysis.tone.ToneScorer;
import dev.parley.mail.MailSource;
import dev.parley.mail.MailSources;
import dev.parley.mail.MessageParser;
import dev.parley.mail.RawMessage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What scoring tone costs at import, per message, warm and in process: Parley's scorer and the lexicon scorer it
 * replaced, over the own text of every message of the mail given (parsing not counted: import parses anyway), and
 * how each labels that mail.
 *
 *   java -cp 'target/parley.jar:target/lib/*' bench/ToneBench.java MAIL... [--rounds N]
 */
public class ToneBench {
    public static void main(String[] args) throws Exception {
        int rounds = 3;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) rounds = Integer.parseInt(args[++i]);
            else paths.add(Path.of(args[i]));
        }
        List<String> texts = new ArrayList<>();
        for (MailSource source : MailSources.resolve(paths)) {
            source.read(new MailSource.Sink() {
                @Override
                public void message(RawMessage m) {
                    try {
                        texts.add(MessageParser.parseBody(m).ownText());
                    } catch (Exception e) {
                        // a message import would report and skip
                    }
                }

                @Override
                public void problem(String location, String reason) {
                }
            });
        }
        System.out.printf(Locale.ROOT, "%d messages; own text %.0f characters on average%n", texts.size(),
                texts.stream().mapToInt(String::length).average().orElse(0));
        for (Map.Entry<String, ToneScorer> e : List.of(Map.entry("tone scorer", (ToneScorer) ToneClassifier.standard()),
                Map.entry("lexicon scorer (before issue 20)", (ToneScorer) new LexiconToneScorer()))) {
            ToneScorer tone = e.getValue();
            Map<Tone.Label, Integer> labels = new EnumMap<>(Tone.Label.class);
            for (String s : texts) labels.merge(tone.score(s).label(), 1, Integer::sum); // also the warm-up
            long start = System.nanoTime();
            long n = 0;
            for (int r = 0; r < rounds; r++) for (String s : texts) { tone.score(s); n++; }
            System.out.printf(Locale.ROOT, "%-34s %6.1f us/message over %d scorings; %s%n", e.getKey() + ":",
                    (System.nanoTime() - start) / 1e3 / n, n, labels);
        }
    }
}
