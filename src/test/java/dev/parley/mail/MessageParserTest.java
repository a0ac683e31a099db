package dev.parley.mail;

import dev.parley.testing.Mail;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageParserTest {

    private static final List<ParsedMessage> ODD = Samples.parsed(Samples.ODD);
    private static final String CAFE_SUBJECT = "tinkerbox 2.4: build fails on the café lab machines";

    static ParsedMessage parse(Mail m) throws MailParseException {
        return MessageParser.parse(new RawMessage(m.bytes(), "test", 0, null));
    }

    @Test
    void bodyAloneIsTheBodyOfTheFullParse() throws MailParseException {
        // odd-mail has multipart, HTML-only, quoted-printable and broken mail; the others plain list mail and patches
        for (java.nio.file.Path file : List.of(Samples.ODD, Samples.WAVEFS, Samples.NETDEV)) {
            for (RawMessage raw : Samples.raw(file)) {
                ParsedMessage full;
                try {
                    full = MessageParser.parse(raw);
                } catch (MailParseException e) {
                    assertThrows(MailParseException.class, () -> MessageParser.parseBody(raw));
                    continue;
                }
                assertEquals(full.body(), MessageParser.parseBody(raw), full.messageId());
            }
        }
    }

    @Test
    void rfc2047InIso88591AndKoi8rIsDecoded() {
        ParsedMessage joerg = Samples.byId(ODD, "8e2f4b61-0c9a-d3e7-51b2-6a7c0e9f1d48@example.de");
        assertEquals("Jörg Müller", joerg.from().name());
        assertEquals("Re: " + CAFE_SUBJECT, joerg.subject());
        assertEquals(CAFE_SUBJECT, joerg.subjectInfo().normalized());
        ParsedMessage dmitry = Samples.byId(ODD, "1538474722.918304.77251@mail.example.org");
        assertEquals("Дмитрий Соколов", dmitry.from().name());
    }

    @Test
    void brokenEncodedWordsAreStillDecoded() {
        // "Re:=?UTF-8?Q?_tinkerbox...?=": an encoded word glued to plain text
        assertEquals("Re: " + CAFE_SUBJECT, Samples.byId(ODD, "87zhvz3qk1.fsf@tinkerbox.example.org").subject());
        // spaces inside the encoded text of a display name
        assertEquals("Ana Luísa Prado", Samples.byId(ODD, "CAF4q9zXr2TnB7pLm0Wd5YhK8sVc3uJ1eQo6aGi-ZbN4xE@mail.example.com").from().name());
    }

    @Test
    void iso88591QuotedPrintableBodyIsDecoded() {
        ParsedMessage joerg = Samples.byId(ODD, "8e2f4b61-0c9a-d3e7-51b2-6a7c0e9f1d48@example.de");
        assertTrue(joerg.body().text().matches("(?s).*[äöüß].*"), joerg.body().text());
        assertFalse(joerg.body().text().contains("=E4") || joerg.body().text().contains("=F6"));
    }

    @Test
    void alternativePrefersPlainText() {
        ParsedMessage sam = Samples.byId(ODD, "f3a8c1d2-5e7b-4a90-b6c4-2d1e9f0a7b35@example.net");
        assertFalse(sam.body().text().contains("<p>") || sam.body().text().contains("</"), sam.body().text());
        assertFalse(sam.body().ownText().isBlank());
    }

    @Test
    void htmlOnlyMailBecomesTextWithItsBlockquoteAsQuote() {
        ParsedMessage lena = ODD.stream().filter(m -> m.from().address().equals("lena@fischbach.example.org")).findFirst().orElseThrow();
        String text = lena.body().text();
        assertFalse(text.matches("(?s).*</?(p|div|blockquote|a|br|html|body)\\b.*"), text.replace('\n', '|'));
        assertTrue(text.contains("—") || text.contains("&"), "entities decoded: " + text);
        assertFalse(lena.body().quotedText().isBlank(), "blockquote became quoted text");
        assertFalse(lena.body().ownText().isBlank());
    }

    @Test
    void attachmentsAreListedByNameAndType() {
        ParsedMessage dmitry = Samples.byId(ODD, "1538474722.918304.77251@mail.example.org");
        List<String> names = dmitry.attachments().stream().map(Attachment::filename).toList();
        assertTrue(names.contains("config.txt") && names.contains("dmesg.log.gz"), names.toString());
        assertTrue(dmitry.attachments().stream().allMatch(a -> a.size() > 0));
    }

    @Test
    void textAttachmentsKeepTheirTextForSearchAndBinaryOnesDoNot() throws MailParseException {
        ParsedMessage m = parse(Mail.message("att@example.org")
                .header("MIME-Version", "1.0")
                .header("Content-Type", "multipart/mixed; boundary=\"b\"")
                .body("""
                        --b
                        Content-Type: text/plain

                        See the attached patch and log.
                        --b
                        Content-Type: application/octet-stream; name="0001-fix.patch"
                        Content-Disposition: attachment; filename="0001-fix.patch"

                        diff --git a/x.c b/x.c
                        --- a/x.c
                        +++ b/x.c
                        @@ -1 +1 @@
                        -int x;
                        +long x;
                        --b
                        Content-Type: text/plain; name="boot.log"
                        Content-Disposition: attachment; filename="boot.log"

                        [    0.000000] Linux version 6.6.0
                        --b
                        Content-Type: application/octet-stream; name="blob.bin"
                        Content-Disposition: attachment; filename="blob.bin"
                        Content-Transfer-Encoding: base64

                        AAECAwQFBgcICQoLDA0ODw==
                        --b--
                        """));
        assertEquals("See the attached patch and log.", m.body().text().strip(), "attachments stay out of the body");
        List<Attachment> a = m.attachments();
        assertEquals(List.of("0001-fix.patch", "boot.log", "blob.bin"), a.stream().map(Attachment::filename).toList());
        assertTrue(a.get(0).text().contains("+long x;"), "a patch some mailer called octet-stream");
        assertTrue(a.get(1).text().contains("Linux version 6.6.0"));
        assertEquals("", a.get(2).text(), "binary data is no text");
    }

    @Test
    void formatFlowedIsJoined() {
        ParsedMessage flowed = Samples.byId(ODD, "b91d5e07-3c2a-4f68-8e1b-7d0a4c9f2e56@example.net");
        String text = flowed.body().ownText();
        // soft breaks are gone: a flowed paragraph is one line
        String longest = text.lines().max((a, b) -> a.length() - b.length()).orElse("");
        assertTrue(longest.length() > 100, "paragraph joined: " + longest);
        assertTrue(text.contains("From the lab"), "space-stuffing removed: " + text);
    }

    @Test
    void missingMessageIdGetsAStableSyntheticId() throws MailParseException {
        Mail m = Mail.message(null).body("no id here\n");
        ParsedMessage a = parse(m), b = parse(m);
        assertTrue(a.syntheticId());
        assertEquals(a.messageId(), b.messageId());
        assertTrue(a.messageId().endsWith("@synthetic.invalid"));
        assertNotEquals(a.messageId(), parse(Mail.message(null).body("other text\n")).messageId());
        assertTrue(a.problems().stream().anyMatch(p -> p.contains("no Message-ID")));
    }

    @Test
    void messagesWithNothingButOtherHeadersAreNotCopiesOfEachOther() throws MailParseException {
        // no Message-ID, From, Subject, Date, To, Cc nor body: found by the mutation property (a truncated message
        // beside a real one of that kind); as copies, the second would have been dropped and its text lost
        ParsedMessage a = parseText("Received: from mx.example.org by list.example.org\n\n");
        ParsedMessage b = parseText("X-Mailer: Frobnicator 1.0\nReceived: from elsewhere\n");
        assertNotEquals(a.contentKey(), b.contentKey());
        assertNotEquals(a.messageId(), b.messageId());
        assertEquals(a.contentKey(), parseText("Received: from mx.example.org by list.example.org\r\n").contentKey());
    }

    private static ParsedMessage parseText(String message) throws MailParseException {
        return MessageParser.parse(new RawMessage(message.getBytes(StandardCharsets.UTF_8), "t", 0, null));
    }

    @Test
    void syntheticIdsStayWhatTheFirstSchemaGave() throws MailParseException {
        // permalinks and quotes name messages by these ids: the value below is what schema version 1 assigned, and
        // it must not change with the content key
        String noId = "From: Ada Example <ada@example.org>\r\nTo: list@example.org\r\nSubject: a message without an id\r\n"
                + "Date: Mon, 4 Jun 2018 08:00:00 +0000\r\n\r\nNo Message-ID here.\r\n\r\n";
        ParsedMessage p = parseText(noId);
        assertEquals("parley.7aae670820996a6339e51d45@synthetic.invalid", p.messageId());
    }

    @Test
    void contentKeyIsPinnedAndIgnoresLineEndingsAndTrailingSpace() throws MailParseException {
        String lf = "Message-ID: <key-pin@example.org>\nFrom: Ada Example <ada@example.org>\nTo: list@example.org\n"
                + "Subject: pinned key\nDate: Mon, 4 Jun 2018 08:00:00 +0000\n\nThe content key of this message is pinned.\n";
        ParsedMessage p = parseText(lf);
        // a changed key makes every message of an existing index new again: change it only with a schema version
        assertEquals("2a8ee5636e8694e143cb5d0daa4180aa", p.contentKey());
        String crlf = lf.replace("\n", "\r\n") + "  \r\n\r\n";
        assertEquals(p.contentKey(), parseText(crlf).contentKey());
        for (String changed : List.of(lf.replace("is pinned", "is pinned!"), lf.replace("Subject: pinned", "Subject: Pinned"),
                lf.replace("key-pin@", "key-pin2@"), lf.replace("To: list@", "To: other@"))) {
            assertNotEquals(p.contentKey(), parseText(changed).contentKey(), changed);
        }
    }

    @Test
    void dateFallsBackToTheMboxFromLineAndKeepsBoth() throws MailParseException {
        Mail m = Mail.message("nodate@example.org").date("not a date at all");
        MailDate envelope = MailDate.parse("Tue Jun  5 09:08:07 2018");
        ParsedMessage p = MessageParser.parse(new RawMessage(m.bytes(), "t", 0, envelope));
        assertTrue(p.dateFromEnvelope());
        assertEquals(Instant.parse("2018-06-05T09:08:07Z"), p.date().instant());
        assertEquals("not a date at all", p.dateHeader());
        ParsedMessage withHeader = MessageParser.parse(new RawMessage(Mail.message("d@example.org").bytes(), "t", 0, envelope));
        assertFalse(withHeader.dateFromEnvelope());
        assertEquals(Instant.parse("2018-06-04T08:00:00Z"), withHeader.date().instant());
        assertEquals(envelope, withHeader.envelopeDate());
    }

    @Test
    void referencesDropSelfAndDuplicates() throws MailParseException {
        ParsedMessage p = parse(Mail.message("me@example.org")
                .header("References", "<root@example.org> <me@example.org> <root@example.org> <mid@example.org>")
                .header("In-Reply-To", "<mid@example.org>"));
        assertEquals(List.of("root@example.org", "mid@example.org"), p.references());
        assertEquals("mid@example.org", p.parentId());
        assertEquals(List.of("me@example.org", "root@example.org", "mid@example.org"), p.threadLinks());
    }

    @Test
    void raw8bitHeadersAndBogusCharsetAreReadAnyway() throws MailParseException {
        byte[] latin1Name = "From: Ren\u00e9 Dupont <rene@example.fr>\n".getBytes(StandardCharsets.ISO_8859_1);
        String rest = "Message-ID: <bogus@example.fr>\nSubject: hi\nContent-Type: text/plain; charset=y\n\ncaf\u00e9\n";
        byte[] all = concat(latin1Name, rest.getBytes(StandardCharsets.UTF_8));
        ParsedMessage p = MessageParser.parse(new RawMessage(all, "t", 0, null));
        assertEquals("René Dupont", p.from().name());
        assertEquals("café", p.body().text().strip());
        assertTrue(p.problems().stream().anyMatch(s -> s.contains("unknown charset 'y'")), p.problems().toString());
    }

    @Test
    void binaryDataIsRejected() {
        byte[] junk = new byte[5000];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 7);
        MailParseException e = assertThrows(MailParseException.class, () -> MessageParser.parse(new RawMessage(junk, "t", 0, null)));
        assertTrue(e.getMessage().startsWith("binary data"), e.getMessage());
    }

    @Test
    void patchTagsAreTakenApart() {
        SubjectInfo s = SubjectInfo.parse("Re: [Ksummit-discuss] [RFC PATCH v3 2/7] mm: do the thing");
        assertEquals("mm: do the thing", s.normalized());
        assertEquals(3, s.version());
        assertEquals(2, s.index());
        assertEquals(7, s.total());
        assertTrue(s.reply());
        assertEquals(List.of("Ksummit-discuss", "RFC PATCH v3 2/7"), s.tags());
        SubjectInfo plain = SubjectInfo.parse("[PATCH] staging: wavefs: delete the filesystem from the tree.");
        assertEquals(1, plain.version());
        assertEquals(-1, plain.index());
        assertNull(SubjectInfo.parse("Fwd: AW: hello").patchTag());
        assertEquals("hello", SubjectInfo.parse("Fwd: AW: hello").normalized());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
