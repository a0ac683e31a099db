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
 * prefix table, {@link Prefix}) and how a typed word becomes the terms the index holds (the index's own analysis).
 * The Lucene backend builds Lucene queries from these, the OpenSearch backend builds query DSL.
 */
public final class PrefixFields {

    /** The fewest hex digits of a blob id that lore matches (it indexes every start of an id this long or longer). */
    public static final int MIN_BLOB_DIGITS = 7;

    private PrefixFields() {
    }

    /** The fields a prefix searches (any of them may match). */
    public static List<String> textFields(Prefix p) {
        return p.fields().stream().map(Field::id).toList();
    }

    /** The field an exact prefix matches. */
    public static String exactField(Prefix p) {
        return p.fields().get(0).id();
    }

    /** The words the index holds for this text, without their stems (empty for punctuation only). */
    public static List<String> analyse(String text) {
        return TextAnalysis.words(text);
    }
}
