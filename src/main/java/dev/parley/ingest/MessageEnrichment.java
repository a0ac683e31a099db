package dev.parley.ingest;

import dev.parley.mail.ParsedMessage;
import dev.parley.model.FieldValue;

import java.util.List;

/**
 * What an import adds to a message's document beyond what the mail itself says: values computed from the parsed
 * message (the tone, today). Analysis implements it and the command line wires it in through
 * {@link ImportOptions#withEnrichment}, so that neither the import nor the backends know anything of analysis.
 */
@FunctionalInterface
public interface MessageEnrichment {

    /** The extra field values of one message's document; called on the import's workers, several at once. */
    List<FieldValue> enrich(ParsedMessage message);

    /** Adds nothing. */
    MessageEnrichment NONE = message -> List.of();
}
