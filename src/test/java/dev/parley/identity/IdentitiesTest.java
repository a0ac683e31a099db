package dev.parley.identity;

import dev.parley.mail.Address;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentitiesTest {

    private static Address a(String name, String address) {
        return new Address(name, address);
    }

    @Test
    void caseAndPlusTagsAreTheSameAddress() {
        Identities ids = Identities.builder(Mailmap.EMPTY)
                .add(a("Jane Doe", "Jane.Doe@Example.org"))
                .add(a("Jane Doe", "jane.doe+lkml@example.org"))
                .build();
        assertEquals(1, ids.people().size());
        Person p = ids.person(a("", "JANE.DOE@example.org"));
        assertEquals("jane.doe@example.org", p.id());
        assertEquals("Jane Doe", p.name());
    }

    @Test
    void oneFullNameWithSeveralAddressesIsOnePerson() {
        Identities ids = Identities.builder(Mailmap.EMPTY)
                .add(a("Gao Xiang", "gaoxiang@corp.example.com"))
                .add(a("Gao Xiang", "hsiangkao@mail.example.net"))
                .add(a("Gao Xiang", "gaoxiang@corp.example.com"))
                .add(a("Pavel", "pavel@one.example"))
                .add(a("Pavel", "pavel@two.example"))
                .build();
        Person gao = ids.person(a("", "hsiangkao@mail.example.net"));
        assertEquals("gaoxiang@corp.example.com", gao.id(), "the address used most is the primary one");
        assertEquals(List.of("gaoxiang@corp.example.com", "hsiangkao@mail.example.net"), gao.addresses());
        assertNotEquals(ids.person(a("Pavel", "pavel@one.example")).id(), ids.person(a("Pavel", "pavel@two.example")).id(),
                "a bare first name is too common to merge on");
    }

    @Test
    void spellingsOfANameMatchWithoutAccentsCaseOrOrder() {
        Identities ids = Identities.builder(Mailmap.EMPTY)
                .add(a("Valdis Klētnieks", "valdis@uni.example.edu"))
                .add(a("Kletnieks, Valdis", "valdis.k@home.example"))
                .add(a("Theodore Ts'o", "ted@example.org"))
                .add(a("theodore tso", "tytso@mit.example"))
                .build();
        assertEquals(2, ids.people().size());
        assertTrue(ids.samePerson(a("", "valdis@uni.example.edu"), a("", "valdis.k@home.example")));
        assertTrue(ids.samePerson(a("", "ted@example.org"), a("", "tytso@mit.example")));
    }

    @Test
    void anAbbreviatedSurnameIsTheSamePerson() {
        Identities ids = Identities.builder(Mailmap.EMPTY)
                .add(a("Greg Kroah-Hartman", "gregkh@foundation.example.org"))
                .add(a("Greg KH", "greg@kroah.example.com"))
                .add(a("Greg Smith", "greg@smith.example"))
                .build();
        assertTrue(ids.samePerson(a("", "greg@kroah.example.com"), a("", "gregkh@foundation.example.org")));
        assertEquals("Greg Kroah-Hartman", ids.person(a("Greg KH", "greg@kroah.example.com")).name());
        assertTrue(!ids.samePerson(a("", "greg@smith.example"), a("", "greg@kroah.example.com")));
    }

    @Test
    void aBareAddressGetsItsNameFromATrailerAndAnAddressShownAsNameCountsAsNone() {
        Identities ids = Identities.builder(Mailmap.EMPTY)
                .add(a("", "tytso@mit.example"))
                .add(a("tytso@mit.example", "tytso@mit.example"))
                .mention(a("Theodore Ts'o", "tytso@mit.example"))
                .build();
        assertEquals("Theodore Ts'o", ids.person(a("", "tytso@mit.example")).name());
    }

    @Test
    void aTrailerWithTheAuthorsNameLinksAnotherAddress() {
        Identities ids = Identities.builder(Mailmap.EMPTY)
                .add(a("Alex Elder", "elder@linaro.example.org"))
                .mention(a("Alex Elder", "elder@kernel.example.org"))
                .build();
        Person p = ids.person(a("", "elder@kernel.example.org"));
        assertEquals("elder@linaro.example.org", p.id(), "the address written from stays primary");
        assertEquals(2, p.addresses().size());
    }

    @Test
    void theMailmapMergesWhatNamesCannotTell() {
        Mailmap map = Mailmap.parse("Neil Bramble <neilb@suse.example.com> <nb@home.example.net>\n");
        Identities ids = Identities.builder(map)
                .add(a("Neil Bramble", "neilb@suse.example.com"))
                .add(a("nb", "nb@home.example.net"))
                .build();
        Person p = ids.person(a("nb", "nb@home.example.net"));
        assertEquals("neilb@suse.example.com", p.id());
        assertEquals("Neil Bramble", p.name());
        assertEquals(1, ids.people().size());
        assertTrue(ids.samePerson(a("", "NB@home.example.net"), a("Neil", "neilb@suse.example.com")));
    }

    @Test
    void explicitLinksJoinPeople() {
        Identities ids = Identities.builder(Mailmap.EMPTY)
                .add(a("J", "old@example.org"))
                .add(a("J", "new@example.org"))
                .link(a("", "old@example.org"), a("", "new@example.org"))
                .build();
        assertEquals(1, ids.people().size());
    }

    @Test
    void anUnseenAddressIsItsOwnPerson() {
        Identities ids = Identities.builder(Mailmap.EMPTY).add(a("A B", "ab@example.org")).build();
        Person p = ids.person(a("C D", "CD@Example.org"));
        assertEquals("cd@example.org", p.id());
        assertEquals("C D", p.displayName());
    }

    @Test
    void namesThatDifferOnlyByAccentsOrTheirTransliterationAreOnePerson() {
        // as in a linux-xfs thread: the same man from his work and his own address, once with the umlaut written out
        Identities ids = Identities.builder(Mailmap.EMPTY)
                .add(a("Andreas Gruenbacher", "agruenba@redhat.com"))
                .add(a("Andreas Gr\u00fcnbacher", "andreas.gruenbacher@gmail.com"))
                .add(a("Bjoern Doebel", "bjoern@one.example"))
                .add(a("Bj\u00f6rn D\u00f6bel", "doebel@two.example"))
                .add(a("Lukasz Nowak", "lukasz@one.example"))
                .add(a("\u0141ukasz Nowak", "nowak@two.example"))
                .add(a("Jon Mueller", "jon@one.example"))
                .add(a("Jon Miller", "jon@two.example"))
                .build();
        assertTrue(ids.samePerson(a("", "agruenba@redhat.com"), a("", "andreas.gruenbacher@gmail.com")));
        assertTrue(ids.samePerson(a("", "bjoern@one.example"), a("", "doebel@two.example")));
        assertTrue(ids.samePerson(a("", "lukasz@one.example"), a("", "nowak@two.example")));
        assertTrue(!ids.samePerson(a("", "jon@one.example"), a("", "jon@two.example")), "Mueller is not Miller");
        assertEquals(java.util.Set.of("andreas grunbacher", "andreas gruenbacher"), Identities.nameKeys("Andreas Gr\u00fcnbacher"));
        assertEquals(java.util.Set.of("andreas gruenbacher"), Identities.nameKeys("Gruenbacher, Andreas"));
    }
}
