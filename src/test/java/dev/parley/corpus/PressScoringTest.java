package dev.parley.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.digest.ThreadReading;
import dev.parley.analysis.quotes.EditorsOrder;
import dev.parley.analysis.quotes.Quote;
import dev.parley.analysis.quotes.QuoteFinder;
import dev.parley.analysis.text.Unwrapping;
import dev.parley.identity.Mailmap;
import dev.parley.mail.ParsedMessage;
import dev.parley.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores {@code parley quotes} and {@code parley debate} against what the press quoted from corpus debates
 * (labels/press/press.json; how it was made and how it is scored: labels/press/README.md).
 * <ul>
 * <li>A press quote is <b>found</b> when one of the thread's top 10 quotes comes from the same sentence: the press
 * quote's text occurs in the quote's whole sentence, or that sentence in the press quote (white space folded).</li>
 * <li><b>Recall@10</b> of a thread = found / min(10, distinct press quotes of the thread); micro = the sums' ratio,
 * macro = the mean over threads.</li>
 * <li><b>Position agreement</b> = the share of positions the press attributes to people who wrote in the thread
 * that {@code debate} gives the same side (one per thread and person).</li>
 * </ul>
 * Printed for the threads the ranking was tuned on, the held-out ones, and all. Every press quote is first checked
 * to occur verbatim in its message (own text or the lines its patch adds).
 */
class PressScoringTest {

    private static final Path PRESS = Path.of("labels/press/press.json");
    private static final int TOP = 10;

    record ThreadScore(String file, String split, int found, int ceiling, int wanted, int positionsRight, int positions,
                       List<String> missed) {
        double recall() {
            return wanted == 0 ? 0 : found / (double) wanted;
        }
    }

    @Test
    void pressQuotesAreAmongTheTopTenAndPressPositionsAgree() throws IOException {
        Path threads = Samples.corpusThreads("press scoring");
        JsonNode press = new ObjectMapper().readTree(PRESS.toFile());
        List<ThreadScore> scores = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        String only = System.getProperty("parley.press.split", ""); // "tune" while working on the ranking
        for (JsonNode thread : press.get("threads")) {
            String file = thread.get("thread_file").asText();
            if (!only.isEmpty() && !only.equals(thread.get("split").asText())) continue;
            List<ParsedMessage> parsed = Samples.parsed(threads.resolve(file));
            ThreadReading reading = ThreadReading.read(file, parsed, Mailmap.EMPTY);
            List<Quote> top = QuoteFinder.select(reading.debate(), reading.quotes(), null, null, TOP);

            Map<String, JsonNode> quotes = new LinkedHashMap<>(); // folded text -> the press quote
            Map<String, JsonNode> positions = new LinkedHashMap<>(); // person -> the first position given
            for (JsonNode article : thread.get("articles")) {
                for (JsonNode q : article.get("quotes")) {
                    String problem = unverified(q, parsed);
                    if (problem != null) unverified.add(file + " <" + q.get("message_id").asText() + ">: " + problem);
                    quotes.putIfAbsent(fold(q.get("text").asText()), q);
                }
                for (JsonNode p : article.get("positions")) {
                    if (p.get("participant").asBoolean()) positions.putIfAbsent(p.get("person").asText(), p);
                }
            }
            if (file.startsWith(System.getProperty("parley.press.show", "\u0000"))) show(file, reading.quotes(), quotes.keySet());
            List<String> pressTexts = new ArrayList<>(quotes.keySet());
            int found = 0;
            List<String> missed = new ArrayList<>();
            for (String q : pressTexts) {
                if (top.stream().anyMatch(t -> sameSentence(q, fold(t.sentence())))) found++;
                else missed.add(miss(q, reading.quotes(), top));
            }
            int ceiling = EditorsOrder.ceiling(reading.quotes(), reading.debate(), quote -> {
                Set<Integer> hit = new LinkedHashSet<>();
                for (int i = 0; i < pressTexts.size(); i++) if (sameSentence(pressTexts.get(i), fold(quote.sentence()))) hit.add(i);
                return hit;
            });
            int right = 0;
            for (JsonNode p : positions.values()) {
                String side = side(reading, p);
                if (p.get("side").asText().equals(side)) right++;
                else missed.add("position " + p.get("person").asText() + " " + p.get("side").asText() + "->" + side);
            }
            scores.add(new ThreadScore(file, thread.get("split").asText(), found, Math.min(ceiling, TOP), Math.min(TOP, quotes.size()), right,
                    positions.size(), missed));
        }
        assertTrue(unverified.isEmpty(), "press quotes not verbatim in their messages:\n" + String.join("\n", unverified));
        String report = report(scores);
        System.out.println(report);
        if (!only.isEmpty()) return;
        assertEquals(7, scores.size(), report);
        // floors just under the figures of 2026-12-08 (recall 0.527 micro, 29 of 55; positions 1.000, 11 of 11), so that
        // a change that loses press quotes, or more than one position, fails here (labels/press/README.md)
        int found = scores.stream().mapToInt(ThreadScore::found).sum(), wanted = scores.stream().mapToInt(ThreadScore::wanted).sum();
        int right = scores.stream().mapToInt(ThreadScore::positionsRight).sum(), placed = scores.stream().mapToInt(ThreadScore::positions).sum();
        assertTrue(found >= 0.52 * wanted, "recall@10 fell below 0.52: " + report);
        assertTrue(right >= 0.9 * placed, "position agreement fell below 0.9: " + report);
    }

