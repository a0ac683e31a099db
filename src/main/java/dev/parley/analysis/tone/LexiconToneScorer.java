package dev.parley.analysis.tone;

import dev.parley.analysis.text.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tone lexicon built for technical mail. Words that describe software (kill, abort, fatal, bug, crash, panic,
 * broken, NAK, dead, leak, race) carry no tone here; what counts is how people address each other and the work:
 * thanks and praise, disagreement and dismissal, and, for "heated", insults, profanity, shouting and remarks aimed
 * at a person rather than at code. Matching is on words (one pass over the text, phrases looked up by their first
 * word), so it costs little at import time.
 */
public final class LexiconToneScorer implements ToneScorer {

    /** Phrase to weight: positive warms, negative cools. "|" separates alternatives of one entry. */
    private static final String[][] WARMTH = {
            {"thanks|thank you|thanks a lot|many thanks|much appreciated|appreciate it|appreciated", "0.6"},
            {"great work|great job|nice work|nice job|nice catch|good catch|well done|kudos|excellent|awesome", "0.7"},
            {"great|nice|glad|happy to|helpful|welcome", "0.35"},
            {"looks good|looks good to me|looks great|looks fine|looks sane|looks reasonable|lgtm|sounds good", "0.6"},
            {"makes sense|makes a lot of sense|good idea|good point|i agree|agreed|fair enough", "0.4"},
            {"i disagree|disagree|wrong|not ok|not okay|not acceptable|don't like|do not like", "-0.45"},
            {"unacceptable|no way|not going to happen|nonsense|makes no sense|pointless", "-0.7"},
            {"terrible|horrible|awful|hate|annoyed|annoying|frustrated|frustrating|disappointed|disappointing", "-0.65"},
            {"concerned|concern|worried|worry|worries|unfortunately|sadly|objection|object to|please don't", "-0.3"},
            {"mess|messy|ugly|sorry", "-0.2"},
            {"waste of time|sick of|fed up|tired of|hostile|insulting|insult", "-0.8"},
    };

    /** Hostility: insults, profanity, contempt. */
    private static final String[][] HEAT = {
            {"idiot|idiots|idiotic|moron|morons|moronic|incompetent|clueless|pathetic|bullshit|fuck|fucking|fucked|wtf", "1.0"},
            {"stupid|stupidity|shit|shitty|brain dead|brain-dead|braindead|braindamaged|disgrace|disgraceful", "0.9"},
            {"shut up|get lost|how dare you|piece of crap|piece of shit|piece of junk|pile of crap|pile of garbage", "1.0"},
            {"stop wasting everyone's time|stop wasting my time|quit wasting everyone's time|you have no idea|you have no clue", "1.0"},
            {"wasting everyone's time|wasting my time|wasting our time|are you serious|are you kidding|do you even", "0.8"},
            {"you clearly don't|you obviously don't|you clearly have no|you obviously have no|you didn't even", "0.9"},
            {"crap|crappy|dumb|ridiculous|go away", "0.7"},
            // technical senses that share words with insults: silencing a tool is not telling a person to shut up
            {"shut up the|shut up these|shut up those|shut up that|shut up warnings|shut up gcc|shut up clang"
                    + "|shut up sparse|shut up lockdep|shut up the compiler|shut up it|shut up them|shut up checkpatch"
                    + "|shut up new|shut up any|shut up all|shut up false|shut up this|shut up some", "0"},
            {"absurd|garbage|a joke|insane|damn|damned|toxic", "0.55"},
    };

    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("NAK", "NACK", "ACK", "API", "ABI", "GPL",
            "TODO", "FIXME", "XXX", "OK", "LTS", "RFC", "CPU", "IRQ", "DMA", "PATCH", "WARNING", "BUG", "ERROR");
    private static final Map<String, List<Entry>> WARMTH_INDEX = index(WARMTH);
    private static final Map<String, List<Entry>> HEAT_INDEX = index(HEAT);

    private record Entry(String[] words, double weight) {
    }

