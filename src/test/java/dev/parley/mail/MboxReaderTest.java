package dev.parley.mail;

import dev.parley.testing.Mail;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MboxReaderTest {

    static List<RawMessage> read(String mbox) throws IOException {
        List<RawMessage> out = new ArrayList<>();
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)), "test.mbox")) {
            for (RawMessage m = r.next(); m != null; m = r.next()) out.add(m);
        }
        return out;
    }

    @Test
    void splitsOnFromLinesAndRemovesTheSeparatorLine() throws IOException {
        Mail a = Mail.message("a@example.org").body("first body\n");
        Mail b = Mail.message("b@example.org").body("second body\n\nwith a paragraph\n");
        List<RawMessage> msgs = read(Mail.mbox(a, b));
        assertEquals(2, msgs.size());
        assertArrayEquals(a.bytes(), msgs.get(0).bytes());
        assertArrayEquals(b.bytes(), msgs.get(1).bytes());
        assertEquals(0, msgs.get(0).offset());
        assertEquals(a.mboxEntry().length(), msgs.get(1).offset());
    }

    @Test
    void undoesMboxrdEscapingByOneLevel() throws IOException {
        Mail m = Mail.message("esc@example.org").body("From the start of a line\n>From quoted\n>>From deeper\nplain\n");
        List<RawMessage> msgs = read(Mail.mbox(m));
        assertEquals(1, msgs.size());
        assertEquals(m.text(), new String(msgs.get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aFromLineInsideABodyWithoutDateIsNotASeparator() throws IOException {
        // mboxo writers sometimes leave "From " unescaped; without a date it cannot be an envelope line
        String mbox = "From a@example.org Mon Jun  4 10:00:00 2018\n" + Mail.message("x@example.org")
                .body("Hello\n\nFrom what I can see this is fine.\n").text() + "\n";
        List<RawMessage> msgs = read(mbox);
        assertEquals(1, msgs.size());
        assertTrue(new String(msgs.get(0).bytes(), StandardCharsets.UTF_8).contains("\nFrom what I can see"));
    }

    @Test
    void envelopeDateIsReadFromTheFromLine() throws IOException {
        List<RawMessage> msgs = read(Mail.mbox(Mail.message("d@example.org").envelope("From x@example.org Tue Jun  5 09:08:07 2018")));
        assertEquals(Instant.parse("2018-06-05T09:08:07Z"), msgs.get(0).envelopeDate().instant());
    }

    @Test
    void crlfFilesKeepTheirBytes() throws IOException {
        String msg = "From: a@example.org\r\nMessage-ID: <crlf@example.org>\r\n\r\nbody\r\n";
        String mbox = "From a@example.org Mon Jun  4 10:00:00 2018\r\n" + msg + "\r\n"
                + "From b@example.org Mon Jun  4 10:00:01 2018\r\n" + msg.replace("crlf@", "crlf2@") + "\r\n";
        List<RawMessage> msgs = read(mbox);
        assertEquals(2, msgs.size());
        assertEquals(msg, new String(msgs.get(0).bytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void aFileThatIsNotAnMboxIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> read("Subject: hello\n\nbody\n"));
        assertTrue(e.getMessage().contains("test.mbox is not an mbox file"), e.getMessage());
    }

    @Test
    void writerAndReaderAreAFixedPoint() throws IOException {
        Mail m = Mail.message("w@example.org").body("From here\n>From there\nno newline at end");
        byte[] raw = m.bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MboxWriter w = new MboxWriter(out);
        w.write("alice@example.org", Instant.parse("2018-06-04T08:00:00Z"), raw);
        w.write("", null, raw);
        List<RawMessage> back = read(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, back.size());
        assertArrayEquals(raw, back.get(0).bytes());
        assertArrayEquals(raw, back.get(1).bytes());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("From alice@example.org Mon Jun  4 08:00:00 2018\n"));
    }

    @Test
    void veryLongLinesAreReadWhole() throws IOException {
        String longLine = "x".repeat(3_000_000);
        List<RawMessage> msgs = read(Mail.mbox(Mail.message("long@example.org").body(longLine + "\n")));
        assertEquals(1, msgs.size());
        assertTrue(new String(msgs.get(0).bytes(), StandardCharsets.UTF_8).contains(longLine));
    }
}
