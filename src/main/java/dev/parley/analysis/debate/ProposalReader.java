package dev.parley.analysis.debate;

import dev.parley.analysis.stance.Cue;
import dev.parley.analysis.stance.ProposalKind;
import dev.parley.analysis.text.Sentences;
import dev.parley.identity.Identities;
import dev.parley.identity.Person;
import dev.parley.identity.Senders;
import dev.parley.mail.Address;
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
 * patches of the same series, the kind of change, and the author's key sentences. A root the archive lacks, which the
 * thread's messages answer (the one the caller names, else the one the reply tree's answers refer to), is the
 * proposal all the same: its author is the one the first answers quote ("On ..., Jane Doe wrote:"), its words what
 * they quote of it. Only when no answer says whom it quotes does the earliest message stand in.
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

    /** "On Sun, Feb 09, 2025 at 09:56:35PM +0100, Jane Doe wrote:", "Jane Doe <jane@example.org> writes:". */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?:^|,)\\s*([^,<>:]*?)\\s*(?:<([^<>\\s]+@[^<>\\s]+)>)?\\s*(?:wrote|writes)\\s*:\\s*$");

    /**
     * Reads what the thread proposes, from its root; when the root is missing, from what its answers quote of it (see
     * {@link #read(ReplyThread, String)}), else from the earliest message.
     */
    static Proposal read(ReplyThread thread) {
        if (thread.treeRoot() == null && !thread.missingRootId().isEmpty()) {
            Proposal missing = missingRoot(thread, thread.missingRootId());
            if (missing != null) return missing;
        }
        return read(thread, root(thread));
    }

    /**
     * Reads what the thread proposes when the caller names its root: that message when the thread has it; when it
     * is missing but messages answer it, the missing message itself; else as {@link #read(ReplyThread)}.
     */
    static Proposal read(ReplyThread thread, String rootId) {
        if (rootId == null || rootId.isBlank()) return read(thread);
        ThreadMessage given = thread.byId().get(rootId);
        if (given != null) return read(thread, given);
        Proposal missing = missingRoot(thread, rootId);
        return missing != null ? missing : read(thread);
    }

    /**
     * Whether a message answers the proposal: the message it answers is part of it, or it answers the missing root
     * that is the proposal.
     */
    static boolean answers(ThreadMessage m, ThreadMessage parent, Proposal proposal) {
        if (parent != null) return proposal.includes(parent.id());
        return proposal.rootMissing() && proposal.includes(m.mail().parentId());
    }

    private static Proposal read(ReplyThread thread, ThreadMessage root) {
        List<String> ids = proposalIds(root, thread);
        List<String> description = description(root);
        ProposalKind kind = kind(root.mail().subjectInfo(), description);
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

    /**
     * The proposal of a root missing from the thread, read from the earliest answer to it that says whom it quotes:
     * that person proposed it (a writer of the thread when a name or address matches), and the lines it quotes right
     * after saying so are the proposal's words. Null when no answer says whom it quotes.
     */
    private static Proposal missingRoot(ReplyThread thread, String rootId) {
        for (ThreadMessage m : thread.byDate()) {
            if (m.bot() || !m.mail().parentId().equals(rootId)) continue;
            List<Segment> segments = m.mail().body().segments();
            for (int i = 0; i + 1 < segments.size(); i++) {
                if (segments.get(i).kind() != Segment.Kind.ATTRIBUTION || segments.get(i + 1).kind() != Segment.Kind.QUOTE) continue;
                Matcher who = ATTRIBUTION.matcher(segments.get(i).text().replace('\n', ' ').strip());
                if (!who.find() || who.group(1).isBlank() && who.group(2) == null) continue;
                Person proposer = quoted(thread, who.group(1).strip(), who.group(2));
                List<String> words = new ArrayList<>();
                for (String sentence : Sentences.of(MessageContexts.unquote(segments.get(i + 1).text()), proposer.name())) {
                    if (!sentence.endsWith(":")) words.add(sentence);
                }
                SubjectInfo subject = m.mail().subjectInfo();
                ProposalKind kind = kind(subject, words);
                List<String> keySentences = keySentences(words, kind, 3);
                return new Proposal(rootId, subject.normalized(), proposer.id(), proposer.displayName(), proposer.address(),
                        null, 0, String.join(" ", keySentences),
                        keySentences.stream().map(s -> new Evidence(rootId, s, Cue.PROPOSER, 1)).toList(), kind,
                        List.of(rootId), true);
            }
        }
        return null;
    }

    /** The person an attribution names: a writer of the thread with that address or name, else a person of their own. */
    private static Person quoted(ReplyThread thread, String name, String address) {
        if (address != null) {
            Person p = thread.people().person(new Address(name, address));
            if (thread.byDate().stream().anyMatch(m -> m.author().id().equals(p.id()))) return p;
        }
        String key = Identities.nameKey(name);
        for (ThreadMessage m : thread.byDate()) {
            for (String n : m.author().names()) if (!key.isEmpty() && Identities.nameKey(n).equals(key)) return m.author();
        }
        String id = address != null ? address.toLowerCase(Locale.ROOT) : key;
        return new Person(id, name, address != null ? List.of(id) : List.of(), name.isEmpty() ? List.of() : List.of(name));
    }

    /** The kind of change, from the subject (and, for a bare subject, the opening sentences). */
    private static ProposalKind kind(SubjectInfo subjectInfo, List<String> description) {
        String subject = subjectInfo.normalized();
        boolean patch = subjectInfo.isPatch();
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
