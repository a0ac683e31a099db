package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.MessageContext;
import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.mail.SubjectInfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage of a debate that says what became of the proposal, from what the thread itself says:
 * <ul>
 * <li><b>applied</b>: someone says they applied, queued, merged, picked up or pushed it ("Applied to xfs-linux
 * for-next, thanks!", "I have now merged it to my testing branch", "I'm keeping this queued for 4.19", a b4
 * "applied, thanks!" summary with commit ids, a patch robot's "I've just added the patch ... to my staging git tree"),
 * in a message about the proposal (not in the answer to a side patch someone else posted), neither asked, negated
 * nor bound to a condition;</li>
 * <li><b>withdrawn</b>: the proposer takes it back ({@link Withdrawals});</li>
 * <li><b>superseded</b>: the proposer drops it for a newer version, or a newer version of the series is posted in
 * the thread (the archive may know of one posted elsewhere: see {@code analysis.digest.LaterVersions});</li>
 * <li><b>NAKed and dropped</b>: someone NAKed it (a NAK in prose or a Nacked-by), nothing applied it, and neither
 * the proposer nor a supporter wrote after the first NAK (a NAK they answered is a dispute still open);</li>
 * <li>else <b>open</b>, with the last word and its date.</li>
 * </ul>
 * Applied wins over a NAK before it; a withdrawal or a newer version after it wins over everything before.
 */
final class OutcomeReader {

    /**
     * An act of taking the patch in: a sentence that opens with it ("Applied, thanks!", "Thanks, now queued up"), the
     * first person with what was taken ("I have now merged it", "we've applied the series", a robot's "I've just
     * added the patch"), the proposer keeping it queued, or the present passive of "it" or "the patch". Past passives
     * ("it was merged") tell history, and "taken" is too often a view or a stab ("I have taken it out of context"),
     * so neither counts.
     */
    private static final Pattern APPLIED = Pattern.compile("(?i)^(?:thanks[,!.]?\\s+|ok[,.]?\\s+)?(?:now\\s+|all\\s+)?"
            + "(?:applied|queued|merged|pushed|picked up)\\b"
            + "|\\b(?:i|we)(?:'ve|\\s+have)?\\s+(?:now\\s+|just\\s+|also\\s+)?(?:applied|queued(?:\\s+up)?|merged|pushed(?:\\s+out)?"
            + "|committed|picked up|added)\\s+(?:it|this|these|them|that|both|all|v\\d+|the\\s+(?:patch|patches"
            + "|series|patchset|change|changes|fix|whole)|to|into|for|up)\\b"
            + "|\\b(?:i|we)(?:'m|\\s+am|'re|\\s+are)\\s+keeping\\s+(?:this|it|them)\\s+queued\\b"
            + "|\\b(?:it|this|these|they|the\\s+(?:patch|patches|series|patchset))(?:'s|\\s+is|\\s+are|\\s+has\\s+been"
            + "|\\s+have\\s+been)\\s+(?:now\\s+)?(?:applied|queued|merged|pushed)\\b");
    /** A message that says its author sent a patch of their own: an act in answer to it is about that patch. */
    private static final Pattern SENT_PATCH = Pattern.compile("(?i)\\b(?:sent|send|sending|posted|here's|here is)\\s+"
            + "(?:a|the|my|an updated)\\s+(?:patch|fix)\\b|\\bpatch (?:below|attached)\\b");
    /** What undoes an act in the same sentence: a negation, a condition, a wish, a failure to apply. */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:not|never|n't|cannot|can't|if|unless|once|when"
            + "|after|before|until|should|would|could|failed|fails|conflicts?|wait)\\b|n't\\b");
    /** Where it went: "to|into|in|for [my] TREE [branch]", or the robot's "in the BRANCH branch". */
    private static final Pattern TREE = Pattern.compile("(?i)\\b(?:to|into|in|for)\\s+(?:my\\s+|the\\s+|his\\s+|our\\s+)?"
            + "(\"?[\\w][\\w.:/+-]*\"?(?:\\s+(?:tree|branch|git tree))?(?:\\s+(?:for-next|for-linus|next|fixes))?)");
    private static final Pattern ROBOT_BRANCH = Pattern.compile("(?i)\\bin the ([\\w.-]+) branch\\b");
    /** Commit ids as b4 and maintainers give them: "commit: 1a2b3c4d5e6f", ".../c/1a2b3c4d5e6f", "commit 1a2b3c4d". */
    private static final Pattern COMMIT = Pattern.compile("(?i)(?:\\bcommit:?\\s+|/c/|/commit/\\?id=)([0-9a-f]{7,40})\\b");
    /** Words of a tree name that are ordinary words, not a tree ("applied to it", "queued for now"). */
    private static final Set<String> NO_TREE = Set.of("it", "this", "that", "them", "now", "the", "a", "me", "you",
            "us", "review", "testing?", "a while", "later");

    private OutcomeReader() {
    }

    static Outcome read(ReplyThread thread, Proposal proposal, MessageContexts contexts, List<Participant> people) {
        Outcome applied = null, settled = null;
        int version = thread.treeRoot() == null ? 0 : thread.treeRoot().mail().subjectInfo().version();
        for (ThreadMessage m : thread.byDate()) {
            if (proposal.includes(m.id())) continue;
            MessageContext c = contexts.of(m);
            boolean proposer = m.author().id().equals(proposal.authorId());
            SubjectInfo subject = m.mail().subjectInfo();
            if (!subject.reply() && subject.isPatch() && subject.version() > Math.max(1, version)) {
                settled = outcome(Outcome.Status.SUPERSEDED, m, m.mail().subject(), "", List.of());
                continue;
            }
            for (Passage p : c.passages()) {
                for (String sentence : p.sentences()) {
                    if (proposer && Withdrawals.withdraws(sentence)) {
                        boolean newer = Withdrawals.nextVersion(contexts.allText(m));
                        settled = outcome(newer ? Outcome.Status.SUPERSEDED : Outcome.Status.WITHDRAWN, m, sentence, "", List.of());
                    } else if (applied == null && appliesIt(sentence) && aboutProposal(m, thread, proposal)) {
                        applied = outcome(Outcome.Status.APPLIED, m, sentence, tree(sentence, m), commits(m));
                    }
                }
            }
        }
        if (settled != null && (applied == null || !settled.date().isBefore(applied.date()))) return settled;
        if (applied != null) return applied;
        Outcome nak = nak(people, thread);
        return nak != null && !answered(nak, thread, people) ? nak : lastWord(thread, contexts);
    }

    /** Whether a sentence says the patch was taken in (not asked, negated or conditional). */
    static boolean appliesIt(String sentence) {
        if (sentence.endsWith("?")) return false;
        Matcher m = APPLIED.matcher(sentence);
        if (!m.find()) return false;
        // a negation or condition before the act, or right after it ("queued once ...", "applied if ...")
        String around = sentence.substring(0, m.start()) + " " + sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 12));
        return !NOT_DONE.matcher(around).find();
    }

    /**
     * Whether an act in this message is about the proposal: the message answers the proposal, or a message that
     * neither is nor announces a patch of its own (a side fix answered "thanks, now merged!" is not the proposal).
     */
    private static boolean aboutProposal(ThreadMessage m, ReplyThread thread, Proposal proposal) {
        ThreadMessage parent = thread.parent(m);
        if (parent == null || proposal.includes(parent.id())) return true;
        SubjectInfo s = parent.mail().subjectInfo();
        boolean sidePatch = !parent.mail().body().diff().isEmpty() || s.isPatch() && !s.reply()
                || SENT_PATCH.matcher(parent.mail().body().ownText()).find();
        return !sidePatch;
    }

    private static String tree(String sentence, ThreadMessage m) {
        Matcher robot = ROBOT_BRANCH.matcher(m.mail().body().ownText());
        if (sentence.toLowerCase(java.util.Locale.ROOT).contains("added the patch") && robot.find()) return robot.group(1);
        Matcher t = TREE.matcher(sentence);
        while (t.find()) {
            String tree = t.group(1).replace("\"", "").strip();
            if (!NO_TREE.contains(tree.toLowerCase(java.util.Locale.ROOT))) return tree;
        }
        return "";
    }

    private static List<String> commits(ThreadMessage m) {
        Set<String> out = new LinkedHashSet<>();
        Matcher c = COMMIT.matcher(m.mail().body().ownText());
        while (c.find()) out.add(c.group(1));
        return new ArrayList<>(out);
    }

    /** The first NAK of the debate (a NAK in prose or a Nacked-by), or null. */
    private static Outcome nak(List<Participant> people, ReplyThread thread) {
        Outcome first = null;
        for (Participant p : people) {
            for (Evidence e : p.evidence()) {
                boolean nak = e.cue() == Cue.NAK || e.cue() == Cue.TRAILER && e.weight() < 0;
                ThreadMessage m = thread.byId().get(e.messageId());
                if (!nak || m == null) continue;
                Outcome o = new Outcome(Outcome.Status.NAKED, p.name(), p.id(), m.date(), e.messageId(), e.text(), "", List.of());
                if (first == null || o.date() != null && (first.date() == null || o.date().isBefore(first.date()))) first = o;
            }
        }
        return first;
    }

    /** Whether the proposer or a supporter wrote after the NAK: then it is a dispute, not a proposal dropped. */
    private static boolean answered(Outcome nak, ReplyThread thread, List<Participant> people) {
        Set<String> side = new java.util.HashSet<>();
        for (Participant p : people) if (p.proposer() || p.stance() == Stance.FOR) side.add(p.id());
        for (ThreadMessage m : thread.byDate()) {
            if (side.contains(m.author().id()) && m.date() != null && nak.date() != null && m.date().isAfter(nak.date())) {
                return true;
            }
        }
        return false;
    }

    /** Still open: the last message by a person (not a robot), its first sentence and date. */
    private static Outcome lastWord(ReplyThread thread, MessageContexts contexts) {
        ThreadMessage last = null;
        for (ThreadMessage m : thread.byDate()) if (!m.bot() && m.date() != null) last = m;
        if (last == null) last = thread.byDate().get(thread.byDate().size() - 1);
        return outcome(Outcome.Status.OPEN, last, contexts.firstLine(last), "", List.of());
    }

    private static Outcome outcome(Outcome.Status status, ThreadMessage m, String text, String tree, List<String> commits) {
        return new Outcome(status, m.author().displayName(), m.bot() ? "" : m.author().id(), m.date(), m.id(), text,
                tree, commits);
    }
}
