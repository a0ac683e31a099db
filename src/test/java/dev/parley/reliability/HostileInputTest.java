package dev.parley.reliability;

import dev.parley.model.ImportSummary;
import dev.parley.model.StoredMessage;
import dev.parley.testing.Mail;
import dev.parley.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken input: every case is followed by an ordinary message that must still import, and each case
 * either imports best-effort or is reported with the file and where in it.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    static final Mail AFTER = Mail.message("after@example.org").subject("the message after the bad one")
            .body("I must survive whatever came before me.\n");
    static final Mail BEFORE = Mail.message("before@example.org").subject("the message before the bad one")
            .body("I came first.\n");

    TestArchive archive() {
        return new TestArchive(tmp.resolve("index"));
    }

    /** Imports BEFORE, the hostile entry, AFTER as one mbox; checks both neighbours arrived intact. */
    ImportSummary sandwich(TestArchive a, String hostileEntry) throws IOException {
        Path f = tmp.resolve("hostile.mbox");
        Files.writeString(f, BEFORE.mboxEntry() + hostileEntry + AFTER.mboxEntry(), StandardCharsets.ISO_8859_1);
        ImportSummary s = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> a.importPaths(f));
        assertArrayEquals(BEFORE.bytes(), a.one("before@example.org").raw());
        assertArrayEquals(AFTER.bytes(), a.one("after@example.org").raw());
        return s;
    }

    static String entry(String headersAndBody) {
        return "From x@example.org Mon Jun  4 10:00:00 2018\n" + headersAndBody + (headersAndBody.endsWith("\n") ? "" : "\n") + "\n";
    }

    @Test
    void nulBytesAndControlCharactersInABody() throws IOException {
        try (TestArchive a = archive()) {
            ImportSummary s = sandwich(a, entry(Mail.message("nul@example.org").body("before\u0000\u0000after\u0007bell\n").text()));
            assertEquals(3, s.imported());
            assertTrue(new String(a.one("nul@example.org").raw(), StandardCharsets.ISO_8859_1).contains("\u0000\u0000"));
        }
    }

    @Test
    void aLineOfSeveralMegabytes() throws IOException {
        try (TestArchive a = archive()) {
            ImportSummary s = sandwich(a, entry(Mail.message("long@example.org").body("word ".repeat(1_000_000) + "\n").text()));
            assertEquals(3, s.imported());
        }
    }

    @Test
    void tenThousandMimeParts() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) b.append("--XX\nContent-Type: text/plain\n\npart ").append(i).append('\n');
        b.append("--XX--\n");
        try (TestArchive a = archive()) {
            ImportSummary s = sandwich(a, entry(Mail.message("parts@example.org")
                    .header("Content-Type", "multipart/mixed; boundary=\"XX\"").body(b.toString()).text()));
            assertEquals(3, s.imported());
            assertTrue(a.one("parts@example.org").problems().stream().anyMatch(p -> p.contains("MIME parts")));
        }
    }

    @Test
    void messageRfc822Nested200Deep() throws IOException {
        String inner = Mail.message("innermost@example.org").body("deep inside\n").text();
        for (int i = 0; i < 200; i++) {
            inner = "From: Nest <nest@example.org>\nSubject: level " + i + "\nContent-Type: message/rfc822\n\n" + inner;
        }
        try (TestArchive a = archive()) {
            ImportSummary s = sandwich(a, entry(Mail.message("nested@example.org")
                    .header("Content-Type", "message/rfc822").body(inner).text()));
            assertEquals(3, s.imported());
            assertTrue(a.one("nested@example.org").problems().stream().anyMatch(p -> p.contains("nested deeper")));
        }
    }

    @Test
    void malformedAndMissingHeaders() throws IOException {
        String noSeparator = "From: broken <b@example.org>\nthis line is not a header\nMessage-ID: <noheadersep@example.org>\nbody text";
        String onlyBody = "\n\njust a body and no headers at all\n";
        String garbageHeaders = "Message-ID: <garbage@example.org>\nContent-Type: multipart/mixed\nDate: 31 Feb 2018 99:99:99 +9999\n"
                + "From: ,,,<<<>>>\nReferences: not-an-id and <also@bad\n\nbody\n";
        try (TestArchive a = archive()) {
            ImportSummary s = sandwich(a, entry(noSeparator) + entry(onlyBody) + entry(garbageHeaders));
            assertEquals(5, s.imported(), a.problems.toString());
            assertTrue(a.one("garbage@example.org").problems().size() > 0);
        }
    }

    @Test
    void invalidCharsetsAndEncodings() throws IOException {
        String m = Mail.message("charset@example.org").header("Content-Type", "text/plain; charset=\"x-no-such-charset\"")
                .header("Content-Transfer-Encoding", "base64").header("Subject", "=?x-bogus?Q?caf=E9?= =?utf-8?B?!!!?=")
                .body("!!!! this is not base64 at all ~~~\n").text();
        try (TestArchive a = archive()) {
            ImportSummary s = sandwich(a, entry(m));
            assertEquals(3, s.imported());
        }
    }

    @Test
    void datesInYearZeroAnd9999() throws IOException {
        try (TestArchive a = archive()) {
            sandwich(a, entry(Mail.message("y0@example.org").date("Sat, 1 Jan 0000 00:00:00 +0000").text())
                    + entry(Mail.message("y9999@example.org").date("Fri, 31 Dec 9999 23:59:59 +0000").text()));
            StoredMessage y9999 = a.one("y9999@example.org");
            assertEquals(Instant.parse("9999-12-31T23:59:59Z"), y9999.date());
            assertTrue(a.one("y0@example.org").date() != null);
        }
    }

    @Test
    void referenceLoops() throws IOException {
        try (TestArchive a = archive()) {
            sandwich(a, entry(Mail.message("loop1@example.org").replyTo("loop2@example.org", "loop1@example.org").text())
                    + entry(Mail.message("loop2@example.org").replyTo("loop1@example.org", "loop2@example.org").text()));
            assertEquals(a.threadOf("loop1@example.org"), a.threadOf("loop2@example.org"));
        }
    }

    @Test
    void aTruncatedMboxKeepsTheMessagesBeforeAndThePartialOne() throws IOException {
        String mbox = BEFORE.mboxEntry() + AFTER.mboxEntry();
        Path f = tmp.resolve("cut.mbox");
        Files.writeString(f, mbox.substring(0, mbox.length() - 20), StandardCharsets.UTF_8);
        try (TestArchive a = archive()) {
            ImportSummary s = a.importPaths(f);
            assertEquals(2, s.imported());
            assertArrayEquals(BEFORE.bytes(), a.one("before@example.org").raw());
        }
    }

    @Test
    void aTruncatedGzipIsReportedWithWhereItEnds() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 200; i++) sb.append(Mail.message("gz" + i + "@example.org").body("message " + i + "\n".repeat(5)).mboxEntry());
            gz.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Path f = tmp.resolve("cut.mbox.gz");
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        try (TestArchive a = archive()) {
            ImportSummary s = a.importPaths(f);
            assertTrue(s.imported() > 50 && s.imported() < 200, "imported " + s.imported());
            assertTrue(a.problems.stream().anyMatch(p -> p.contains("cut.mbox.gz at byte") && p.contains("ends early")), a.problems.toString());
        }
    }

    @Test
    void aBinaryFileIsReportedAndTheOtherFilesImport() throws IOException {
        byte[] junk = new byte[1 << 20];
        new Random(42).nextBytes(junk);
        Path bin = tmp.resolve("firmware.bin");
        Files.write(bin, junk);
        Path good = tmp.resolve("good.mbox");
        Files.writeString(good, AFTER.mboxEntry());
        try (TestArchive a = archive()) {
            ImportSummary s = a.importPaths(bin, good);
            assertEquals(1, s.imported());
            assertEquals(1, s.errors());
            assertTrue(a.problems.stream().anyMatch(p -> p.contains("firmware.bin") && p.contains("not a mail file")), a.problems.toString());
        }
    }

    @Test
    void aBinaryFileThatStartsLikeAnMboxIsRejectedMessageByMessage() throws IOException {
        byte[] junk = new byte[200_000];
        new Random(7).nextBytes(junk);
        Path f = tmp.resolve("looks-like.mbox");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(BEFORE.mboxEntry().getBytes(StandardCharsets.UTF_8));
            out.write("From x@example.org Mon Jun  4 10:00:00 2018\n".getBytes(StandardCharsets.US_ASCII));
            out.write(junk);
            out.write("\n\n".getBytes(StandardCharsets.US_ASCII));
            out.write(AFTER.mboxEntry().getBytes(StandardCharsets.UTF_8));
        }
        try (TestArchive a = archive()) {
            ImportSummary s = a.importPaths(f);
            assertEquals(2, s.imported());
            assertTrue(a.problems.stream().anyMatch(p -> p.contains("looks-like.mbox at byte") && p.contains("binary data")), a.problems.toString());
        }
    }

    @Test
    void aHundredMegabyteAttachmentIsStoredWhole() throws IOException {
        byte[] payload = new byte[100 << 20];
        new Random(1).nextBytes(payload);
        String b64 = java.util.Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(payload);
        String body = "--B\nContent-Type: text/plain\n\nsee the attached core dump\n--B\nContent-Type: application/octet-stream\n"
                + "Content-Disposition: attachment; filename=\"core.bin\"\nContent-Transfer-Encoding: base64\n\n" + b64 + "\n--B--\n";
        Mail big = Mail.message("big@example.org").header("Content-Type", "multipart/mixed; boundary=B").body(body);
        try (TestArchive a = archive()) {
            sandwich(a, entry(big.text()));
            StoredMessage m = a.one("big@example.org");
            assertEquals(big.bytes().length, m.raw().length);
            assertTrue(m.attachments().get(0).startsWith("core.bin\tapplication/octet-stream"), m.attachments().toString());
        }
    }
}
