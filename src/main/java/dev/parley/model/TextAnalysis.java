package dev.parley.model;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.List;

/**
 * The one analysis of every text field ({@link Field.Type#TEXT}): standard tokenizer, lower case, ASCII folding, no
 * stop words. Described once for both backends: as a Lucene analyzer here, and by name for the cluster's template.
 */
public final class TextAnalysis {

    /** The analyzer's name in the cluster's index settings. */
    public static final String NAME = "parley";
    /** The same chain as {@link #analyzer()}, by the names OpenSearch gives its parts. */
    public static final String TOKENIZER = "standard";
    public static final List<String> FILTERS = List.of("lowercase", "asciifolding");

    private TextAnalysis() {
    }

    public static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new ASCIIFoldingFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
