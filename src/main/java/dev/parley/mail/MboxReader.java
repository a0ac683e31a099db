package dev.parley.mail;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Streams messages out of an mbox (mboxo or mboxrd) one at a time; memory holds one message, never the file.
 *
 * <p>A message starts at a {@code From } line that follows a blank line (or the start of the file) and carries a
 * date, or at any line that is an exact asctime {@code From } line. The blank separator line before the next
 * message is not part of the message. {@code >From } escaping is undone mboxrd-style (one '>' removed from
 * {@code ^>+From }), which also reads mboxo correctly except for the ambiguous literal ">From " lines mboxo cannot
 * represent anyway.
 */
public final class MboxReader implements Closeable {

    private static final Pattern LOOSE_FROM = Pattern.compile("^From \\S+.*\\d{1,2}:\\d{2}.*\\d{4}.*$", Pattern.DOTALL);
    private static final Pattern STRICT_FROM = Pattern.compile(
            "^From \\S+ +(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\\d{1,2} "
                    + "\\d{1,2}:\\d{2}(:\\d{2})? (?:[A-Z]{3,4} )?\\d{4}\\s*$", Pattern.DOTALL);
    /** A line longer than this is never a From line; it is still read whole into the message. */
    private static final int MAX_FROM_LINE = 1000;
    /** Messages above this size are skipped with a problem reported, so one monster cannot exhaust memory. */
    public static final int MAX_MESSAGE_BYTES = 256 << 20;

    private final InputStream in;
    private final String source;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed; // absolute offset of buf[pos]
    private boolean eof;

    private byte[] line = new byte[256];
    private int lineLen;
    private long lineOffset;

    private String pendingFrom; // the From line that starts the next message
    private long pendingOffset;
    private boolean started;

    private byte[] msg = new byte[1 << 16];
    private int msgLen;
    private boolean oversize;
    private final java.util.List<String[]> problems = new java.util.ArrayList<>(); // {location, reason}

    public MboxReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Whether the stream starts (after blank lines) with a {@code From } line; reads nothing when it returns false. */
    public static boolean looksLikeMbox(byte[] head, int len) {
        int i = 0;
        while (i < len && (head[i] == '\n' || head[i] == '\r')) i++;
        return len - i >= 5 && head[i] == 'F' && head[i + 1] == 'r' && head[i + 2] == 'o' && head[i + 3] == 'm' && head[i + 4] == ' ';
    }

    /** The next message, or null at the end of the stream. */
    public RawMessage next() throws IOException {
        if (!started) {
            started = true;
            while (readLine()) {
                if (isBlank()) continue;
                if (!startsWith("From ")) {
                    throw new IOException(source + " is not an mbox file: it does not start with a 'From ' line");
                }
                pendingFrom = lineString();
                pendingOffset = lineOffset;
                break;
            }
        }
        if (pendingFrom == null) return null;
        String fromLine = pendingFrom;
        long offset = pendingOffset;
        pendingFrom = null;
        msgLen = 0;
        if (msg.length > (4 << 20)) msg = new byte[1 << 16]; // do not keep one huge message's buffer forever
        if (line.length > (1 << 20)) line = new byte[256];
        boolean prevBlank = false;
        int lastLineStart = 0;
        while (readLine()) {
            if (startsWith("From ") && lineLen < MAX_FROM_LINE) {
                String candidate = lineString();
                if ((prevBlank && LOOSE_FROM.matcher(candidate).matches()) || STRICT_FROM.matcher(candidate).matches()) {
                    if (prevBlank) msgLen = lastLineStart; // the separator line belongs to no message
                    pendingFrom = candidate;
                    pendingOffset = lineOffset;
                    break;
                }
            }
            lastLineStart = msgLen;
            int skip = isEscapedFrom() ? 1 : 0;
            append(line, skip, lineLen - skip);
            prevBlank = isBlank();
        }
        if (pendingFrom == null && prevBlank && msgLen > lastLineStart && msgLen - lastLineStart <= 2 && lastLineStart > 0) {
            msgLen = lastLineStart; // trailing separator at the end of the file
        }
        if (oversize) {
            oversize = false;
            problems.add(new String[]{source + " at byte " + offset, "message larger than " + (MAX_MESSAGE_BYTES >> 20)
                    + " MB skipped (the messages around it are read)"});
            return next();
        }
        if (msgLen > 0 && msg[msgLen - 1] != '\n') append(new byte[]{'\n'}, 0, 1);
        return new RawMessage(Arrays.copyOf(msg, msgLen), source, offset, envelopeDate(fromLine));
    }

    /** Problems met since the last call ({location, reason} pairs): skipped oversize messages. */
    public java.util.List<String[]> takeProblems() {
        java.util.List<String[]> out = java.util.List.copyOf(problems);
        problems.clear();
        return out;
    }

    private static MailDate envelopeDate(String fromLine) {
        String rest = fromLine.substring(5).strip();
        int sp = rest.indexOf(' ');
        return sp < 0 ? null : MailDate.parse(rest.substring(sp + 1));
    }

    /** Absolute offset of the next unread byte of the (decompressed) stream. */
    public long position() {
        return consumed + pos;
    }

    private boolean isEscapedFrom() {
        int i = 0;
        while (i < lineLen && line[i] == '>') i++;
        return i > 0 && lineLen - i >= 5 && line[i] == 'F' && line[i + 1] == 'r' && line[i + 2] == 'o'
                && line[i + 3] == 'm' && line[i + 4] == ' ';
    }

    private boolean isBlank() {
        return lineLen == 1 && line[0] == '\n' || lineLen == 2 && line[0] == '\r' && line[1] == '\n';
    }

    private boolean startsWith(String s) {
        if (lineLen < s.length()) return false;
        for (int i = 0; i < s.length(); i++) if (line[i] != s.charAt(i)) return false;
        return true;
    }

    private String lineString() {
        int n = lineLen;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
        return new String(line, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Reads one line, newline included, into {@link #line}; false at the end of the stream. */
    private boolean readLine() throws IOException {
        lineLen = 0;
        lineOffset = consumed + pos;
        while (true) {
            if (pos >= limit && !fill()) return lineLen > 0;
            int i = pos;
            while (i < limit && buf[i] != '\n') i++;
            boolean found = i < limit;
            int end = found ? i + 1 : limit;
            int n = end - pos;
            if (lineLen + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + n));
            System.arraycopy(buf, pos, line, lineLen, n);
            lineLen += n;
            pos = end;
            if (found) return true;
        }
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        consumed += limit;
        pos = 0;
        limit = 0;
        int r = in.read(buf, 0, buf.length);
        if (r <= 0) {
            eof = true;
            return false;
        }
        limit = r;
        return true;
    }

    private void append(byte[] b, int off, int len) {
        if (oversize) return;
        if ((long) msgLen + len > MAX_MESSAGE_BYTES) {
            oversize = true;
            msgLen = 0;
            msg = new byte[1 << 16];
            return;
        }
        if (msgLen + len > msg.length) msg = Arrays.copyOf(msg, Math.max(msg.length * 2, msgLen + len));
        System.arraycopy(b, off, msg, msgLen, len);
        msgLen += len;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
