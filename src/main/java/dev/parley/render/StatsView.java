package dev.parley.render;

import dev.parley.model.ArchiveStats;

import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code parley stats} prints: the size and shape of an archive. */
public final class StatsView {

    private StatsView() {
    }

    public static Map<String, Object> json(ArchiveStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messages", s.messages());
        m.put("threads", s.threads());
        m.put("participants", s.participants());
        m.put("first_date", s.firstDate());
        m.put("last_date", s.lastDate());
        m.put("lists", s.lists());
        m.put("index_bytes", s.indexBytes());
        return m;
    }

    /** Aligned lines ending in a newline, one per list at the end. */
    public static String text(ArchiveStats s) {
        StringBuilder sb = new StringBuilder(String.format(
                "messages      %,d%nthreads       %,d%nparticipants  %,d%nfirst date    %s%nlast date     %s%n"
                        + "index size    %.1f MB%n", s.messages(), s.threads(), s.participants(), s.firstDate(),
                s.lastDate(), s.indexBytes() / 1048576.0));
        s.lists().forEach((list, n) -> sb.append(String.format("list          %s (%,d)%n", list, n)));
        return sb.toString();
    }
}