    /**
     * For working on the ranking ({@code -Dparley.press.show=PREFIX}): the thread's top 20 quotes, and where each press
     * quote's sentence ranks in the whole list.
     */
    private static void show(String file, List<Quote> quotes, Set<String> press) {
        StringBuilder sb = new StringBuilder("\n" + file + "\n");
        for (int i = 0; i < Math.min(20, quotes.size()); i++) {
            Quote q = quotes.get(i);
            sb.append(String.format(Locale.ROOT, "%3d %.3f %-18.18s %s%n      %s%n", i + 1, q.score(), q.author(),
                    q.text(), q.reasons()));
        }
        for (String p : press) {
            int rank = -1;
            for (int i = 0; i < quotes.size() && rank < 0; i++) if (sameSentence(p, fold(quotes.get(i).sentence()))) rank = i + 1;
            sb.append(String.format(Locale.ROOT, "  press at %4s: %s%n", rank < 0 ? "-" : rank, p));
        }
        System.out.println(sb);
    }

    /**
     * A missed press quote: its rank in the whole list, its score and reasons, and what holds it out of the top ten
     * (the two quotes of its author's replies, or the proposal's six, that are there; else the tenth's score).
     */
    private static String miss(String press, List<Quote> all, List<Quote> top) {
        String text = press.length() > 70 ? press.substring(0, 67) + "..." : press;
        int rank = -1;
        for (int i = 0; i < all.size() && rank < 0; i++) if (sameSentence(press, fold(all.get(i).sentence()))) rank = i + 1;
        if (rank < 0) return text + "\n        no candidate of that sentence";
        Quote q = all.get(rank - 1);
        List<Quote> rivals = top.stream().filter(t -> q.proposal() ? t.proposal() : !t.proposal() && t.authorId().equals(q.authorId())).toList();
        int cap = q.proposal() ? EditorsOrder.PROPOSAL_SHARE : EditorsOrder.PER_PERSON;
        String above = rivals.size() >= cap
                ? (q.proposal() ? "the proposal's " : q.author() + "'s ") + rivals.size() + " in the top ten, lowest "
                  + String.format(Locale.ROOT, "%.3f", rivals.stream().mapToDouble(Quote::score).min().orElse(0))
                  + ": " + brief(rivals.get(rivals.size() - 1).text())
                : String.format(Locale.ROOT, "below the top ten's lowest, %.3f", top.stream().mapToDouble(Quote::score).min().orElse(0));
        return String.format(Locale.ROOT, "%s%n        rank %d, %.3f %s%n        above it: %s", text, rank, q.score(), q.reasons(), above);
    }

