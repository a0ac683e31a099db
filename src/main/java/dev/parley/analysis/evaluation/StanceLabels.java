package dev.parley.analysis.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.analysis.debate.Stance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Hand-made stance labels of one thread, in the format of the corpus's {@code labels/GUIDE.md}: the thread's mbox
 * file, its root, and every person who wrote in it with their position toward the proposal.
 *
 * @param file the label file
 * @param threadFile the name of the thread's mbox file
 * @param rootMessageId the root's Message-ID, without angle brackets (the root may be missing from the mbox)
 * @param people the labelled people, in file order
 */
public record StanceLabels(Path file, String threadFile, String rootMessageId, List<Person> people) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public StanceLabels {
        people = List.copyOf(people);
    }

    /**
     * One labelled person.
     *
     * @param addresses every From address they used, lower-cased
     */
    public record Person(String name, List<String> addresses, Stance stance) {
        public Person {
            addresses = List.copyOf(addresses);
        }
    }

    /** The thread's name for reports: its mbox file without the extension. */
    public String thread() {
        return threadFile.endsWith(".mbox") ? threadFile.substring(0, threadFile.length() - 5) : threadFile;
    }

    /** Every {@code *.json} label file of a directory, by name. */
    public static List<StanceLabels> readDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + " is not a directory of stance labels");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException(dir + " holds no stance label files (*.json)");
        List<StanceLabels> out = new ArrayList<>();
        for (Path f : files) out.add(read(f));
        return out;
    }

    /** Reads one label file; a file that is not in the labels' format is named with what is wrong. */
    public static StanceLabels read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not JSON: " + e.getMessage(), e);
        }
        String thread = text(root, "thread_file", file);
        String rootId = text(root, "root_message_id", file).replaceAll("^<|>$", "");
        if (!root.path("participants").isArray()) throw new IOException(file + " has no participants list");
        List<Person> people = new ArrayList<>();
        int n = 0;
        for (JsonNode p : root.get("participants")) {
            n++;
            String where = "participant " + n;
            String name = p.path("name").asText("");
            List<String> addresses = new ArrayList<>();
            for (JsonNode a : p.path("addresses")) addresses.add(a.asText().toLowerCase(Locale.ROOT));
            if (name.isBlank() && addresses.isEmpty()) throw new IOException(file + ": " + where + " has no name and no address");
            Stance stance;
            try {
                stance = Stance.of(p.path("stance").asText(""));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + where + " (" + name + ") has no stance of for, against, mixed or neutral");
            }
            people.add(new Person(name, addresses, stance));
        }
        return new StanceLabels(file, thread, rootId, people);
    }

    private static String text(JsonNode root, String key, Path file) throws IOException {
        String v = root.path(key).asText("");
        if (v.isBlank()) throw new IOException(file + " has no " + key);
        return v;
    }
}
