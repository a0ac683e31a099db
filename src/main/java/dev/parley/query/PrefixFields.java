package dev.parley.query;

import dev.parley.model.Field;
import dev.parley.model.Prefix;
import dev.parley.model.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every backend's translation of a {@link QueryNode} shares: which fields each prefix searches (its row of the
 * prefix table, {@link Prefix}), how a typed word becomes the terms the index holds (the index's own analysis), and
 * the patterns that match part of a List-Id or of an address. The Lucene backend builds Lucene queries from these, the OpenSearch backend builds query DSL.
 */
public final class PrefixFields {

    private static final Analyzer ANALYZER = TextAnalysis.analyzer();

    private PrefixFields() {
    }

    /** The analysed fields a text prefix searches (any of them may match). */
    public static List<String> textFields(Prefix p) {
        return p.fields().stream().map(Field::id).toList();
    }

    /** The headers an address prefix searches. */
    public static List<Prefix.AddressField> addressFields(Prefix p) {
        return p.addressFields();
    }

    /** The field an exact prefix matches. */
    public static String exactField(Prefix p) {
        return p.fields().get(0).id();
    }

    /** The terms the index holds for this text (empty for punctuation only). */
    public static List<String> analyse(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /** An address value as the exact fields hold it. */
    public static String exactAddress(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** A regular expression (Lucene syntax) for List-Ids of which {@code value} is a dot-separated part. */
    public static String listPattern(String value, boolean wildcard) {
        return "(.*\\.)?" + literal(value) + (wildcard ? ".*" : "(\\..*)?");
    }

    /** A regular expression (Lucene syntax) for addresses of which {@code lower} is a dot- or @-separated run. */
    public static String addressPartPattern(String lower) {
        return "(.*[@.])?" + literal(lower) + "([@.].*)?";
    }

    /** The text as a regular expression that matches only itself. */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
