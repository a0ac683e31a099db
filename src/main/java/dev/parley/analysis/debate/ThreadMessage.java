package dev.parley.analysis.debate;

import dev.parley.identity.Person;
import dev.parley.mail.ParsedMessage;

import java.time.Instant;

/**
 * One message of the thread as the debate reads it.
 *
 * @param mail the parsed mail
 * @param author who wrote it, as a person (addresses merged)
 * @param bot whether a robot sent it (the author is a robot; see {@link AuthoredMessages})
 * @param parentId the Message-ID of the message it answers in the reply tree; empty for the root and for replies to
 *                 messages missing from the thread
 */
record ThreadMessage(ParsedMessage mail, Person author, boolean bot, String parentId) {

    String id() {
        return mail.messageId();
    }

    Instant date() {
        return mail.date() == null ? null : mail.date().instant();
    }

    /** The author's UTC offset at the time, 0 when undated. */
    int offsetSeconds() {
        return mail.date() == null ? 0 : mail.date().offsetSeconds();
    }

    ThreadMessage withBot(boolean robot) {
        return new ThreadMessage(mail, author, robot, parentId);
    }

    ThreadMessage withParent(String id) {
        return new ThreadMessage(mail, author, bot, id);
    }
}
