package dev.parley.archive;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact lookup key of a stored Message-ID survives the normalisation every lookup applies. */
class MessageIdLookupTest {

    @Property(tries = 500)
    void theExactKeyOfAnIdNormalisesToTheIdItself(@ForAll("storedIds") String id) {
        assertEquals(id, Archive.normalizeMessageId(Archive.exactMessageId(id)));
    }

    /** Ids as the parser stores them: no surrounding space, often with '<', '>', "mid:" or odd characters. */
    @Provide
    Arbitrary<String> storedIds() {
        Arbitrary<String> core = Arbitraries.strings().withChars("<>\"()@.:/%+ abcmid").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> prefixed = Arbitraries.of("", "<", "mid:", "<mid:", "mid:<", "mid:mid:").flatMap(p ->
                core.map(c -> p + c));
        return prefixed.filter(s -> !s.isEmpty() && s.strip().equals(s));
    }
}
