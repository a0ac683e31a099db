package dev.parley.identity;

import dev.parley.mail.Address;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises robots that post to kernel lists: build and test robots (the 0-day "kernel test robot", syzbot,
 * KernelCI, LKFT), CI mailers, patch trackers (patchwork-bot, pr-tracker-bot) and auto-responders. They take no
 * positions in a debate. Judged from the sender (address and name) and, for senders that look human, from the
 * opening of their own text (robots announce themselves: "I love your patch!", "This is an automated email").
 */
public final class Bots {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)^(lkp@intel\\.com|lkp@.*|syzbot.*|syzkaller.*|.*[-_.+]bot(\\+[^@]*)?@.*|bot@.*|.*robot@.*"
                    + "|no-?reply.*|do-?not-?reply.*|donotreply.*|mailer-daemon@.*|postmaster@.*|patchwork@.*"
                    + "|.*\\bci[-_.]?notify.*|ci@.*|kernelci.*|.*@kernelci\\.org|bot@kernelci\\.org"
                    + "|pr-tracker-bot@.*|patchwork-bot.*|lkft@linaro\\.org|.*jenkins.*@.*|gerrit.*@.*|.*zero-?day.*@.*)$");
    private static final Pattern NAME = Pattern.compile(
            "(?i)(\\bbot\\b|robot|syzbot|patchwork|\\bkernelci\\b|\\bjenkins\\b|\\bgerrit\\b|continuous integration"
                    + "|\\bmailer-daemon\\b|mail delivery|\\b0-?day\\b|build service|\\bci system\\b)");
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "(?is)^\\W*(hi[^\\n]*\\n\\s*)?(i love your patch|thank you for the patch! (yet|perhaps) something"
                    + "|this is an automated (e-?mail|message|notification|report)|this (e-?)?mail (was|is) (auto(matically)?"
                    + "|generated)|this message (was|is) (auto(matically)?|generated)|hello[,:]?\\s*(\\n\\s*)*this (patch|series|pull"
                    + " request) was applied|kernel test robot (noticed|reported)|greeting,?\\s*(\\n\\s*)*fyi, we noticed"
                    + "|syzbot (has )?found|the pull request you sent on)");

    private Bots() {
    }

    /** Whether the sender looks like a robot by address or display name. */
    public static boolean isBot(Address sender) {
        if (sender == null) return false;
        String a = sender.address().toLowerCase(Locale.ROOT);
        return (!a.isEmpty() && ADDRESS.matcher(a).matches()) || NAME.matcher(sender.name()).find();
    }

    /** Whether a message is a robot's: by sender, or by an own text that opens the way robots' reports do. */
    public static boolean isBot(Address sender, String ownText) {
        if (isBot(sender)) return true;
        if (ownText == null || ownText.isBlank()) return false;
        String head = ownText.length() > 400 ? ownText.substring(0, 400) : ownText;
        return ANNOUNCEMENT.matcher(head).find();
    }
}
