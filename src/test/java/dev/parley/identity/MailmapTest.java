package dev.parley.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples of gitmailmap(5), read and applied the way git does. */
class MailmapTest {

    @TempDir
    Path tmp;

    private static void maps(Mailmap m, String name, String email, String properName, String properEmail) {
        assertArrayEquals(new String[]{properName, properEmail}, m.map(name, email), name + " <" + email + ">");
    }

    @Test
    void properNameForACommitAddress() {
        Mailmap m = Mailmap.parse("""
                # Keep alphabetized
                Jane Doe <jane@example.com>
                Joe R. Developer <joe@example.com>
                """);
        maps(m, "Jane", "jane@example.com", "Jane Doe", "jane@example.com");
        maps(m, "joe", "joe@example.com", "Joe R. Developer", "joe@example.com");
        maps(m, "Someone", "someone@example.com", "Someone", "someone@example.com");
    }

    @Test
    void severalAddressesOfOnePersonGetOneName() {
        Mailmap m = Mailmap.parse("""
                Joe R. Developer <joe@example.com>
                Jane Doe <jane@example.com>
                Jane Doe <jane@desktop.(none)>
                """);
        maps(m, "Jane", "jane@desktop.(none)", "Jane Doe", "jane@desktop.(none)");
        maps(m, "Jane D.", "jane@example.com", "Jane Doe", "jane@example.com");
    }

    @Test
    void addressAndNameSpecificEntries() {
        Mailmap m = Mailmap.parse("""
                <cto@company.xx>                       <cto@coompany.xx>
                Some Dude <some@dude.xx>         nick1 <bugs@company.xx>
                Other Author <other@author.xx>   nick2 <bugs@company.xx>
                Other Author <other@author.xx>         <nick2@company.xx>
                Santa Claus <santa.claus@northpole.xx> <me@company.xx>
                """);
        // proper address only: the name stays as written
        maps(m, "The CTO", "cto@coompany.xx", "The CTO", "cto@company.xx");
        // one shared address, told apart by the commit name
        maps(m, "nick1", "bugs@company.xx", "Some Dude", "some@dude.xx");
        maps(m, "nick2", "bugs@company.xx", "Other Author", "other@author.xx");
        // a name the entry does not list: no default for that address, so nothing changes
        maps(m, "nick3", "bugs@company.xx", "nick3", "bugs@company.xx");
        maps(m, "whoever", "nick2@company.xx", "Other Author", "other@author.xx");
        maps(m, "Me", "me@company.xx", "Santa Claus", "santa.claus@northpole.xx");
    }

    @Test
    void matchingIgnoresCase() {
        Mailmap m = Mailmap.parse("Jane Doe <jane@example.com> Jane <bugs@example.com>\n");
        maps(m, "JANE", "Bugs@Example.COM", "Jane Doe", "jane@example.com");
        maps(m, "Janet", "bugs@example.com", "Janet", "bugs@example.com");
    }

    @Test
    void commentsAndMalformedLinesAreIgnored() {
        Mailmap m = Mailmap.parse("""
                # a comment line
                Jane Doe <jane@example.com> <jane@old.example.com> # moved in 2019
                no address on this line
                Broken <unterminated@example.com
                <> <empty@example.com>
                """);
        maps(m, "Jane", "jane@old.example.com", "Jane Doe", "jane@example.com");
        maps(m, "Broken", "unterminated@example.com", "Broken", "unterminated@example.com");
        maps(m, "x", "empty@example.com", "x", "empty@example.com");
    }

    @Test
    void laterLinesAddToAnAddressAndReplaceANamedEntry() {
        Mailmap m = Mailmap.parse("""
                Jane Doe <jane@example.com>
                <jane.doe@example.org> <jane@example.com>
                A B <a@x.org> nick <shared@x.org>
                C D <c@x.org> nick <shared@x.org>
                """);
        maps(m, "jd", "jane@example.com", "Jane Doe", "jane.doe@example.org");
        maps(m, "nick", "shared@x.org", "C D", "c@x.org");
    }

    @Test
    void readsAFileAndNamesAMissingOne() throws IOException {
        Path f = tmp.resolve("mailmap");
        Files.writeString(f, "Jane Doe <jane@example.com> <jd@example.net>\n");
        maps(Mailmap.read(f), "", "jd@example.net", "Jane Doe", "jane@example.com");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Mailmap.read(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"));
        assertTrue(Mailmap.parse("").isEmpty());
    }
}
