package dev.parley.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes messages as mboxrd: a {@code From } separator line, the original bytes with {@code ^>*From } lines
 * escaped by one more '>', and a blank line. {@link MboxReader} reads this back to the same bytes.
 */
public final class MboxWriter {

    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final OutputStream out;

    public MboxWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * @param sender the envelope sender for the From line (an address; "MAILER-DAEMON" when empty)
     * @param date the date for the From line (the Unix epoch when null)
     */
    public void write(String sender, Instant date, byte[] raw) throws IOException {
        String who = sender == null || sender.isBlank() || sender.contains(" ") ? "MAILER-DAEMON" : sender;
        String line = "From " + who + " " + ASCTIME.format(date == null ? Instant.EPOCH : clamp(date)) + "\n";
        out.write(line.getBytes(StandardCharsets.US_ASCII));
        int start = 0;
        int n = raw.length;
        while (start < n) {
            int eol = start;
            while (eol < n && raw[eol] != '\n') eol++;
            int end = Math.min(n, eol + 1);
            if (isFromLine(raw, start, end)) out.write('>');
            out.write(raw, start, end - start);
            start = end;
        }
        if (n == 0 || raw[n - 1] != '\n') out.write('\n');
        out.write('\n');
    }

    private static Instant clamp(Instant date) {
        // asctime has four-digit years only
        Instant min = Instant.parse("0001-01-01T00:00:00Z"), max = Instant.parse("9999-12-31T23:59:59Z");
        return date.isBefore(min) ? min : date.isAfter(max) ? max : date;
    }

    private static boolean isFromLine(byte[] b, int start, int end) {
        int i = start;
        while (i < end && b[i] == '>') i++;
        return end - i >= 5 && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o' && b[i + 3] == 'm' && b[i + 4] == ' ';
    }

    public void flush() throws IOException {
        out.flush();
    }
}
