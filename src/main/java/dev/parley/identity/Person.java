package dev.parley.identity;

import java.util.List;

/**
 * One person, however many addresses and spellings of their name they wrote under.
 *
 * @param id a stable key for the person within one resolution: their primary address, lower-cased
 * @param name the best display name (the mailmap's proper name, else the most complete spelling seen)
 * @param addresses every address merged into this person, lower-cased, primary first
 * @param names every spelling of the name seen, most used first
 */
public record Person(String id, String name, List<String> addresses, List<String> names) {

    public Person {
        addresses = List.copyOf(addresses);
        names = List.copyOf(names);
    }

    /** The primary address (the one the person wrote from most, or the mailmap's proper address). */
    public String address() {
        return addresses.isEmpty() ? "" : addresses.get(0);
    }

    /** Name if known, else the primary address. */
    public String displayName() {
        return name.isEmpty() ? address() : name;
    }
}
