package dev.parley.analysis.tone;

import dev.parley.ingest.MessageEnrichment;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.FieldValue;
import dev.parley.model.Field;

import java.util.List;

/** Scores each message's tone at import, from its author's own text, so that {@code tone:} is searchable. */
public final class ToneEnrichment implements MessageEnrichment {

    private final ToneScorer scorer;

    /** With the lexicon scorer, as {@code parley import} scores tone. */
    public ToneEnrichment() {
        this(new LexiconToneScorer());
    }

    public ToneEnrichment(ToneScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public List<FieldValue> enrich(ParsedMessage message) {
        Tone tone = scorer.score(message.body().ownText());
        return List.of(new FieldValue(Field.TONE, tone.label().id()), new FieldValue(Field.TONE_SCORE, tone.score()));
    }
}
