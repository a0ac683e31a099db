package dev.parley.mail;

import java.util.Locale;

/**
 * A git-style trailer line such as {@code Acked-by: Jane Doe <jane@example.org>} or {@code Fixes: 1234abcd ("...")}.
 *
 * @param key the key as written ({@code Acked-by})
 * @param value everything after the colon
 * @param person the name/address in the value when there is one (null otherwise)
 */
public record Trailer(String key, String value, Address person) {

    /** Lower-case key, the form used for matching ({@code acked-by}). */
    public String normalizedKey() {
        return key.toLowerCase(Locale.ROOT);
    }

    public boolean isAck() {
        return normalizedKey().equals("acked-by");
    }

    public boolean isReview() {
        return normalizedKey().equals("reviewed-by");
    }

    public boolean isTest() {
        String k = normalizedKey();
        return k.equals("tested-by") || k.equals("reported-and-tested-by");
    }

    public boolean isNak() {
        String k = normalizedKey();
        return k.equals("nacked-by") || k.equals("nak-by") || k.equals("naked-by");
    }

    @Override
    public String toString() {
        return key + ": " + value;
    }
}
