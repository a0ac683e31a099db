package dev.parley.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema's table is consistent: what one row says, both backends can do. */
class FieldTest {

    @Test
    void flagsMakeSenseTogether() {
        List<String> wrong = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f.has(Field.Flag.LIGHT) && !f.has(Field.Flag.STORED)) wrong.add(f + ": light but not stored");
            boolean text = f.type() == Field.Type.TEXT;
            if (!text && (f.has(Field.Flag.POSITIONS) || f.has(Field.Flag.NORMS))) wrong.add(f + ": positions or norms without text");
            if (text && !f.has(Field.Flag.INDEXED)) wrong.add(f + ": text that is not searched");
            if ((f.has(Field.Flag.SORTED) || f.has(Field.Flag.AGGREGATED)) && !f.has(Field.Flag.INDEXED)) wrong.add(f + ": doc values of a field not indexed");
            if (f.type() == Field.Type.BINARY && f.has(Field.Flag.INDEXED)) wrong.add(f + ": bytes are stored only");
            if (f.help().isBlank() || f.example().isBlank()) wrong.add(f + ": no help or example");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (Field f : Field.values()) assertTrue(ids.add(f.id()), f.id());
    }

    @Test
    void everyPrefixSearchesIndexedFieldsAndEveryNameIsItsOwn() {
        Set<String> names = new HashSet<>();
        for (Prefix p : Prefix.values()) {
            for (Field f : p.fields()) assertTrue(f.has(Field.Flag.INDEXED), p + " searches " + f + ", which is not indexed");
            for (String n : p.names()) {
                assertTrue(names.add(n), n + ": is the name of two prefixes");
                assertEquals(p, Prefix.byName(n.toUpperCase(java.util.Locale.ROOT)));
            }
            for (Field f : p.fields()) {
                assertEquals(p.analysed(), f.type() == Field.Type.TEXT, p + ": words are searched in text fields, values in the others");
            }
        }
    }

    @Test
    void theLightSetIsWhatAMessageIsReadFromAndNeverTheRawBytes() {
        assertTrue(Field.light().contains(Field.THREAD));
        assertTrue(!Field.light().contains(Field.RAW));
        assertEquals(Field.light().stream().filter(f -> !f.has(Field.Flag.STORED)).toList(), List.of());
    }
}
