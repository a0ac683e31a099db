package dev.parley.render;

import dev.parley.model.ImportListener;
import dev.parley.model.ImportSummary;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import prints: problems as they happen (one line each), a progress line on a terminal, and the summary.
 */
public final class ImportReport implements ImportListener {

    private final PrintStream err;
    private final boolean progress;
    private final boolean warnings;
    private final long started = System.nanoTime();
    private long lastProgress;
    private boolean progressShown;

    /**
     * @param progress draw a progress line (only when stderr is a terminal and not --quiet)
     * @param warnings print messages imported with problems, not only skipped ones
     */
    public ImportReport(PrintStream err, boolean progress, boolean warnings) {
        this.err = err;
        this.progress = progress;
        this.warnings = warnings;
    }

    @Override
    public synchronized void problem(String location, String messageId, String reason, boolean skipped) {
        if (!skipped && !warnings) return;
        clearProgress();
        String id = messageId == null ? "" : " <" + messageId + ">";
        err.println((skipped ? "error: " : "warning: ") + location + id + ": " + reason);
    }

    @Override
    public synchronized void progress(long messages, long sourceBytes, long totalBytes) {
        if (!progress) return;
        long now = System.nanoTime();
        if (now - lastProgress < 250_000_000L) return;
        lastProgress = now;
        double secs = Math.max(0.001, (now - started) / 1e9);
        String eta = "";
        if (totalBytes > 0 && sourceBytes > 0) {
            double left = secs * (totalBytes - sourceBytes) / sourceBytes;
            eta = String.format("  ETA %ds", Math.round(left));
        }
        err.printf("\r%,d messages  %.1f/%.1f MB  %,.0f msg/s%s   ", messages, sourceBytes / 1048576.0,
                totalBytes / 1048576.0, messages / secs, eta);
        err.flush();
        progressShown = true;
    }

    private void clearProgress() {
        if (progressShown) {
            err.print("\r\033[K");
            progressShown = false;
        }
    }

    public synchronized void finish() {
        clearProgress();
    }

    public static String text(ImportSummary s) {
        return text(s, "Imported");
    }

    /** The summary line, saying what was done ("Imported", "Reindexed", "Synced"). */
    public static String text(ImportSummary s, String verb) {
        return String.format(verb + " %,d of %,d messages from %d source%s in %.1f s (%,.0f msg/s): %,d duplicate%s, "
                        + "%,d error%s, %,d warning%s; %,d thread%s touched%s.",
                s.imported(), s.messagesRead(), s.files(), s.files() == 1 ? "" : "s", s.seconds(),
                s.messagesRead() / Math.max(0.001, s.seconds()), s.duplicates(), s.duplicates() == 1 ? "" : "s",
                s.errors(), s.errors() == 1 ? "" : "s", s.warnings(), s.warnings() == 1 ? "" : "s",
                s.threads(), s.threads() == 1 ? "" : "s", s.merges() > 0 ? ", " + s.merges() + " merged" : "")
                + (s.removed() > 0 ? String.format(" %,d message%s flagged removed by the archive.", s.removed(),
                s.removed() == 1 ? "" : "s") : "");
    }

    public static Map<String, Object> json(ImportSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", s.files());
        m.put("messages_read", s.messagesRead());
        m.put("imported", s.imported());
        m.put("duplicates", s.duplicates());
        m.put("errors", s.errors());
        m.put("warnings", s.warnings());
        m.put("threads", s.threads());
        m.put("merges", s.merges());
        m.put("removed", s.removed());
        m.put("bytes", s.bytes());
        m.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        return m;
    }
}
