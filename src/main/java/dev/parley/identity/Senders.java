package dev.parley.identity;

import dev.parley.mail.Address;
import dev.parley.mail.AddressParser;
import dev.parley.mail.EncodedWords;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawHeaders;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who really sent a message. Mailing lists that rewrite From for DMARC ("Jane Doe via Ksummit-discuss
 * &lt;ksummit-discuss@lists.example.org&gt;") put the list's address in From and the author's in Reply-To; taken at
 * face value, everyone who wrote through such a list would be one person.
 */
public final class Senders {

    private static final Pattern VIA = Pattern.compile("^(.+?)\\s+via\\s+\\S.*$", Pattern.CASE_INSENSITIVE);

    private Senders() {
    }

    /** The author: From, or for a DMARC-rewritten From, the Reply-To address under the name before "via". */
    public static Address author(ParsedMessage m) {
        Address from = m.from();
        Matcher via = VIA.matcher(from.name());
        if (!via.matches()) return from;
        String name = via.group(1).strip();
        Address replyTo = replyTo(m);
        if (replyTo != null && !replyTo.address().isBlank() && !replyTo.address().equalsIgnoreCase(from.address())) {
            return new Address(name, replyTo.address());
        }
        // no usable Reply-To: keep the list's address but at least not the list's name
        return new Address(name, from.address());
    }

    private static Address replyTo(ParsedMessage m) {
        if (m.raw() == null) return null;
        String value = RawHeaders.parse(m.raw()).get("reply-to");
        if (value == null || value.isBlank()) return null;
        Address a = AddressParser.parseOne(EncodedWords.decode(value));
        return a == null || !a.address().contains("@") ? null : a;
    }
}
