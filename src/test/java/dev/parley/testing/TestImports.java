package dev.parley.testing;

import dev.parley.analysis.tone.ToneEnrichment;
import dev.parley.ingest.ImportOptions;

/** Import options as {@code parley import} uses them: the defaults, with each message's tone scored at import. */
public final class TestImports {

    private TestImports() {
    }

    public static ImportOptions options() {
        return ImportOptions.defaults().withEnrichment(new ToneEnrichment());
    }
}
