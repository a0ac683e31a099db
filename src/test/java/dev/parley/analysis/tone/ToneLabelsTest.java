package dev.parley.analysis.tone;

import dev.parley.mail.ParsedMessage;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The labelled set is read from a corpus laid out as ../shared/corpus/lkml is: threads/*.mbox and one slice .mbox.gz. */
class ToneLabelsTest {

    @TempDir
    Path corpus;

    private List<ParsedMessage> debate, slice;

    @BeforeEach
    void layOutACorpus() throws IOException {
        Files.createDirectories(corpus.resolve("threads"));
        Files.copy(Samples.WAVEFS, corpus.resolve("threads/wavefs.mbox"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("slice-first-16.mbox.gz")))) {
            out.write(Files.readAllBytes(Samples.NETDEV));
            out.write('\n');
            out.write(Files.readAllBytes(Samples.ODD));
        }
        debate = Samples.parsed(Samples.WAVEFS);
        slice = new java.util.ArrayList<>(Samples.parsed(Samples.NETDEV));
        slice.addAll(Samples.parsed(Samples.ODD));
    }

    private static String row(String source, int index, ParsedMessage m, String tone) {
        return "{\"round\": 1, \"source\": \"" + source + "\", \"index\": " + index + ", \"message_id\": \"<" + m.messageId()
                + ">\", \"tone\": \"" + tone + "\"}";
    }

    private Path labels(String... rows) throws IOException {
        return Files.write(corpus.resolve("labels.jsonl"), List.of(rows));
    }

    @Test
    void messagesAreReadWhereTheLabelsSayAndGroupedByThread() throws IOException {
        int odd = 9; // the first message of odd-mail.mbox, after the nine of the netdev series
        Path file = labels(row("threads/wavefs.mbox", 3, debate.get(3), "negative"), row("slice", 1, slice.get(1), "neutral"),
                row("slice", 2, slice.get(2), "positive"), row("threads/wavefs.mbox", 0, debate.get(0), "neutral"),
                row("slice", odd, slice.get(odd), "heated"));
        List<ToneLabels.Item> items = ToneLabels.read(file, corpus);
        assertEquals(List.of(debate.get(3).messageId(), slice.get(1).messageId(), slice.get(2).messageId(),
                debate.get(0).messageId(), slice.get(odd).messageId()), items.stream().map(ToneLabels.Item::messageId).toList());
        assertEquals(List.of(Tone.Label.NEGATIVE, Tone.Label.NEUTRAL, Tone.Label.POSITIVE, Tone.Label.NEUTRAL, Tone.Label.HEATED),
                items.stream().map(ToneLabels.Item::tone).toList());
        assertEquals(debate.get(3).body().ownText(), items.get(0).ownText());
        assertEquals("threads/wavefs.mbox", items.get(0).group(), "a thread file is one group");
        assertEquals(items.get(0).group(), items.get(3).group());
        assertEquals(items.get(1).group(), items.get(2).group(), "two patches of one series are one thread");
        assertTrue(items.get(1).group().startsWith("slice:"));
        assertNotEquals(items.get(1).group(), items.get(4).group(), "another thread of the slice is another group");
    }

    @Test
    void aRowThatNamesAnotherMessageIsAnErrorNamingTheLine() throws IOException {
        Path file = labels(row("threads/wavefs.mbox", 0, debate.get(0), "neutral"), row("threads/wavefs.mbox", 1, debate.get(2), "neutral"));
        IOException e = assertThrows(IOException.class, () -> ToneLabels.read(file, corpus));
        assertTrue(e.getMessage().contains("labels.jsonl line 2") && e.getMessage().contains("message 1 of"), e.getMessage());
    }

    @Test
    void badRowsAndMissingFilesAreErrorsNamingThem() throws IOException {
        IOException tone = assertThrows(IOException.class,
                () -> ToneLabels.read(labels(row("slice", 0, slice.get(0), "furious")), corpus));
        assertTrue(tone.getMessage().contains("line 1 has the unknown tone 'furious'"), tone.getMessage());
        IOException json = assertThrows(IOException.class, () -> ToneLabels.read(labels("{\"source\": "), corpus));
        assertTrue(json.getMessage().contains("line 1 is not a JSON object"), json.getMessage());
        IOException index = assertThrows(IOException.class,
                () -> ToneLabels.read(labels(row("slice", 99, slice.get(0), "neutral")), corpus));
        assertTrue(index.getMessage().contains("has no message 99"), index.getMessage());
        NoSuchFileException mbox = assertThrows(NoSuchFileException.class,
                () -> ToneLabels.read(labels(row("threads/other.mbox", 0, slice.get(0), "neutral")), corpus));
        assertTrue(mbox.getFile().endsWith("other.mbox"));
        assertThrows(NoSuchFileException.class, () -> ToneLabels.read(corpus.resolve("none.jsonl"), corpus));
    }
}
