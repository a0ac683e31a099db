package dev.parley.analysis.quotes;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of a sentence, stemmed, for comparing what sentences are about: Lucene's English analyser
 * (standard tokenizer, possessives, lower case, stop words, Porter stemming) with a longer stop list of the words
 * every mail uses (pronouns, auxiliaries, "think"; "patch" is kept). Chosen over hand-written stemming because it is
 * already on the class path and well kept.
 */
final class TopicTerms {

    private static final List<String> COMMON = List.of("i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
            "his", "she", "her", "its", "them", "what", "which", "who", "whom", "when", "where", "why", "how", "all",
            "any", "both", "each", "few", "more", "most", "other", "some", "so", "than", "too", "very", "can", "just",
            "do", "does", "did", "done", "have", "has", "had", "would", "could", "should", "may", "might", "must",
            "shall", "been", "being", "were", "am", "also", "only", "about", "there", "here", "from", "up", "down",
            "out", "over", "again", "once", "think", "know", "see", "say", "said", "get", "got", "make", "made", "go",
            "going", "want", "like", "well", "yes", "one", "thing", "things", "way", "really", "still", "even",
            "much", "many", "now", "then", "because", "since", "while", "after", "before", "those", "these", "this",
            "that", "don't", "doesn't", "isn't", "i'm", "it's", "that's", "let's", "we're", "you're", "i'd", "i've");
    private static final Analyzer ANALYZER;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(COMMON);
        ANALYZER = new EnglishAnalyzer(stop);
    }

    private TopicTerms() {
    }

    /** Distinct stemmed content terms in order of first use; numbers and one-letter terms left out. */
    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.length() < 2 || t.chars().allMatch(Character::isDigit)) continue;
                out.add(t);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        return out;
    }
}
