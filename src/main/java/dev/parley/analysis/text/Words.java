package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into lower-case words, the unit the tone and stance lexicons match on. */
public final class Words {

    private Words() {
    }

    /**
     * Lower-case words. Apostrophes stay inside words ("don't", typographic ones become '), and so do hyphens
     * ("brain-dead") and underscores ("compile_test"), so identifiers stay one word.
     */
    public static List<String> of(String text) {
        List<String> out = asWritten(text);
        out.replaceAll(w -> w.toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    /** The same words with their case as written (for telling "NAK" or "COMPILE_TEST" from ordinary words). */
    public static List<String> asWritten(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019') c = '\'';
            boolean inner = (c == '\'' || c == '-') && w.length() > 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || c == '_' || inner) w.append(c);
            else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }
}
