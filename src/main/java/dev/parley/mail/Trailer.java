package dev.parley.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A git-style trailer line such as {@code Acked-by: Jane Doe <jane@example.org>} or {@code Fixes: 1234abcd ("...")}.
 * What a trailer means is decided here, once, from its key ({@link Meaning}), in the spirit of b4's
 * {@code LoreTrailer}: the index, the stance reading and the debate all ask {@link #meaning()}.
 *
 * @param key the key as written ({@code Acked-by})
 * @param value everything after the colon
 * @param person the name/address in the value when the key names a person ({@code -by} keys and {@code Cc}), else
 *               null
 */
public record Trailer(String key, String value, Address person) {

    /** A "-by" key as trailers write it: {@code Acked-by}, {@code Reported-and-tested-by}, {@code NAKed-By}. */
    private static final String BY_KEY = "[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-[bB][yY]";
    private static final Pattern LINE = Pattern.compile(
            "^(" + BY_KEY + "|Fixes|Link|Closes|Cc|CC|Message-I[dD]|Stable-dep-of|Change-Id|BugLink|Bug):[ \\t]*(\\S.*)$");
    private static final Pattern KEY_IN_TEXT = Pattern.compile(BY_KEY);
    /** "Please add my Signed-off-by: Jane Doe <jane@example.org>": a "-by" trailer written inside a sentence. */
    private static final Pattern IN_PROSE = Pattern.compile(
            "\\b([A-Z][a-z]+(?:-[a-z]+)*-by):\\s*([^<>]{2,80}<[^<>@\\s]+@[^<>\\s]+>)");

    /** What a trailer says, from its key; common misspellings of a key mean what the key means. */
    public enum Meaning {
        /** Acked-by: the maintainer or an interested party approves. */
        ACK("acked-by", "ack-by"),
        /** Reviewed-by: the person reviewed the change and vouches for it. */
        REVIEW("reviewed-by", "reviwed-by", "reviewd-by", "reveiwed-by", "review-by"),
        /** Tested-by: the person tested the change. */
        TEST("tested-by", "reported-and-tested-by"),
        /** Nacked-by: the person objects. */
        NAK("nacked-by", "nak-by", "naked-by", "nack-by"),
        /** Reported-by: the person reported the problem fixed. */
        REPORT("reported-by"),
        /** Suggested-by: the idea was the person's. */
        SUGGESTION("suggested-by"),
        /** Signed-off-by: the person wrote or passed on the change (the Developer's Certificate of Origin). */
        SIGN_OFF("signed-off-by", "signed-of-by", "singed-off-by"),
        /** Co-developed-by: the person wrote part of the change. */
        CO_DEVELOPMENT("co-developed-by"),
        /** Fixes: the commit the change fixes. */
        FIXES("fixes"),
        /** Link, BugLink, Closes: where to read more. */
        LINK("link", "buglink", "closes"),
        /** Cc: someone the change was sent to. */
        CC("cc"),
        /** Any other key (Message-Id, Change-Id, Debugged-by, ...). */
        OTHER;

        private static final Map<String, Meaning> BY_KEY = new HashMap<>();

        static {
            for (Meaning m : values()) for (String k : m.keys) BY_KEY.put(k, m);
        }

        private final String[] keys;

        Meaning(String... keys) {
            this.keys = keys;
        }

        /** The meaning of a key, in any case ({@code Acked-By} is {@link #ACK}). */
        public static Meaning of(String key) {
            return BY_KEY.getOrDefault(key.toLowerCase(Locale.ROOT), OTHER);
        }
    }

    /** Parses one trailer line ({@code Key: value}, surrounding white space ignored); null when it is not one. */
    public static Trailer parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) return null;
        String key = m.group(1);
        String value = m.group(2).strip();
        boolean namesPerson = key.toLowerCase(Locale.ROOT).endsWith("-by") || Meaning.of(key) == Meaning.CC;
        return new Trailer(key, value, namesPerson ? AddressParser.parseOne(value) : null);
    }

    /** Whether a line is a trailer line, without parsing its value. */
    public static boolean isTrailer(String line) {
        return LINE.matcher(line.strip()).matches();
    }

    /**
     * The "-by" trailers written inside a sentence ("Please add my Signed-off-by: Jane Doe &lt;jane@example.org&gt;"),
     * each parsed as a trailer line; the name must come with an address, so that talk about trailers is no trailer.
     */
    public static List<Trailer> inProse(String sentence) {
        List<Trailer> out = new ArrayList<>();
        Matcher m = IN_PROSE.matcher(sentence);
        while (m.find()) {
            Trailer t = parse(m.group(1) + ": " + m.group(2));
            if (t != null) out.add(t);
        }
        return out;
    }

    /** The first "-by" key anywhere in a text ("Acked-by" in "you can add my Acked-by"), or null. */
    public static String keyIn(String text) {
        Matcher m = KEY_IN_TEXT.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** What the trailer says. */
    public Meaning meaning() {
        return Meaning.of(key);
    }

    /** Lower-case key, as written otherwise ({@code acked-by}). */
    public String normalizedKey() {
        return key.toLowerCase(Locale.ROOT);
    }

    /** The person a "-by" trailer credits (acks, reviews, sign-offs, reports, ...); null for Cc: and for others. */
    public Address credited() {
        return meaning() == Meaning.CC ? null : person;
    }

    public boolean isAck() {
        return meaning() == Meaning.ACK;
    }

    public boolean isReview() {
        return meaning() == Meaning.REVIEW;
    }

    public boolean isTest() {
        return meaning() == Meaning.TEST;
    }

    public boolean isNak() {
        return meaning() == Meaning.NAK;
    }

    @Override
    public String toString() {
        return key + ": " + value;
    }
}
