package dev.parley.query;

import dev.parley.model.Fields;
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
 * What every backend's translation of a {@link QueryNode} shares: which fields each prefix searches, how a typed
 * word becomes the terms the index holds (the index's own analysis), and the patterns that match part of a List-Id
 * or of an address. {@link LuceneQueries} builds Lucene queries from these; the OpenSearch backend builds query DSL.
 */
public final class PrefixFields {

    /** The fields of one address header: analysed "name address" text, and the exact lower-case address. */
    public record AddressField(String text, String exact) {
    }

    private static final List<String> NOT_QUOTED = List.of(Fields.OWN, Fields.SIGNATURE, Fields.TRAILER,
            Fields.DIFF_FILE, Fields.DIFF_ADDED, Fields.DIFF_REMOVED, Fields.DIFF_HUNK, Fields.DIFF_CONTEXT);
    private static final List<String> SUBJECT_AND_BODY = concat(List.of(Fields.SUBJECT), Fields.BODY);

    private static final Map<Prefix, List<String>> TEXT_FIELDS = Map.ofEntries(
            Map.entry(Prefix.TEXT, SUBJECT_AND_BODY),
            Map.entry(Prefix.SUBJECT_BODY, SUBJECT_AND_BODY),
            Map.entry(Prefix.SUBJECT, List.of(Fields.SUBJECT)),
            Map.entry(Prefix.BODY, Fields.BODY),
            Map.entry(Prefix.NOT_QUOTED, NOT_QUOTED),
            Map.entry(Prefix.QUOTED, List.of(Fields.QUOTED)),
            Map.entry(Prefix.ATTACHMENT, List.of(Fields.ATTACHMENT)),
            Map.entry(Prefix.DIFF_FILE, List.of(Fields.DIFF_FILE)),
            Map.entry(Prefix.DIFF_REMOVED, List.of(Fields.DIFF_REMOVED)),
            Map.entry(Prefix.DIFF_ADDED, List.of(Fields.DIFF_ADDED)),
            Map.entry(Prefix.DIFF_HUNK, List.of(Fields.DIFF_HUNK)),
            Map.entry(Prefix.DIFF_CONTEXT, List.of(Fields.DIFF_CONTEXT)),
            Map.entry(Prefix.TRAILER, List.of(Fields.TRAILER)),
            Map.entry(Prefix.ACK, List.of(Fields.ACK)),
            Map.entry(Prefix.NAK, List.of(Fields.NAK)),
            Map.entry(Prefix.REVIEWED, List.of(Fields.REVIEW)),
            Map.entry(Prefix.TESTED, List.of(Fields.TESTED)));

    private static final AddressField FROM = new AddressField(Fields.FROM, Fields.FROM_ADDR);
    private static final AddressField TO = new AddressField(Fields.TO, Fields.TO_ADDR);
    private static final AddressField CC = new AddressField(Fields.CC, Fields.CC_ADDR);
    private static final Map<Prefix, List<AddressField>> ADDRESS_FIELDS = Map.of(
            Prefix.FROM, List.of(FROM), Prefix.TO, List.of(TO), Prefix.CC, List.of(CC),
            Prefix.TO_CC, List.of(TO, CC), Prefix.ADDRESSES, List.of(TO, CC, FROM));

    private static final Analyzer ANALYZER = TextAnalysis.analyzer();

    private PrefixFields() {
    }

    /** The analysed fields a text prefix searches (any of them may match). */
    public static List<String> textFields(Prefix p) {
        return TEXT_FIELDS.get(p);
    }

    /** The headers an address prefix searches. */
    public static List<AddressField> addressFields(Prefix p) {
        return ADDRESS_FIELDS.get(p);
    }

    /** The field an exact prefix matches. */
    public static String exactField(Prefix p) {
        return p == Prefix.LIST_ID ? Fields.LIST : Fields.MESSAGE_ID;
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
