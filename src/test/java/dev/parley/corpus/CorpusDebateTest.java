package dev.parley.corpus;

import dev.parley.analysis.debate.Debate;
import dev.parley.analysis.debate.DebateSetup;
import dev.parley.analysis.debate.Evidence;
import dev.parley.analysis.debate.Participant;
import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.Trailer;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real thread in ../shared/corpus/lkml/threads reads as a debate, and everything the debate cites is the
 * cited author's own text in the cited message (skipped, saying so, when the corpus is absent).
 */
class CorpusDebateTest {

    static Path corpus;

    @BeforeAll
    static void findCorpus() {
        corpus = Samples.corpus();
        if (corpus == null) System.err.println("SKIPPED: ../shared/corpus not found; corpus debate tests do not run");
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is absent");
    }

    @TestFactory
    Stream<DynamicTest> everyThreadReadsAsADebateCitingOwnWords() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus.resolve("lkml/threads"))) {
            files = s.filter(p -> p.toString().endsWith(".mbox")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<ParsedMessage> mail = Samples.parsed(f);
            Debate d = DebateSetup.standard().analyzer(Mailmap.EMPTY).analyzeParsed(f.getFileName().toString(), mail);
            Map<String, String> ownText = new HashMap<>();
            for (ParsedMessage m : mail) {
                // the own text unwrapped the way sentences are: lines stripped and joined with one space
                StringBuilder own = new StringBuilder();
                for (String line : m.body().ownText().split("\n")) own.append(line.strip()).append(' ');
                for (Trailer t : m.body().trailers()) own.append(' ').append(t.key()).append(": ").append(t.value());
                ownText.putIfAbsent(m.messageId(), own.toString());
            }
            StringBuilder quotedText = new StringBuilder();
            for (ParsedMessage m : mail) {
                for (String line : m.body().quotedText().split("\n")) {
                    quotedText.append(line.replaceFirst("^[\\s>|]+", "").strip()).append(' ');
                }
            }
            String quoted = quotedText.toString();
            assertFalse(d.participants().isEmpty());
            assertTrue(d.participants().get(0).proposer());
            Set<String> ids = new HashSet<>();
            int written = 0;
            for (Participant p : d.participants()) {
                assertTrue(ids.add(p.id()), "one entry per person: " + p.id());
                assertTrue(p.confidence() >= 0 && p.confidence() <= 1, p.name() + " confidence " + p.confidence());
                written += p.messages();
                for (Evidence e : p.evidence()) {
                    if (d.proposal().rootMissing() && e.messageId().equals(d.proposal().messageId())) {
                        // the missing root's words, as its answers quote them
                        assertTrue(quoted.contains(e.text()), p.name() + " cites \"" + e.text() + "\" of the missing root <"
                                + e.messageId() + ">, which no answer quotes");
                        continue;
                    }
                    String own = ownText.get(e.messageId());
                    assertTrue(own != null, p.name() + " cites unknown message " + e.messageId());
                    assertTrue(own.contains(e.text()), p.name() + " cites \"" + e.text() + "\" not in the own text of <"
                            + e.messageId() + ">");
                }
            }
            for (Participant b : d.bots()) written += b.messages();
            assertEquals(d.messages().size(), written, "every message is someone's");
        }));
    }
}
