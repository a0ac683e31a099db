package dev.parley.web;

import dev.parley.model.Prefix;
import dev.parley.query.QueryNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * lore's inbox names for the archive's lists. lore serves each list under a short name ({@code /linux-xfs/}) and
 * every list together under {@code /all/}; Parley names a list by the first label of its List-Id
 * ({@code linux-xfs.vger.kernel.org} is {@code linux-xfs}), or by the whole List-Id when two lists share that label.
 */
final class Inboxes {

    /** The whole archive, as lore's {@code /all/}; b4 recognises this name and asks it for any Message-ID. */
    static final String ALL = "all";

    /** What public-inbox accepts as an inbox name (its {@code $INBOX_RE}); others are left out. */
    private static final Pattern NAME = Pattern.compile("[\\w\\-][\\w.\\-]*");
    /** Names with another meaning in the URL scheme. */
    private static final List<String> RESERVED = List.of(ALL, "r", "_");

    private final Map<String, String> listIdByName;
    private final Map<String, String> nameByListId;
    private final Map<String, Long> messagesByName;

    private Inboxes(Map<String, String> listIdByName, Map<String, Long> messagesByName) {
        this.listIdByName = Collections.unmodifiableMap(listIdByName);
        this.messagesByName = Collections.unmodifiableMap(messagesByName);
        Map<String, String> back = new HashMap<>();
        listIdByName.forEach((n, id) -> back.put(id, n));
        this.nameByListId = back;
    }

    /** The inboxes of an archive's lists ({@code ArchiveStats.lists()}: List-Id to message count). */
    static Inboxes of(Map<String, Long> lists) {
        Map<String, Integer> labelUses = new HashMap<>();
        for (String id : lists.keySet()) labelUses.merge(firstLabel(id), 1, Integer::sum);
        Map<String, String> byName = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, Long> e : lists.entrySet()) {
            String id = e.getKey();
            String label = firstLabel(id);
            String name = labelUses.get(label) == 1 && !RESERVED.contains(label) ? label : id.toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches() || RESERVED.contains(name) || byName.containsKey(name)) continue;
            byName.put(name, id);
            counts.put(name, e.getValue());
        }
        return new Inboxes(byName, counts);
    }

    private static String firstLabel(String listId) {
        int dot = listId.indexOf('.');
        return (dot < 0 ? listId : listId.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    /** Whether the name is {@code all} or one of the lists. */
    boolean exists(String name) {
        return ALL.equals(name) || listIdByName.containsKey(name);
    }

    /** The query narrowed to the inbox's list ({@code lid:}); unchanged for {@code all}. */
    QueryNode scope(String name, QueryNode query) {
        String listId = listIdByName.get(name);
        if (listId == null) return query;
        QueryNode list = new QueryNode.Term(Prefix.LIST_ID, listId, false);
        return query == null ? list : new QueryNode.And(List.of(query, list));
    }

    /** The inbox a message is best linked under: its first list that has a name here, else {@code all}. */
    String home(List<String> messageListIds) {
        for (String id : messageListIds) {
            String n = nameByListId.get(id);
            if (n != null) return n;
        }
        return ALL;
    }

    String listId(String name) {
        return listIdByName.get(name);
    }

    /** Inbox names with their message counts, by name. */
    Map<String, Long> counts() {
        return messagesByName;
    }

    List<String> names() {
        return new ArrayList<>(listIdByName.keySet());
    }
}
