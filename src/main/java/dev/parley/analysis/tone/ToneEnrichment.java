package dev.parley.analysis.tone;

import dev.parley.ingest.MessageEnrichment;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.FieldValue;
import dev.parley.model.Field;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores each message's tone at import, from its author's own text, so that {@code tone:} is searchable and every
 * place that shows a message's tone can show the words that decided it.
 */
public final class ToneEnrichment implements MessageEnrichment {

    private final ToneScorer scorer;

    /** With Parley's tone scorer, as {@code parley import} scores tone. */
    public ToneEnrichment() {
        this(ToneClassifier.standard());
    }

    public ToneEnrichment(ToneScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public List<FieldValue> enrich(ParsedMessage message) {
        Tone tone = scorer.score(message.body().ownText());
        List<FieldValue> out = new ArrayList<>(List.of(new FieldValue(Field.TONE, tone.label().id()),
                new FieldValue(Field.TONE_SCORE, tone.score())));
        for (String words : tone.cues()) out.add(new FieldValue(Field.TONE_EVIDENCE, words));
        return out;
    }
}
