package dev.parley.analysis.debate;

import dev.parley.analysis.stance.MessageContext;
import dev.parley.analysis.stance.MessageReading;
import dev.parley.analysis.tone.Tone;
import dev.parley.identity.Person;
import dev.parley.mail.ParsedMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One message while a debate is worked out: the parsed mail and what the analysis adds to it step by step. */
final class ThreadMessage {

    final ParsedMessage mail;
    final Person author;
    boolean bot;
    ThreadMessage parent;
    boolean proposal;
    Tone tone = Tone.NEUTRAL;
    MessageContext context;
    MessageReading reading = MessageReading.EMPTY;
    /** The message's resolved signals toward the proposal, one per signal of the reading that carries weight. */
    final List<Contribution> contributions = new ArrayList<>();
    /** Sum of the contributions, squashed to -1..1. */
    double lean;

    ThreadMessage(ParsedMessage mail, Person author, boolean bot) {
        this.mail = mail;
        this.author = author;
        this.bot = bot;
    }

    String id() {
        return mail.messageId();
    }

    Instant date() {
        return mail.date() == null ? null : mail.date().instant();
    }

    /**
     * A signal resolved toward the proposal.
     *
     * @param evidence the sentence, with the message and cue
     * @param value its pull toward the proposal (signed)
     * @param conditional support bound to a condition
     * @param passage the passage it came from (-1 for a trailer)
     * @param relation for a reply cue, its agreement with the answered text (signed), else 0
     */
    record Contribution(Evidence evidence, double value, boolean conditional, int passage, double relation) {
    }
}
