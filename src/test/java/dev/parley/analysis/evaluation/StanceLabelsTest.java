package dev.parley.analysis.evaluation;

import dev.parley.analysis.debate.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading stance label files, and what a broken one is told. */
class StanceLabelsTest {

    static final Path SAMPLES = Path.of("src/test/resources/dev/parley/analysis/evaluation/samples");

    @Test
    void aLabelFileNamesItsThreadRootAndPeople() throws IOException {
        StanceLabels l = StanceLabels.read(SAMPLES.resolve("staging-wavefs-removal.mbox.json"));
        assertEquals("staging-wavefs-removal.mbox", l.threadFile());
        assertEquals("staging-wavefs-removal", l.thread());
        assertEquals("20180604081233.21877-1-grant@kernel.example", l.rootMessageId(), "angle brackets dropped");
        StanceLabels.Person neil = l.people().get(4);
        assertEquals("Neil Bramble", neil.name());
        assertEquals(List.of("neilb@suse.example.com"), neil.addresses());
        assertEquals(Stance.AGAINST, neil.stance());
        assertEquals(2, StanceLabels.readDirectory(SAMPLES).size());
    }

    @Test
    void aBrokenFileIsNamedWithWhatIsWrong(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("t.mbox.json");
        Files.writeString(f, """
                {"thread_file": "t.mbox", "root_message_id": "<r@x>", "participants": [
                  {"name": "A", "addresses": ["a@x"], "stance": "for"},
                  {"name": "B", "addresses": ["b@x"], "stance": "maybe"}]}""");
        IOException e = assertThrows(IOException.class, () -> StanceLabels.read(f));
        assertEquals(f + ": participant 2 (B) has no stance of for, against, mixed or neutral", e.getMessage());
        Files.writeString(f, "{\"thread_file\": \"t.mbox\", \"participants\": []}");
        assertEquals(f + " has no root_message_id", assertThrows(IOException.class, () -> StanceLabels.read(f)).getMessage());
        Files.writeString(f, "{not json");
        assertTrue(assertThrows(IOException.class, () -> StanceLabels.read(f)).getMessage().startsWith(f + " is not JSON"));
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertEquals(empty + " holds no stance label files (*.json)",
                assertThrows(IOException.class, () -> StanceLabels.readDirectory(empty)).getMessage());
    }
}
