package dev.parley.mail;

import jakarta.activation.CommandMap;
import jakarta.activation.MailcapCommandMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one raw message into a {@link ParsedMessage}. Envelope headers are read by {@link RawHeaders} (byte-exact,
 * tolerant); the MIME body structure and transfer encodings by Jakarta Mail; charsets by {@link Charsets}.
 * Anything that cannot be read cleanly is noted in {@link ParsedMessage#problems()} and the message is kept.
 */
public final class MessageParser {

    /** Text beyond this many characters is not indexed (the raw message is still stored whole). */
    public static final int MAX_TEXT_CHARS = 4 << 20;
    public static final int MAX_PARTS = 2_000;
    public static final int MAX_NESTING = 50;

    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern LIST_ID = Pattern.compile("<([^<>]+)>");

    static {
        System.setProperty("mail.mime.decodetext.strict", "false");
        System.setProperty("mail.mime.parameters.strict", "false");
        System.setProperty("mail.mime.base64.ignoreerrors", "true");
        System.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        System.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        System.setProperty("mail.mime.multipart.allowempty", "true");
        System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    /**
     * Jakarta Mail's session, made when the first message that is not a single text part comes: most list mail is
     * read straight from its bytes, and a short command (a search's snippets) need not pay for the set-up.
     */
    private static final class Mime {
        static final Session SESSION;

        static {
            // Angus looks services up on every message without this (2-3x slower, see STACK.md)
            CommandMap.setDefaultCommandMap(new MailcapCommandMap());
            SESSION = Session.getInstance(new Properties());
        }
    }

    private MessageParser() {
    }

    public static ParsedMessage parse(RawMessage raw) throws MailParseException {
        byte[] bytes = raw.bytes();
        checkLooksLikeMail(bytes);
        List<String> problems = new ArrayList<>();
        RawHeaders h = RawHeaders.parse(bytes);
        if (h.size() == 0) problems.add("no header fields: the whole message is read as body text");
        else if (h.malformedLines() > 0) problems.add(h.malformedLines() + " malformed header line(s) ignored");

        String subject = EncodedWords.decode(nullToEmpty(h.get("subject")));
        List<Address> fromList = AddressParser.parseList(h.get("from"));
        Address from = fromList.isEmpty() ? new Address("", "") : fromList.get(0);
        List<Address> to = new ArrayList<>();
        for (String v : h.all("to")) to.addAll(AddressParser.parseList(v));
        List<Address> cc = new ArrayList<>();
        for (String v : h.all("cc")) cc.addAll(AddressParser.parseList(v));
        List<String> listIds = new ArrayList<>();
        for (String v : h.all("list-id")) {
            Matcher m = LIST_ID.matcher(v);
            listIds.add(m.find() ? m.group(1).strip() : v.strip());
        }

        String dateHeader = nullToEmpty(h.get("date"));
        MailDate date = MailDate.parse(dateHeader);
        boolean fromEnvelope = false;
        if (date == null) {
            if (!dateHeader.isEmpty()) problems.add("unreadable Date header '" + abbreviate(dateHeader) + "'");
            if (raw.envelopeDate() != null) {
                date = raw.envelopeDate();
                fromEnvelope = true;
            }
        }

        BodyText text = readBody(bytes, h, problems);
        Body body = BodySplitter.split(text.text);

        String rawId = firstId(h.get("message-id"));
        byte[] identity = identity(rawId == null ? "" : rawId, h, bytes);
        String contentKey = contentKey(identity);
        boolean synthetic = rawId == null;
        String messageId = synthetic ? syntheticId(identity) : rawId;
        if (synthetic) problems.add("no Message-ID: synthetic id " + messageId + " assigned");

        List<String> references = idsIn(h.get("references"));
        String inReplyTo = nullToEmpty(firstId(h.get("in-reply-to")));
        references.remove(messageId); // a message cannot reply to itself
        if (inReplyTo.equals(messageId)) inReplyTo = "";

        return new ParsedMessage(messageId, synthetic, inReplyTo, List.copyOf(references), subject,
                SubjectInfo.parse(subject), from, List.copyOf(to), List.copyOf(cc), List.copyOf(listIds), date,
                fromEnvelope, dateHeader, raw.envelopeDate(), body, List.copyOf(text.attachments), contentKey, bytes,
                List.copyOf(problems), raw.location());
    }

    /**
     * Only the body of a message, decoded and split into segments as {@link #parse} does: for readers that have the
     * header fields already (a stored message's snippet), without parsing addresses and dates or hashing the content.
     */
    public static Body parseBody(RawMessage raw) throws MailParseException {
        return BodySplitter.split(bodyText(raw));
    }

    /** {@link #parseBody} without the trailers and the patch summary ({@link BodySplitter#segmentsOnly}). */
    public static Body parseBodySegments(RawMessage raw) throws MailParseException {
        return BodySplitter.segmentsOnly(bodyText(raw));
    }

    private static String bodyText(RawMessage raw) throws MailParseException {
        byte[] bytes = raw.bytes();
        checkLooksLikeMail(bytes);
        return readBody(bytes, RawHeaders.parse(bytes), new ArrayList<>()).text;
    }

    /** Rejects data that is clearly not mail (binary, no line structure). */
    private static void checkLooksLikeMail(byte[] b) throws MailParseException {
        if (b.length == 0) throw new MailParseException("empty message");
        int probe = Math.min(b.length, 4096);
        int nul = 0, control = 0;
        for (int i = 0; i < probe; i++) {
            int c = b[i] & 0xff;
            if (c == 0) nul++;
            else if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 27) control++;
        }
        if (nul > probe / 100 + 1 || control > probe / 10 + 2) {
            throw new MailParseException("binary data, not a mail message (" + nul + " NUL and " + control
                    + " control bytes in the first " + probe + ")");
        }
    }

    private record BodyText(String text, List<Attachment> attachments) {
    }

    private static BodyText readBody(byte[] bytes, RawHeaders h, List<String> problems) {
        BodyCollector c = new BodyCollector(problems);
        if (isSinglePartText(h)) {
            // most list mail is one text/plain part: read it straight from the bytes, sparing a second header parse
            c.readSinglePart(bytes, h);
            return new BodyText(c.text.toString(), c.attachments);
        }
        try {
            MimeMessage msg = new MimeMessage(Mime.SESSION, new SharedByteArrayInputStream(bytes));
            c.collect(msg, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            problems.add("MIME structure unreadable (" + e.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(e.getMessage()))
                    + "): body read as plain text");
            c.text.setLength(0);
            int start = Math.min(h.bodyStart(), bytes.length);
            c.append(Charsets.decode(bytes, start, bytes.length - start, null));
        }
        String text = c.text.toString();
        if (!c.hasPlain && c.html != null) text = HtmlText.toText(c.html);
        return new BodyText(text, c.attachments);
    }

    /** Walks the MIME tree, collecting readable text and listing attachments. */
    private static final class BodyCollector {
        final StringBuilder text = new StringBuilder();
        final List<Attachment> attachments = new ArrayList<>();
        final List<String> problems;
        String html;
        boolean hasPlain;
        int parts;
        boolean truncated;

        BodyCollector(List<String> problems) {
            this.problems = problems;
        }

        void collect(Part part, int depth) throws MessagingException, IOException {
            if (++parts > MAX_PARTS) {
                if (parts == MAX_PARTS + 1) problems.add("more than " + MAX_PARTS + " MIME parts: the rest are not read");
                return;
            }
            ContentType type = contentType(part);
            String primary = type.getPrimaryType().toLowerCase(Locale.ROOT);
            String sub = type.getSubType().toLowerCase(Locale.ROOT);
            String filename = filename(part);
            String disposition = disposition(part);
            if (primary.equals("multipart")) {
                Multipart mp = new MimeMultipart(new MimePartDataSource((MimePart) part));
                int count = mp.getCount();
                if (sub.equals("alternative")) {
                    Part best = pickAlternative(mp, count);
                    if (best != null) collect(best, depth);
                } else {
                    for (int i = 0; i < count && parts <= MAX_PARTS; i++) collect(mp.getBodyPart(i), depth);
                }
                return;
            }
            if (primary.equals("message") && sub.equals("rfc822")) {
                if (depth >= MAX_NESTING) {
                    problems.add("message/rfc822 nested deeper than " + MAX_NESTING + ": not read further");
                    return;
                }
                try (InputStream in = part.getInputStream()) {
                    collect(new MimeMessage(Mime.SESSION, in), depth + 1);
                }
                return;
            }
            boolean isText = primary.equals("text");
            boolean patch = isText && (sub.equals("x-patch") || sub.equals("x-diff") || sub.equals("x-log"));
            boolean attached = "attachment".equals(disposition) || (filename != null && !isText);
            if (isText && (sub.equals("plain") || patch || (sub.equals("html") && !attached)) && (!attached || patch)) {
                String decoded = readText(part, type);
                if (sub.equals("html")) {
                    if (html == null) html = decoded;
                    else html = html + "\n" + decoded;
                    return;
                }
                if (sub.equals("plain")) hasPlain = true;
                if (patch && filename != null) attachments.add(new Attachment(filename, primary + "/" + sub, size(part)));
                append(unflow(decoded, type));
                return;
            }
            String searchable = "";
            if (isText && !sub.equals("html") && !sub.equals("xhtml")) {
                searchable = unflow(readText(part, type), type);
            } else if (primary.equals("application") && sub.equals("octet-stream")) {
                searchable = printableText(part);
            }
            attachments.add(new Attachment(filename == null ? "" : filename, primary + "/" + sub, size(part), searchable));
        }

        /** The part's bytes as UTF-8 text when that is printable text (no control characters but whitespace), else empty. */
        private String printableText(Part part) {
            byte[] data;
            try (InputStream in = part.getInputStream()) {
                data = in.readNBytes(MAX_TEXT_CHARS * 2);
            } catch (IOException | MessagingException e) {
                return "";
            }
            String s = Charsets.decode(data, StandardCharsets.UTF_8);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((Character.isISOControl(c) && !Character.isWhitespace(c)) || c == '\uFFFD') return "";
            }
            return s;
        }

        void readSinglePart(byte[] bytes, RawHeaders h) {
            ContentType type = parseContentType(h.get("content-type"));
            int start = Math.min(h.bodyStart(), bytes.length);
            byte[] data;
            String cte = h.get("content-transfer-encoding");
            String enc = cte == null ? "" : cte.strip().toLowerCase(Locale.ROOT);
            if (enc.equals("quoted-printable") || enc.equals("base64") || enc.equals("x-uuencode") || enc.equals("uuencode")) {
                try (InputStream in = MimeUtility.decode(new SharedByteArrayInputStream(bytes, start, bytes.length - start), enc)) {
                    data = in.readNBytes(MAX_TEXT_CHARS * 2);
                } catch (IOException | MessagingException e) {
                    problems.add("undecodable " + enc + " body (" + abbreviate(String.valueOf(e.getMessage())) + "): raw text used");
                    data = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
                }
            } else {
                data = java.util.Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + MAX_TEXT_CHARS * 2));
            }
            hasPlain = true;
            append(decodeText(data, type));
        }

        void append(String s) {
            if (truncated) return;
            if (!text.isEmpty()) text.append("\n\n");
            int room = MAX_TEXT_CHARS - text.length();
            if (s.length() > room) {
                text.append(s, 0, Math.max(0, room));
                truncated = true;
                problems.add("body text longer than " + MAX_TEXT_CHARS + " characters: the rest is stored but not indexed");
            } else text.append(s);
        }

        private Part pickAlternative(Multipart mp, int count) throws MessagingException {
            Part html = null, first = null;
            for (int i = 0; i < count; i++) {
                Part p = mp.getBodyPart(i);
                if (first == null) first = p;
                ContentType t = contentType(p);
                if (t.match("text/plain") && p.getSize() != 0) return p;
                if (t.match("text/html") && html == null) html = p;
                if (t.getPrimaryType().equalsIgnoreCase("multipart") && html == null) html = p;
            }
            return html != null ? html : first;
        }

        /** Charset decoding with fallback, then format=flowed joined. */
        private String decodeText(byte[] data, ContentType type) {
            return unflow(charsetDecode(data, type), type);
        }

        private String charsetDecode(byte[] data, ContentType type) {
            String label = type.getParameter("charset");
            Charset cs = Charsets.lookup(label);
            if (cs == null && label != null && !label.isBlank()) {
                problems.add("unknown charset '" + abbreviate(label) + "': decoded as UTF-8 or windows-1252");
            }
            return Charsets.decode(data, cs);
        }

        private String readText(Part part, ContentType type) throws MessagingException {
            byte[] data;
            try (InputStream in = part.getInputStream()) {
                data = in.readNBytes(MAX_TEXT_CHARS * 2);
            } catch (IOException | MessagingException e) {
                problems.add("undecodable transfer encoding (" + abbreviate(String.valueOf(e.getMessage())) + "): raw text used");
                data = rawContent(part);
            }
            return charsetDecode(data, type);
        }
    }

    private static String unflow(String text, ContentType type) {
        if (!"flowed".equalsIgnoreCase(type.getParameter("format"))) return text;
        return FlowedText.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
    }

    /** Single text/plain (or untyped) part, not multipart, not a nested message. */
    private static boolean isSinglePartText(RawHeaders h) {
        String ct = h.get("content-type");
        if (ct == null || ct.isBlank()) return true;
        ContentType t = parseContentType(ct);
        return t.getPrimaryType().equalsIgnoreCase("text") && t.getSubType().equalsIgnoreCase("plain");
    }

    private static byte[] rawContent(Part part) {
        try (InputStream in = part instanceof MimeBodyPart b ? b.getRawInputStream()
                : ((MimeMessage) part).getRawInputStream()) {
            return in.readNBytes(MAX_TEXT_CHARS * 2);
        } catch (IOException | MessagingException | ClassCastException e) {
            return new byte[0];
        }
    }

    private static long size(Part part) {
        try {
            return Math.max(0, part.getSize());
        } catch (MessagingException e) {
            return 0;
        }
    }

    private static ContentType contentType(Part part) {
        String value = null;
        try {
            String[] hs = part.getHeader("Content-Type");
            value = hs == null || hs.length == 0 ? null : hs[0];
        } catch (MessagingException | RuntimeException e) {
            // no readable header: text/plain
        }
        return parseContentType(value);
    }

    /** A Content-Type, leniently: a malformed one still gives its type and charset when they can be seen. */
    static ContentType parseContentType(String value) {
        if (value != null) {
            try {
                return new ContentType(value);
            } catch (jakarta.mail.internet.ParseException | RuntimeException e) {
                // fall through
            }
        }
        ContentType ct = new ContentType("text", "plain", null);
        if (value != null) {
            Matcher m = Pattern.compile("^\\s*([A-Za-z0-9.+-]+)/([A-Za-z0-9.+-]+)").matcher(value);
            if (m.find()) ct = new ContentType(m.group(1), m.group(2), null);
            Matcher cs = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)").matcher(value);
            if (cs.find()) ct.setParameter("charset", cs.group(1));
        }
        return ct;
    }

    private static String filename(Part part) {
        try {
            String f = part.getFileName();
            return f == null ? null : EncodedWords.decode(f);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String disposition(Part part) {
        try {
            String d = part.getDisposition();
            return d == null ? null : d.toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    static String firstId(String header) {
        if (header == null || header.isBlank()) return null;
        Matcher m = ANGLE_ID.matcher(header);
        if (m.find()) return m.group(1);
        String s = header.strip();
        int sp = s.indexOf(' ');
        if (sp > 0) s = s.substring(0, sp);
        return s.isEmpty() ? null : s;
    }

    static List<String> idsIn(String header) {
        Set<String> ids = new LinkedHashSet<>();
        if (header != null) {
            Matcher m = ANGLE_ID.matcher(header);
            while (m.find()) ids.add(m.group(1));
            if (ids.isEmpty()) {
                for (String t : header.strip().split("\\s+")) if (t.contains("@")) ids.add(t);
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * What makes two copies of a message the same: the Message-ID, the main headers and the body with CR LF read as
     * LF and trailing whitespace left out, one byte string (parts ended by a zero byte).
     */
    private static byte[] identity(String messageId, RawHeaders h, byte[] bytes) {
        int start = Math.min(h.bodyStart(), bytes.length);
        int end = trimmedEnd(bytes, start);
        String[] values = {messageId, nullToEmpty(h.get("from")), nullToEmpty(h.get("subject")),
                nullToEmpty(h.get("date")), nullToEmpty(h.get("to")), nullToEmpty(h.get("cc"))};
        // a message with none of those headers and no body would be the same as every other such message, and all
        // but the first would be dropped as copies of it: its whole text is what tells it apart
        if (end == start && String.join("", values).isEmpty()) {
            start = 0;
            end = trimmedEnd(bytes, 0);
        }
        byte[][] parts = new byte[6][];
        int size = end - start;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = values[i].getBytes(StandardCharsets.UTF_8);
            size += parts[i].length + 1;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length + 1; // the zero byte is already there
        }
        int runStart = start;
        for (int i = start; i < end; i++) {
            if (bytes[i] == '\r' && i + 1 < end && bytes[i + 1] == '\n') {
                System.arraycopy(bytes, runStart, out, at, i - runStart);
                at += i - runStart;
                runStart = i + 1;
            }
        }
        System.arraycopy(bytes, runStart, out, at, end - runStart);
        at += end - runStart;
        return at == out.length ? out : Arrays.copyOf(out, at);
    }

    /** Where the text ends once trailing line ends and blanks are left out (not before {@code start}). */
    private static int trimmedEnd(byte[] bytes, int start) {
        int end = bytes.length;
        while (end > start && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) end--;
        return end;
    }

    /**
     * The content key: MurmurHash3 (x64, 128 bits; Lucene's implementation) of {@link #identity}, as 32 hex digits.
     * Not a cryptographic hash: it only tells copies of one Message-ID apart, where an accidental collision is
     * about 2^-128 and a contrived one would need the other copy's exact bytes in advance. SHA-256 cost an import
     * 8% of its CPU (the quick JIT an import runs on has no SHA instructions).
     */
    static String contentKey(byte[] identity) {
        long[] h = StringHelper.murmurhash3_x64_128(identity, 0, identity.length, 0);
        return HEX.toHexDigits(h[0]) + HEX.toHexDigits(h[1]);
    }

    /**
     * The Message-ID given to a message without one: from SHA-256 of its {@link #identity}, as it was from the
     * start, so that the ids that permalinks and quotes use stay the same whatever the content key becomes.
     */
    static String syntheticId(byte[] identity) {
        byte[] digest = sha256().digest(identity);
        return "parley." + HEX.formatHex(digest).substring(0, 24) + "@synthetic.invalid";
    }

    private static final HexFormat HEX = HexFormat.of();

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** A reset SHA-256 digest for this thread (looking the algorithm up per message is measurably slow). */
    static MessageDigest sha256() {
        MessageDigest md = SHA256.get();
        md.reset();
        return md;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 80 ? one.substring(0, 77) + "..." : one;
    }
}