    private static Map<String, List<Entry>> index(String[][] table) {
        Map<String, List<Entry>> m = new HashMap<>();
        for (String[] row : table) {
            double w = Double.parseDouble(row[1]);
            for (String phrase : row[0].split("\\|")) {
                String[] words = Words.of(phrase).toArray(new String[0]);
                m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, w));
            }
        }
        // longest phrases first, so "looks good to me" wins over "looks good"
        m.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
        return m;
    }

    @Override
    public Tone score(String ownText) {
        if (ownText == null || ownText.isBlank()) return Tone.NEUTRAL;
        String text = ownText.length() > 20_000 ? ownText.substring(0, 20_000) : ownText;
        List<String> words = Words.of(text);
        List<String> cues = new ArrayList<>();
        double warmth = 0, heat = 0;
        for (int i = 0; i < words.size(); i++) {
            Entry hot = match(HEAT_INDEX, words, i);
            if (hot != null) {
                heat += hot.weight;
                if (hot.weight > 0) cues.add(String.join(" ", hot.words));
                i += hot.words.length - 1;
                continue;
            }
            Entry e = match(WARMTH_INDEX, words, i);
            if (e != null) {
                boolean negated = i > 0 && isNegation(words.get(i - 1))
                        || i > 1 && isNegation(words.get(i - 2)) && isIntensifier(words.get(i - 1));
                double w = negated ? -e.weight * 0.5 : e.weight;
                warmth += w;
                cues.add((negated ? "not " : "") + String.join(" ", e.words));
                i += e.words.length - 1;
            }
        }
        heat += shouting(text, cues);
        // long mails with one "thanks" are not warm, and one sharp word in a long mail is not a fight
        double scale = Math.sqrt(Math.max(20, words.size()) / 20.0);
        double score = Math.max(-1, Math.min(1, (warmth - 1.5 * heat) / scale));
        Tone.Label label;
        if (heat >= 1.0 && heat / scale >= 0.45) label = Tone.Label.HEATED;
        else if (score <= -0.25) label = Tone.Label.NEGATIVE;
        else if (score >= 0.25) label = Tone.Label.POSITIVE;
        else label = Tone.Label.NEUTRAL;
        return new Tone(label, Math.round(score * 1000) / 1000.0, List.copyOf(cues.size() > 12 ? cues.subList(0, 12) : cues));
    }

    private static Entry match(Map<String, List<Entry>> index, List<String> words, int i) {
        List<Entry> candidates = index.get(words.get(i));
        if (candidates == null) return null;
        for (Entry e : candidates) {
            if (i + e.words.length > words.size()) continue;
            boolean ok = true;
            for (int k = 1; k < e.words.length && ok; k++) ok = e.words[k].equals(words.get(i + k));
            if (ok) return e;
        }
        return null;
    }

    private static boolean isNegation(String w) {
        return w.equals("not") || w.equals("no") || w.equals("never") || w.endsWith("n't") || w.equals("hardly");
    }

    private static boolean isIntensifier(String w) {
        return w.equals("really") || w.equals("very") || w.equals("so") || w.equals("that");
    }

    private static boolean isListing(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == from) return false;
        char last = text.charAt(end - 1);
        if (last == '!' || last == '?' || last == '.') return false;
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'a' && c <= 'z') return false;
        }
        return true;
    }

    private static String capitals(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Runs of three or more all-capital words (not acronyms such as NAK or CONFIG_FOO) and "!!" or "?!". A line with
     * no lower-case letter that does not end a sentence is a heading or a listing ("ARM/TI KEYSTONE CLOCK DRIVER"),
     * not shouting.
     */
    private static double shouting(String text, List<String> cues) {
        double heat = 0;
        int capsRun = 0;
        int i = 0, n = text.length();
        int lineEnd = -1;
        boolean listing = false;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i > lineEnd) {
                lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) lineEnd = n;
                listing = isListing(text, i, lineEnd);
                capsRun = 0;
            }
            int start = i, upper = 0, lower = 0;
            boolean underscore = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i++);
                if (c >= 'A' && c <= 'Z') upper++;
                else if (c >= 'a' && c <= 'z') lower++;
                else if (c == '_') underscore = true;
            }
            if (start == i) break;
            boolean caps = !listing && upper >= 2 && lower == 0 && !underscore && !ACRONYMS.contains(capitals(text, start, i));
            capsRun = caps ? capsRun + 1 : 0;
            if (capsRun == 3) {
                heat += 0.5;
                cues.add("SHOUTING");
            }
        }
        for (int b = text.indexOf('!'); b >= 0; b = text.indexOf('!', b + 1)) {
            if (b + 1 < n && (text.charAt(b + 1) == '!' || text.charAt(b + 1) == '?')) {
                heat += 0.2;
                cues.add("!!");
                b++;
            }
        }
        return heat;
    }
}
