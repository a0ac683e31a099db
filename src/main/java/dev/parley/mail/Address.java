package dev.parley.mail;

import java.util.Locale;

/** A mailbox: display name (may be empty) and address (lower-cased domain, as written local part). */
public record Address(String name, String address) {
    public Address {
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
    }

    /** Address in lower case: the form used for identity and search. */
    public String normalized() {
        return address.toLowerCase(Locale.ROOT);
    }

    /** Name if there is one, else the address. */
    public String displayName() {
        return name.isEmpty() ? address : name;
    }

    @Override
    public String toString() {
        if (name.isEmpty()) return address;
        return name + " <" + address + ">";
    }
}
