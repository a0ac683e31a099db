package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.analysis.tone.LexiconToneScorer;
import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.tone.ToneClassifier;
import dev.parley.analysis.tone.ToneEnrichment;
import dev.parley.ingest.ImportOptions;
import dev.parley.model.StoredMessage;
import dev.parley.testing.CliRun;
import dev.parley.testing.Mail;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An index scored by an older tone scorer is brought to the current one by {@code parley reindex}, and the tone and
 * the words that decided it show in search hits.
 */
class ToneReindexTest {

    private static final String REVIEW = "review@example.org", RANT = "rant@example.org", PATCH = "patch@example.org";

    @TempDir
    Path tmp;

    private static Mail[] thread() {
        return new Mail[]{
                Mail.message(PATCH).subject("[PATCH] xfs: fix the locking in reclaim")
                        .body("Take the ILOCK before walking the list, so that reclaim cannot race with the walk.\n"),
                Mail.message(REVIEW).replyTo(PATCH).from("Dave Reviewer <dave@example.org>").subject("Re: [PATCH] xfs: fix the locking in reclaim")
                        .body("> Take the ILOCK before walking the list\n\nThanks for the patch, looks good to me. Thanks!\n\n"
                                + "Reviewed-by: Dave Reviewer <dave@example.org>\n"),
                Mail.message(RANT).replyTo(PATCH, REVIEW).from("Linus Ranter <linus@example.org>").subject("Re: [PATCH] xfs: fix the locking in reclaim")
                        .body("Bullshit, Dave.\n\nYou've made that claim before, and it's been complete bullshit before too. Why do "
                                + "you continue to make this obviously garbage argument? Anybody who thinks caches don't work is "
                                + "incompetent. So stop with the stupid and dishonest argument already.\n"),
        };
    }

    @Test
    void reindexScoresTheStoredMessagesAgainWithTheCurrentScorer() throws IOException {
        Path index = tmp.resolve("index");
        Path mbox = Files.writeString(tmp.resolve("thread.mbox"), Mail.mbox(thread()));
        LexiconToneScorer lexicon = new LexiconToneScorer();
        try (TestArchive a = new TestArchive(index)) {
            a.importPaths(ImportOptions.defaults().withEnrichment(new ToneEnrichment(lexicon)), mbox);
            StoredMessage review = a.one(REVIEW);
            assertEquals(Tone.Label.POSITIVE.id(), review.tone(), "the lexicon read routine thanks as warmth");
            assertTrue(review.toneEvidence().contains("thanks"), review.toneEvidence().toString());
        }

        CliRun r = CliRun.run(index, "reindex", "--quiet");
        assertEquals(0, r.code(), r.err());

        ToneClassifier current = ToneClassifier.standard();
        try (TestArchive a = new TestArchive(index)) {
            List<String> seen = new ArrayList<>();
            a.archive.forEach(true, m -> {
                Tone t = current.score(m.body().ownText());
                assertEquals(t.label().id(), m.tone(), m.messageId());
                assertEquals(t.score(), m.toneScore(), 1e-9, m.messageId());
                assertEquals(t.cues(), m.toneEvidence(), m.messageId());
                seen.add(m.messageId());
            });
            assertEquals(3, seen.size());
            assertEquals(Tone.Label.NEUTRAL.id(), a.one(REVIEW).tone(), "routine thanks are neutral now");
            assertNotEquals(List.of(), a.one(RANT).toneEvidence());
        }
    }

    @Test
    void searchHitsShowTheToneAndTheWordsThatDecidedIt() throws IOException {
        Path index = tmp.resolve("index");
        try (TestArchive a = new TestArchive(index)) {
            a.importMbox("thread.mbox", Mail.mbox(thread()));
        }
        CliRun r = CliRun.run(index, "search", "--json", "tone:heated");
        assertEquals(0, r.code(), r.err());
        JsonNode hits = new ObjectMapper().readTree(r.out()).get("hits");
        assertEquals(1, hits.size(), r.out());
        JsonNode hit = hits.get(0);
        assertEquals(RANT, hit.get("message_id").asText());
        assertEquals("heated", hit.get("tone").asText());
        List<String> evidence = new ArrayList<>();
        hit.get("tone_evidence").forEach(e -> evidence.add(e.asText()));
        assertTrue(evidence.contains("Bullshit"), evidence.toString());
        for (String words : evidence) assertTrue(Mail.mbox(thread()).contains(words), "evidence is the author's words: " + words);

        JsonNode neutral = new ObjectMapper().readTree(CliRun.run(index, "search", "--json", "m:" + REVIEW).out()).get("hits").get(0);
        assertEquals("neutral", neutral.get("tone").asText());
        assertEquals(0, neutral.get("tone_evidence").size(), "nothing decided a neutral tone");
    }
}
