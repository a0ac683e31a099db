package dev.parley.identity;

import dev.parley.mail.Address;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BotsTest {

    @Test
    void robotsAreKnownBySender() {
        assertTrue(Bots.isBot(new Address("kernel test robot", "lkp@intel.com")));
        assertTrue(Bots.isBot(new Address("kbuild test robot", "lkp@intel.example.com")));
        assertTrue(Bots.isBot(new Address("syzbot", "syzbot+1234abcd@syzkaller.appspotmail.com")));
        assertTrue(Bots.isBot(new Address("", "patchwork-bot+netdevbpf@kernel.org")));
        assertTrue(Bots.isBot(new Address("pr-tracker-bot", "pr-tracker-bot@kernel.org")));
        assertTrue(Bots.isBot(new Address("KernelCI bot", "bot@kernelci.org")));
        assertTrue(Bots.isBot(new Address("", "noreply@ci.example.com")));
    }

    @Test
    void peopleAreNot() {
        assertFalse(Bots.isBot(new Address("Greg Kroah-Hartman", "gregkh@linuxfoundation.org")));
        assertFalse(Bots.isBot(new Address("Abbot Costello", "abbot@example.org")));
        assertFalse(Bots.isBot(new Address("Robert Botham", "rbotham@example.org")));
        assertFalse(Bots.isBot(new Address("Jane", "jane@example.org"), "I love this idea, thanks for doing it."));
    }

    @Test
    void robotsAreKnownByTheirAnnouncement() {
        Address human = new Address("CI Runner", "runner@lab.example.org");
        assertTrue(Bots.isBot(human, "Hi Grant,\n\nI love your patch! Yet something to improve:\n\n[auto build test WARNING"));
        assertTrue(Bots.isBot(human, "This is an automated email and the reports are sent daily."));
        assertTrue(Bots.isBot(human, "Hello:\n\nThis patch was applied to netdev/net-next.git (main)"));
        assertFalse(Bots.isBot(human, "The robot reported this yesterday; I think it is a false positive."));
    }
}