    private static String brief(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** Either text holds the other. */
    static boolean sameSentence(String pressQuote, String sentence) {
        return !pressQuote.isEmpty() && !sentence.isEmpty() && (sentence.contains(pressQuote) || pressQuote.contains(sentence));
    }

    static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The side the debate gives the person the press placed: by address, "missing" when not a participant. */
    private static String side(ThreadReading reading, JsonNode position) {
        for (JsonNode a : position.get("addresses")) {
            Optional<Participant> p = reading.debate().byAddress(a.asText());
            if (p.isPresent()) return p.get().stance().id();
        }
        return "missing";
    }

    /** Why a press quote does not occur in its message's own text or in the lines its patch adds, or null. */
    private static String unverified(JsonNode quote, List<ParsedMessage> thread) {
        String id = quote.get("message_id").asText().replaceAll("^<|>$", "");
        Optional<ParsedMessage> m = thread.stream().filter(p -> p.messageId().equals(id)).findFirst();
        if (m.isEmpty()) return "no such message in the thread";
        String text = fold(quote.get("text").asText());
        if (fold(Unwrapping.unwrap(m.get().body().ownText())).contains(text)) return null;
        StringBuilder added = new StringBuilder();
        for (String line : m.get().body().text().split("\r?\n", -1)) {
            added.append(line.startsWith("+") && !line.startsWith("+++") ? line.substring(1) : "").append('\n');
        }
        return fold(Unwrapping.unwrap(added.toString())).contains(text) ? null : "not verbatim: " + text;
    }

    private static String report(List<ThreadScore> scores) {
        StringBuilder sb = new StringBuilder("\npress scoring: top " + TOP + " quotes and debate sides vs " + PRESS + "\n");
        sb.append("(ceiling: the most press quotes any top ten obeying the issue's rules could hold)\n");
        sb.append(String.format(Locale.ROOT, "%-58s %-8s %9s %7s %8s %9s%n", "thread", "split", "found", "recall", "ceiling", "positions"));
        for (ThreadScore s : scores) {
            sb.append(String.format(Locale.ROOT, "%-58s %-8s %4d/%-4d %7.2f %3d %4.2f %5d/%-3d%n", s.file(), s.split(), s.found(),
                    s.wanted(), s.recall(), s.ceiling(), s.ceiling() / (double) Math.max(1, s.wanted()), s.positionsRight(), s.positions()));
            for (String m : s.missed()) sb.append("    missed: ").append(m).append('\n');
        }
        for (String split : List.of("tune", "held_out", "all")) {
            List<ThreadScore> part = scores.stream().filter(s -> split.equals("all") || s.split().equals(split)).toList();
            int found = part.stream().mapToInt(ThreadScore::found).sum();
            int wanted = part.stream().mapToInt(ThreadScore::wanted).sum();
            int right = part.stream().mapToInt(ThreadScore::positionsRight).sum();
            int positions = part.stream().mapToInt(ThreadScore::positions).sum();
            double macro = part.stream().mapToDouble(ThreadScore::recall).average().orElse(0);
            Set<String> names = new LinkedHashSet<>();
            for (ThreadScore s : part) names.add(s.file().replace(".mbox", ""));
            int ceiling = part.stream().mapToInt(ThreadScore::ceiling).sum();
            sb.append(String.format(Locale.ROOT, "%-8s recall@%d micro %.3f (%d/%d), macro %.3f; ceiling %.3f (%d/%d); positions %.3f (%d/%d)  [%d threads]%n",
                    split, TOP, found / (double) Math.max(1, wanted), found, wanted, macro,
                    ceiling / (double) Math.max(1, wanted), ceiling, wanted,
                    right / (double) Math.max(1, positions), right, positions, part.size()));
        }
        return sb.toString();
    }
}
