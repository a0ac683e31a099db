package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.ProposalKind;
import dev.parley.analysis.text.Sentences;
import dev.parley.identity.Person;
import dev.parley.identity.Senders;
import dev.parley.mail.Segment;
import dev.parley.mail.SubjectInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage of a debate that finds what a thread proposes: its root (or earliest message), the proposer's other
 * patches of the same series, the kind of change, and the author's key sentences.
 */
final class ProposalReader {

    private static final Pattern REMOVAL = Pattern.compile(
            "(?i)\\b(delete|deletes|deleting|deletion|remove|removes|removing|removal|drop|drops|dropping|deprecate"
                    + "|deprecating|deprecation|kill|killing|retire|retiring|rip out|get rid of|obsolete|sunset)\\b");
    private static final Pattern ADDITION = Pattern.compile(
            "(?i)\\b(add|adds|adding|introduce|introduces|introducing|new driver|promote|promotes|promoting|promotion"
                    + "|out of staging|move \\S+ out|moving \\S+ out|graduate|merge \\S+ into|include)\\b");
    private static final Pattern PROPOSING = Pattern.compile(
            "(?i)\\b(delete|remove|move|drop|propose|proposal|should|let's|it is time|it's time|time to|i nominate"
                    + "|nominate|recommend|suggest|this patch|this series|this patchset|we need|needs to|i do not choose"
                    + "|step down|stepping down|add|introduce|promote|deprecate|replace|switch|stop|start)\\b");

    private static final Pattern CALL = Pattern.compile(
            "(?i)\\b(let's|let us|i propose|we propose|propose to|i suggest|i nominate|it is time|it's time|time to"
                    + "|we should|should be (removed|deleted|dropped|merged|moved)|please (apply|merge|consider))\\b");
    private static final Pattern CLAIM = Pattern.compile(
            "(?i)\\b(never|always|nobody|no one|nothing|every|proof|clearly|obviously|all of|none of)\\b");

    /** Where a cover letter's version history starts: not what is proposed. */
    private static final Pattern CHANGELOG = Pattern.compile(
            "(?im)^\\s*(changes|changelog|change log|changes since|since v\\d+|v\\d+\\s*(->|:|\\.\\.)|---\\s*$|\\[?v\\d+]?:)");

    private ProposalReader() {
    }

    /** Reads what the thread proposes, from its root (or, when that is missing, its earliest message). */
    static Proposal read(ReplyThread thread) {
        ThreadMessage root = root(thread);
        List<String> ids = proposalIds(root, thread);
        List<String> description = description(root);
        ProposalKind kind = kind(root, description);
        List<String> keySentences = keySentences(description, kind, 3);
        Person proposer = root.author();
        return new Proposal(root.id(), root.mail().subjectInfo().normalized(), proposer.id(), proposer.displayName(),
                Senders.author(root.mail()).address(), root.date(), root.offsetSeconds(), String.join(" ", keySentences),
                keySentences.stream().map(s -> new Evidence(root.id(), s, Cue.PROPOSER, 1)).toList(), kind, ids,
                thread.treeRoot() == null);
    }

    /** The proposal root: the tree's root message, or the earliest message when the root is missing. */
    private static ThreadMessage root(ReplyThread thread) {
        if (thread.treeRoot() != null) return thread.treeRoot();
        for (ThreadMessage m : thread.byDate()) if (!m.bot()) return m;
        return thread.byDate().get(0);
    }

    /**
     * The root and the other patches of its series (not replies): the messages that make up the proposal. A patch of
     * the series from someone else (a co-author posting their part, same series length and version) belongs to it too.
     */
    private static List<String> proposalIds(ThreadMessage root, ReplyThread thread) {
        List<String> ids = new ArrayList<>();
        ids.add(root.id());
        SubjectInfo rootSubject = root.mail().subjectInfo();
        for (ThreadMessage m : thread.byDate()) {
            if (m.id().equals(root.id()) || m.bot()) continue;
            SubjectInfo s = m.mail().subjectInfo();
            if (s.reply() || !s.isPatch() || !rootSubject.isPatch()) continue;
            boolean sameAuthor = m.author().id().equals(root.author().id());
            boolean sameSeries = s.total() == rootSubject.total() && s.total() > 0
                    || sameAuthor && rootSubject.isCoverLetter();
            boolean sameVersion = s.version() == rootSubject.version();
            ThreadMessage parent = thread.parent(m);
            boolean nearRoot = parent != null && (parent.id().equals(root.id()) || root.id().equals(parent.parentId()));
            if (sameSeries && nearRoot && (sameAuthor || sameVersion && s.index() > 0)) ids.add(m.id());
        }
        return ids;
    }

