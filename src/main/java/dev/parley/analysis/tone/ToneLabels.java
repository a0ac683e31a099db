package dev.parley.analysis.tone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.mail.MailParseException;
import dev.parley.mail.MboxReader;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import dev.parley.thread.ThreadLinker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The labelled tone set ({@code labels/tone/tone-labels.jsonl}, described in its README): each row names a message
 * by mbox and position, and the message is read from the corpus where it lies, never copied.
 * <p>
 * Each message gets the group that cross-validation keeps whole: a thread file of the corpus ({@code threads/*.mbox},
 * one debate each) is one group; in the slice a group is a thread as the importer links it (Message-IDs connected by
 * References and In-Reply-To, over every message of the slice), so no thread is ever split between training and
 * scoring.
 */
public final class ToneLabels {

    /** The slice: the one {@code .mbox.gz} of the corpus directory. */
    static final String SLICE = "slice";

    /**
     * One labelled message.
     *
     * @param group what cross-validation never splits (a thread)
     * @param tone the adjudicated label
     * @param ownText the author's own text, as import reads it ({@code Body.ownText()})
     */
    public record Item(String group, String messageId, Tone.Label tone, String ownText) {
    }

    private record Row(int line, String source, int index, String messageId, Tone.Label tone) {
    }

    private ToneLabels() {
    }

    /**
     * Reads the label file and every message it names.
     *
     * @param corpus the directory holding {@code threads/} and the slice's {@code .mbox.gz}
     *               ({@code ../shared/corpus/lkml})
     * @throws IOException naming the file and the problem when a row is malformed or its message is not where it says
     */
    public static List<Item> read(Path labelFile, Path corpus) throws IOException {
        List<Row> rows = rows(labelFile);
        Map<String, List<Row>> bySource = new LinkedHashMap<>();
        for (Row r : rows) bySource.computeIfAbsent(r.source, s -> new ArrayList<>()).add(r);
        Map<Row, Item> items = new HashMap<>();
        for (Map.Entry<String, List<Row>> e : bySource.entrySet()) {
            Path file = mbox(corpus, e.getKey());
            items.putAll(readSource(file, e.getKey(), e.getValue(), labelFile));
        }
        List<Item> out = new ArrayList<>();
        for (Row r : rows) out.add(items.get(r));
        return out;
    }

    private static List<Row> rows(Path labelFile) throws IOException {
        if (!Files.isRegularFile(labelFile)) throw new NoSuchFileException(labelFile.toString(), null, "no such label file");
        ObjectMapper json = new ObjectMapper();
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(labelFile);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String where = labelFile + " line " + (i + 1);
            try {
                JsonNode n = json.readTree(line);
                String source = text(n, "source", where), id = text(n, "message_id", where), tone = text(n, "tone", where);
                if (!n.path("index").canConvertToInt()) throw new IOException(where + " has no message index");
                Tone.Label label;
                try {
                    label = Tone.Label.of(tone);
                } catch (IllegalArgumentException bad) {
                    throw new IOException(where + " has the unknown tone '" + tone + "'");
                }
                out.add(new Row(i + 1, source, n.get("index").asInt(), stripBrackets(id), label));
            } catch (com.fasterxml.jackson.core.JsonProcessingException bad) {
                throw new IOException(where + " is not a JSON object: " + bad.getOriginalMessage());
            }
        }
        if (out.isEmpty()) throw new IOException(labelFile + " holds no labelled messages");
        return out;
    }

    private static String text(JsonNode n, String field, String where) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new IOException(where + " has no " + field);
        return v.asText();
    }

    private static String stripBrackets(String id) {
        String s = id.strip();
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
    }

    private static Path mbox(Path corpus, String source) throws IOException {
        if (source.equals(SLICE)) {
            try (var files = Files.list(corpus)) {
                List<Path> gz = files.filter(p -> p.getFileName().toString().endsWith(".mbox.gz")).sorted().toList();
                if (gz.size() != 1)
                    throw new IOException(corpus + " should hold exactly one .mbox.gz (the slice), not " + gz.size());
                return gz.get(0);
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(corpus.toString(), null, "no such corpus directory");
            }
        }
        Path p = corpus.resolve(source).normalize();
        if (!p.startsWith(corpus.normalize()) || !Files.isRegularFile(p))
            throw new NoSuchFileException(p.toString(), null, "the labels name this mbox, which is not in the corpus");
        return p;
    }

    /** Reads one mbox whole: the labelled messages by position, and every message's links for the threads. */
    private static Map<Row, Item> readSource(Path file, String source, List<Row> rows, Path labelFile) throws IOException {
        Map<Integer, List<Row>> byIndex = new HashMap<>();
        for (Row r : rows) byIndex.computeIfAbsent(r.index, k -> new ArrayList<>()).add(r);
        Map<Row, ParsedMessage> found = new HashMap<>();
        ThreadLinker threads = new ThreadLinker(new ThreadLinker.ExistingThreads() {
            @Override
            public String threadOf(String messageId) {
                return null;
            }

            @Override
            public int size(String threadId) {
                return 0;
            }
        });
        try (InputStream in = open(file); MboxReader mbox = new MboxReader(in, file.toString())) {
            RawMessage raw;
            for (int index = 0; (raw = mbox.next()) != null; index++) {
                List<Row> wanted = byIndex.get(index);
                if (wanted == null && !source.equals(SLICE)) continue; // a thread file is one group: no links needed
                ParsedMessage m;
                try {
                    m = MessageParser.parse(raw);
                } catch (MailParseException e) {
                    if (wanted == null) continue;
                    throw new IOException(file + ": message " + index + " does not parse: " + e.getMessage());
                }
                threads.assign(m.threadLinks());
                if (wanted == null) continue;
                for (Row r : wanted) {
                    if (!r.messageId.equals(m.messageId()))
                        throw new IOException(labelFile + " line " + r.line + ": message " + index + " of " + file + " is <"
                                + m.messageId() + ">, not <" + r.messageId + ">");
                    found.put(r, m);
                }
            }
        }
        Map<Row, Item> out = new HashMap<>();
        for (Row r : rows) {
            ParsedMessage m = found.get(r);
            if (m == null)
                throw new IOException(labelFile + " line " + r.line + ": " + file + " has no message " + r.index);
            String group = source.equals(SLICE) ? SLICE + ":" + threads.threadOf(m.messageId()) : source;
            out.put(r, new Item(group, m.messageId(), r.tone, m.body().ownText()));
        }
        return out;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
