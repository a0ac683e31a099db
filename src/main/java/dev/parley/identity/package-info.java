/**
 * Who is who: one {@link dev.parley.identity.Person} per human, merging the addresses and name spellings they wrote
 * under (case, {@code name+tag@}, one name with several addresses, spellings that differ by accents or their
 * transliteration, abbreviated surnames, and a git-format
 * {@link dev.parley.identity.Mailmap}), and recognising robots ({@link dev.parley.identity.Bots}). Used by the debate
 * analysis and meant for search and statistics too.
 *
 * <p>May use: {@code mail}, {@code source}, {@code thread}.
 */
package dev.parley.identity;