    /** The kind of change, from the subject (and, for a bare subject, the opening sentences). */
    private static ProposalKind kind(ThreadMessage root, List<String> description) {
        String subject = root.mail().subjectInfo().normalized();
        boolean patch = root.mail().subjectInfo().isPatch();
        if (REMOVAL.matcher(subject).find()) return ProposalKind.REMOVE;
        if (ADDITION.matcher(subject).find()) return ProposalKind.ADD;
        if (!patch) return ProposalKind.DISCUSSION;
        String opening = description.isEmpty() ? "" : description.get(0);
        if (REMOVAL.matcher(opening).find() && !ADDITION.matcher(opening).find()) return ProposalKind.REMOVE;
        return ProposalKind.CHANGE;
    }

    /** The author's own prose before the patch: the description or cover letter, as sentences. */
    private static List<String> description(ThreadMessage root) {
        List<String> out = new ArrayList<>();
        for (Segment s : root.mail().body().segments()) {
            if (s.kind() == Segment.Kind.DIFF || s.kind() == Segment.Kind.SIGNATURE) break;
            if (s.kind() != Segment.Kind.OWN) continue;
            String text = s.text();
            Matcher changelog = CHANGELOG.matcher(text);
            boolean stop = changelog.find();
            if (stop) text = text.substring(0, changelog.start());
            for (String sentence : Sentences.of(text, root.author().name())) {
                if (sentence.startsWith("-") || sentence.startsWith("*") || sentence.endsWith(":")) continue;
                out.add(sentence);
            }
            if (stop) break;
        }
        return out;
    }

    /**
     * Up to {@code max} key sentences in their original order: the opening sentence (what the thread is about), the
     * sentence that proposes (a call to act: "let's", "I propose", the proposal's own verb), then the strongest claim
     * made for it. Short sentences are fine when they propose ("So let's delete it.").
     */
    private static List<String> keySentences(List<String> description, ProposalKind kind, int max) {
        record Ranked(int index, String text, double score) {
        }
        Pattern action = switch (kind) {
            case REMOVE -> REMOVAL;
            case ADD -> ADDITION;
            default -> PROPOSING;
        };
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < description.size(); i++) {
            String s = description.get(i);
            boolean proposes = CALL.matcher(s).find() || action.matcher(s).find();
            double score = 1.5 / (1 + i * 0.5);
            if (i == 0) score += 1.5;
            if (proposes) score += 1.2;
            else if (PROPOSING.matcher(s).find()) score += 0.4;
            if (CLAIM.matcher(s).find()) score += 0.5;
            int len = s.length();
            if (len < 25 && !proposes) score -= 0.8;
            // a fragment (the tail of a wrapped quotation, "default".) is no key sentence
            if (!Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0)) || s.split("\\s+").length < 3 && !proposes) {
                score -= 5;
            }
            if (len > 320) score -= 0.5;
            if (s.toLowerCase(Locale.ROOT).startsWith("changes since") || s.contains("://")) score -= 1;
            ranked.add(new Ranked(i, s, score));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        List<Ranked> chosen = new ArrayList<>();
        for (Ranked r : ranked) if (chosen.size() < max && (r.score() > -1 || chosen.isEmpty())) chosen.add(r);
        chosen.sort(Comparator.comparingInt(Ranked::index));
        return chosen.stream().map(Ranked::text).toList();
    }

    /** The proposing sentence among the key sentences (the one a reader should see first), or the first. */
    static String proposingSentence(List<String> keySentences, ProposalKind kind) {
        Pattern action = kind == ProposalKind.REMOVE ? REMOVAL : kind == ProposalKind.ADD ? ADDITION : PROPOSING;
        for (String s : keySentences) if (CALL.matcher(s).find() || action.matcher(s).find()) return s;
        return keySentences.isEmpty() ? null : keySentences.get(0);
    }
}
