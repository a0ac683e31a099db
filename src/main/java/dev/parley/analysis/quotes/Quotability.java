package dev.parley.analysis.quotes;

import dev.parley.analysis.text.Words;
import dev.parley.analysis.tone.Tone;
import dev.parley.analysis.tone.ToneScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How quotable one sentence is, 0 to 1, with the reasons: what an editor looks for, each a signed contribution.
 * <ul>
 * <li>the proposal in its author's words: the proposal's own text (its description, the documentation it adds), and
 * above all the key sentences the debate analysis took from it;</li>
 * <li>the proposal's text that only describes or presents the change ("Add a flag...", "here is a proposal to...")
 * counts against, and is no key sentence however the debate analysis chose it: an article summarises that;</li>
 * <li>a clear position or a striking claim: absolutes and verdicts ("never", "must", "the proof"), a purpose or a
 * verdict on the course ("the goal is", "it's good to"), strong images ("a brutal system", "a nightmare"), a figure (a
 * count, a share, a year: "a team of 20", "since 2009"), a rhetorical question ("why wouldn't we want that?"), a stance
 * signal the debate analysis found in the very sentence; hedges ("maybe", "I guess", "at times"; one before a "but" concedes and does not count), plain questions and detached
 * purpose clauses ("To not want to learn...") count against;</li>
 * <li>sharpness: a heated or cutting line (an insult, shouting, emphasis, a remark aimed at "you") is what gets
 * printed, not left out;</li>
 * <li>brevity: a short sentence that carries a claim beats a long argument, a punch line ("I was wrong.") included;
 * over about 180 characters costs;</li>
 * <li>standing on its own: a sentence that opens with a pronoun pointing back ("This is...", "That never happened.")
 * or a joining word ("And", "But") needs the sentence before, costing less when that sentence is offered as context;</li>
 * <li>a voice: in the first person, or speaking to someone ("You can't have it both ways.");</li>
 * <li>for a clause of a long sentence ({@link #clause}), being what follows its "but": the claim, not the
 * concession;</li>
 * <li>the speaker's weight: how many people answered the author, and this very message;</li>
 * <li>on the proposal rather than a side detail (its content words overlap the thread's topic), and more words than
 * identifiers.</li>
 * </ul>
 * The weights were set by reading the ranked quotes of the sample debate and of the press set's tuning threads
 * (labels/press/README.md), never its held-out ones.
 */
final class Quotability {

    /** Words and phrases of verdict and certainty. */
    private static final List<List<String>> DECISIVE = phrases("never", "always", "nobody", "no one", "everyone",
            "everybody", "nothing", "none", "entirely", "completely", "totally", "must", "should", "should not",
            "shouldn't", "cannot", "can't", "won't", "will not", "need to", "has to", "have to", "let's", "refuse",
            "nak", "nack", "unacceptable", "not acceptable", "wrong", "the right", "proof", "clearly", "obviously",
            "simply", "the point", "enough", "time to", "makes no sense", "doesn't work", "does not work",
            "the worst", "the best", "mess", "broken", "failed", "failure", "i think", "i believe", "in my opinion",
            "i'd rather", "i would rather", "i agree", "i disagree", "i object", "i am against", "i'm against",
            "no way", "absolutely", "certainly", "fundamentally", "the only", "at all", "too many", "too much",
            "all of", "none of", "every", "everything", "impossible", "i will not", "i won't", "i do not",
            "i decided", "i have decided",
            // a purpose or a verdict on the course ("the goal is to...", "it's good to have it in staging")
            "the goal", "the aim", "the purpose", "the only way", "good to", "better to", "best to", "the right thing",
            "a good thing", "a bad idea", "no reason");
    /**
     * How a commit message describes its change ("Create a new document...", "Add a flag..."): the mechanics of the
     * patch, which an article summarises rather than quotes.
     */
    private static final Pattern DESCRIBES_CHANGE = Pattern.compile("^(?:Add|Adds|Create|Creates|Remove|Removes|Update"
            + "|Updates|Move|Moves|Rename|Renames|Fix|Fixes|Introduce|Introduces|Convert|Converts|Replace|Replaces|Delete"
            + "|Deletes|Drop|Drops|Use|Uses|Document|Documents|Split|Refactor|Clean up|Cleanup|Export|Implement"
            + "|Implements|Change|Changes|Switch|Set|Make|Mark|Teach|Allow|Enable|Disable|Define|Provide)\\b"
            // or presents itself ("here is a proposal to...", "this patch adds...")
            + "|(?i)\\b(?:here is|here's|the following is) (?:a|an|the|my|our) (?:proposal|patch|series|patchset|attempt|rfc)\\b"
            + "|(?i)\\bthis (?:patch|series|patchset|commit|change) (?:adds|removes|moves|introduces|converts|implements"
            + "|proposes|describes|deletes|drops|makes)\\b");
    /**
     * How the patch travels: where it is ("the complete commit is in the ... branch of staging.git"), what the mail
     * shows of it ("the diff below is trimmed"), which version or base it is. An article reports that, if at all, in
     * its own words.
     */
    private static final Pattern LOGISTICS = Pattern.compile("(?i)\\b(?:(?:the )?(?:diff|patch|hunk)s? below"
            + "|below is|attached (?:is|are|patch|file|series)|(?:is|are) attached|(?:is|are) in (?:the|my) [\\w./-]+ (?:branch|tree|repo)|branch of|\\.git\\b"
            + "|(?:is|are) (?:based|rebased) on|applies (?:cleanly )?(?:on|to) top|trimmed|too big for the list"
            + "|(?:full|complete|whole) (?:patch|commit|series|diff) (?:is|can be|lives)|changes since v\\d"
            + "|cover letter|resend(?:ing)?\\b)");
    /** Strong images that make a claim striking ("a brutal system", "a nightmare", "destroy everything"). */
    private static final List<List<String>> VIVID = phrases("brutal", "misery", "nightmare", "disaster", "catastrophe",
            "catastrophic", "destroy", "destroyed", "burned out", "burnt out", "burn out", "toxic", "insane", "crazy",
            "absurd", "ridiculous", "horrible", "terrible", "awful", "garbage", "crap", "a joke", "embarrassing",
            "shameful", "extraordinary", "dead", "doomed", "hopeless", "pointless");
    /** A question that asserts rather than asks ("why wouldn't we want that?"). */
    private static final Pattern RHETORICAL = Pattern.compile("(?i)\\bwhy (?:wouldn't|would not|shouldn't|should not"
            + "|not|on earth|would anyone|would we|would you|is it that)\\b|\\bwhat's next\\b|\\bwho (?:cares|needs)\\b"
            + "|\\bhow (?:on earth|is that|could anyone)\\b|\\b(?:isn't|wasn't|aren't) (?:it|that|this) (?:obvious|clear)\\b");
    /**
     * A count, a share or a date that makes a claim concrete: "for the past 15+ years", "a team of 20 FT", "in the tree
     * since 2009", "the majority of bugs", "30 million lines" (a version such as 5.4 or -rc1 is no fact).
     */
    private static final Pattern FIGURE = Pattern.compile("(?i)(?<![\\w.\\-/])(?:\\d{1,3}(?:,\\d{3})*\\+?|two|three|four"
            + "|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds|thousands|millions|dozens)\\s+(?:[a-z]+\\s+)?"
            + "(?:years?|months?|weeks?|days?|hours?|people|persons|developers|maintainers|contributors|companies|patches"
            + "|commits|bugs|lines|times|drivers|users|releases|FTE?|percent)\\b|(?<![\\w.\\-/])\\d{1,3}\\s?%"
            + "|\\b(?:since|in|until|of|by) (?:19|20)\\d\\d\\b|\\b(?:the )?(?:majority|minority|half) of\\b"
            + "|\\b(?:team|total) of \\d+\\b");
    /** A detached purpose clause, no sentence ("To not want to learn and change based on new evidence."). */
    private static final Pattern FRAGMENT = Pattern.compile("^To (?:not )?[a-z]+\\b[^,;:\u2014]*$");
    /** Words and phrases of doubt. */
    private static final List<List<String>> HEDGES = phrases("maybe", "perhaps", "probably", "possibly", "might",
            "not sure", "i guess", "i wonder", "i suppose", "iirc", "afaik", "afaict", "not certain", "kind of",
            "sort of", "somewhat", "i'm not sure", "it seems", "seems to", "correct me", "if i'm wrong",
            "if i am wrong", "i may be wrong", "i might be wrong", "may be wrong", "at times", "sometimes",
            "occasionally", "in some cases");
    /** Courtesies that carry no claim however short they are. */
    private static final List<List<String>> COURTESY = phrases("thanks", "thank you", "sounds good", "looks good",
            "please", "feel free", "let me know", "makes sense", "good catch", "will do", "fair enough");
    /** Pronouns that, opening a sentence, usually point back to something said before. */
    private static final Set<String> POINTING = Set.of("this", "that", "these", "those", "it", "they", "he", "she");
    /** Words that follow a pointing pronoun when it stands for a noun ("This is", "That never"), not determiners. */
    private static final Set<String> VERB_AFTER = Set.of("is", "was", "are", "were", "will", "would", "has", "have",
            "had", "does", "did", "do", "can", "could", "should", "may", "might", "must", "seems", "sounds", "looks",
            "means", "makes", "just", "also", "only", "not", "never", "really", "isn't", "wasn't", "doesn't",
            "didn't", "won't", "can't", "shouldn't", "wouldn't", "all", "alone", "again", "too", "works",
            "breaks", "happened", "needs", "needed", "sucks", "helps", "depends");
    private static final Set<String> JOINING = Set.of("and", "but", "so", "also", "or", "then", "otherwise", "besides",
            "plus", "which", "because", "though", "although", "however", "anyway", "still", "instead", "rather", "thus",
            "hence", "therefore", "similarly", "likewise", "nevertheless", "nonetheless", "meanwhile");

    /** A token that is code rather than a word: an identifier with underscores, a call, a path, a file, hex. */
    private static final Pattern IDENTIFIER = Pattern.compile("_\\w|\\(\\)|/\\w|\\.[ch]\\b|0x|::|->");
    /** A sentence that ends as sentences do (a closing quote or bracket may follow the full stop). */
    private static final Pattern CLOSED = Pattern.compile("[.!?\u2026][\"')\u201d\u2019]*$");
    /** Emphasis in plain-text mail: *word*, _word_, or a word in capitals of four letters or more. */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*[A-Za-z][^*]{0,40}\\*(?![\\w*])"
            + "|(?<![\\w_])_[A-Za-z][^_]{0,40}_(?![\\w_])|\\b[A-Z]{4,}\\b");
    /** Words that are capitals by nature (acronyms and shouting-free capitals) and no emphasis. */
    private static final Set<String> ACRONYMS = Set.of("TODO", "FIXME", "NOTE", "NACK", "PATCH", "WARNING", "ERROR", "CONFIG",
            "RFC", "LTS", "ABI", "API", "GPL", "BUG", "HTTP", "JSON", "UAPI", "DRM", "USB", "PCIE", "SCSI", "NVME",
            "MAINTAINERS", "README", "DMA", "IOMMU", "NUMA", "POSIX", "EXFAT", "VFAT", "ASCII", "UTF", "KASAN");

    /**
     * What the score is computed from, besides the sentence.
     *
     * @param terms its content terms ({@link TopicTerms#of})
     * @param leansBack whether it opens by pointing back or joining on ("And", "This is")
     * @param contextOffered whether the sentence before it is offered with it
     * @param stanceWeight the weight of the stance evidence the debate found in this sentence (0 if none)
     * @param stanceCue that evidence's cue id, or empty
     * @param proposal whether it is the proposal's own text
     * @param root whether it is the root's own description (a cover letter or the patch's commit message), the
     *             proposal in its author's own voice rather than the documentation or a later patch of the series
     * @param keySentence whether it is one of the proposal's key sentences (as the debate analysis chose them)
     * @param speaker the author's weight in the thread, 0 to 1 (people who answered them, over the most anyone got)
     * @param message this message's weight, 0 to 1 (people who answered it, over the most any message got)
     * @param heatedMessage whether the message as a whole is heated (the debate's tone of it)
     * @param documentation whether it is prose a patch adds to documentation, where emphasis ("*must*") is a rule's
     *                      wording, not heat
     */
    record Signals(Set<String> terms, boolean contextOffered, double stanceWeight, String stanceCue, boolean proposal,
                   boolean root, boolean keySentence, double speaker, double message, boolean heatedMessage,
                   boolean documentation) {
    }

    /**
     * @param value the score, 0 to 1
     * @param raw the sum of the contributions before they are squashed into 0 to 1 (comparable where the values
     *            of two good sentences are both close to 1)
     */
    record Score(double value, double raw, double sharpness, List<String> reasons) {
    }

    private final Map<String, Double> topic;
    private final ToneScorer tone;

    /**
     * @param topic the thread's topic terms (stemmed, as {@link TopicTerms#of}) and how central each is, 0 to 1
     * @param tone the tone scorer, applied to the one sentence
     */
    Quotability(Map<String, Double> topic, ToneScorer tone) {
        this.topic = topic;
        this.tone = tone;
    }

    Score score(String sentence, Signals s) {
        List<String> reasons = new ArrayList<>();
        List<String> words = Words.of(sentence);
        double raw = 0;

        // the proposal in its author's words
        if (s.proposal()) {
            raw += s.root() ? 0.4 : 0.3;
            reasons.add(s.root() ? "the proposal in its author's words" : "the proposal's own text");
        }
        // the mechanics of the change, which an article summarises, even where the debate took it for a key sentence
        boolean describesChange = s.proposal() && DESCRIBES_CHANGE.matcher(sentence).find();
        if (describesChange) {
            raw -= 0.2;
            reasons.add("describes the change");
        }
        if (LOGISTICS.matcher(sentence).find()) {
            raw -= 0.3;
            reasons.add("how the patch travels");
        }
        if (s.keySentence() && !describesChange) {
            raw += 0.15;
            reasons.add("a key sentence of the proposal");
        }

        // a position or a claim
        List<String> decisive = matches(words, DECISIVE);
        boolean rhetorical = sentence.endsWith("?") && RHETORICAL.matcher(sentence).find();
        boolean figure = FIGURE.matcher(sentence).find();
        boolean claims = !decisive.isEmpty() || !matches(words, VIVID).isEmpty() || Math.abs(s.stanceWeight()) >= 0.1
                || rhetorical || figure;
        if (rhetorical) {
            raw += 0.12;
            reasons.add("a rhetorical question");
        }
        if (figure) {
            raw += 0.1;
            reasons.add("a figure (a count, a share, a year)");
        }
        if (FRAGMENT.matcher(sentence).find()) {
            raw -= 0.25;
            reasons.add("a fragment");
        }
        if (!decisive.isEmpty()) {
            raw += Math.min(0.36, 0.12 * decisive.size());
            reasons.add("decisive (" + String.join(", ", decisive) + ")");
        }
        List<String> vivid = matches(words, VIVID);
        if (!vivid.isEmpty()) {
            raw += Math.min(0.2, 0.1 * vivid.size());
            reasons.add("striking (" + String.join(", ", vivid) + ")");
        }
        // "it might be easier, but it's good to have it in staging": a hedge before "but" concedes, the claim follows
        int but = words.lastIndexOf("but");
        List<String> hedges = matches(but > 0 ? words.subList(but, words.size()) : words, HEDGES);
        if (!hedges.isEmpty()) {
            raw -= Math.min(0.3, 0.12 * hedges.size());
            reasons.add("hedged (" + String.join(", ", hedges) + ")");
        }
        if (Math.abs(s.stanceWeight()) >= 0.1) {
            raw += 0.3 * Math.min(1, Math.abs(s.stanceWeight()));
            reasons.add("states a position (" + s.stanceCue() + ")");
        }
        if (!matches(words, COURTESY).isEmpty() && !claims) {
            raw -= 0.25;
            reasons.add("a courtesy");
        }

        // sharpness; a sharp question is rhetorical, a plain one asks
        double sharp = s.documentation() ? 0 : sharpness(sentence, words);
        if (sentence.endsWith("?") && sharp < QuoteFinder.SHARP && !rhetorical) {
            raw -= 0.15;
            reasons.add("a question");
        }
        if (sharp >= 0.2) {
            raw += 0.4 * sharp;
            reasons.add(sharp >= 0.6 ? "heated" : "sharp");
        }

        // standing on its own
        int k = 0;
        boolean leans = false;
        if (!words.isEmpty() && JOINING.contains(words.get(0))) {
            leans = true;
            reasons.add("leans on the sentence before ('" + sentence.split("[\\s,]", 2)[0] + "')");
            k = 1;
        }
        String first = words.size() > k ? words.get(k) : "";
        String second = words.size() > k + 1 ? words.get(k + 1) : "";
        if (first.equals("it") || first.equals("it's")) {
            boolean introduces = words.subList(k, Math.min(k + 6, words.size())).stream()
                    .anyMatch(w -> w.equals("to") || w.equals("that") || w.equals("time") || w.equals("clear"));
            if (!introduces) {
                leans = true;
                reasons.add("a dangling 'it' near the start");
            }
        } else if (POINTING.contains(first) && (VERB_AFTER.contains(second) || second.isEmpty())
                || first.endsWith("'s") && POINTING.contains(first.substring(0, first.length() - 2))) {
            leans = true;
            reasons.add("a dangling '" + first + "' near the start");
        }
        if (leans) raw -= s.contextOffered() ? 0.12 : 0.3;

        // brevity
        int length = sentence.length();
        if (length < 20) { // "I was wrong.": a punch line when it claims, else nothing to print
            raw += claims || sharp >= 0.2 ? 0.15 : -0.35;
            reasons.add("very short");
        } else if (length <= 120) {
            raw += claims || sharp >= 0.2 ? 0.15 : 0;
            reasons.add("short");
        } else if (length > 280) {
            raw -= 0.45;
            reasons.add("very long");
        } else if (length > 180) {
            raw -= 0.2;
            reasons.add("long");
        }

        // a voice: a person speaking for themselves, or to someone, is quoted before impersonal prose
        if (words.contains("i") || words.contains("i'm") || words.contains("my") || words.contains("i've")) {
            raw += 0.1;
            reasons.add("in the first person");
        } else if (words.contains("you") || words.contains("you're") || words.contains("your")) {
            raw += 0.1;
            reasons.add("to someone");
        }

        // the speaker's weight
        double weight = 0.2 * s.speaker() + 0.15 * s.message();
        if (weight >= 0.1) reasons.add("a much-answered " + (s.message() >= s.speaker() ? "message" : "speaker"));
        raw += weight;
        if (s.heatedMessage()) {
            raw += 0.1;
            reasons.add("from a heated message");
        }

        // on the proposal, and words rather than code
        double sum = 0;
        List<String> onTopic = new ArrayList<>();
        for (String t : s.terms()) {
            double w = topic.getOrDefault(t, 0.0);
            sum += w;
            if (w >= 0.5 && onTopic.size() < 4) onTopic.add(t);
        }
        // density (share of the words that are on topic) and coverage (how much of the topic it touches), half each
        double topicality = s.terms().isEmpty() ? 0 : 0.5 * sum / s.terms().size() + 0.5 * Math.min(1, sum / 5);
        raw += 0.3 * topicality;
        if (topicality >= 0.4) reasons.add("on the proposal (" + String.join(", ", onTopic) + ")");
        else if (topicality < 0.15) reasons.add("off the proposal's topic");
        int identifiers = 0;
        for (String token : sentence.split("\\s+")) {
            if (IDENTIFIER.matcher(token).find()) identifiers++;
        }
        double identifierShare = identifiers / (double) Math.max(1, words.size());
        if (identifierShare > 0.15) {
            raw -= Math.min(0.4, identifierShare);
            reasons.add("technical (identifiers, paths)");
        }
        if (!CLOSED.matcher(sentence).find()) {
            raw -= 0.1;
            reasons.add("no closing punctuation");
        }

        return new Score(squash(raw), raw, round(sharp), reasons);
    }

    /**
     * A clause of a longer sentence ({@link Clauses}), scored as a sentence of its own; what follows a "but" is the
     * speaker's claim, what comes before it concedes ("it might be easier, ..., but to get stuff working today, for
     * users, it's good to have it in staging"), so an attribution line quotes that part.
     */
    Score clause(String clause, String sentence, Signals s) {
        Score c = score(clause, s);
        if (!Clauses.followsBut(sentence, clause)) return c;
        List<String> reasons = new ArrayList<>(c.reasons());
        reasons.add("the claim after a 'but'");
        double raw = c.raw() + 0.25;
        return new Score(squash(raw), raw, c.sharpness(), reasons);
    }

    private static double squash(double raw) {
        return round(1 / (1 + Math.exp(-3 * (raw - 0.3))));
    }

    /**
     * How heated or cutting a sentence is, 0 to 1: the tone scorer's verdict on it (heated, or negative), and what
     * cuts without a rude word: emphasis (*any*, _literally_, capitals), an exclamation, a question or a "you can't"
     * aimed at the reader.
     */
    double sharpness(String sentence, List<String> words) {
        Tone t = tone.score(sentence);
        double sharp = switch (t.label()) {
            case HEATED -> 0.6 + 0.4 * Math.min(1, Math.abs(t.score()));
            case NEGATIVE -> 0.25 + 0.25 * Math.min(1, Math.abs(t.score()));
            default -> 0;
        };
        var m = EMPHASIS.matcher(sentence);
        int emphasis = 0;
        while (m.find()) if (!ACRONYMS.contains(m.group().replace("*", "").replace("_", ""))) emphasis++;
        if (emphasis > 0) sharp += 0.25;
        if (sentence.endsWith("!")) sharp += 0.15;
        boolean atYou = words.contains("you") || words.contains("you're") || words.contains("your");
        if (atYou && (sentence.endsWith("?") || words.contains("can't") || words.contains("cannot")
                || words.contains("don't") || words.contains("didn't") || words.contains("not"))) {
            sharp += 0.2;
        }
        return Math.min(1, sharp);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static List<List<String>> phrases(String... entries) {
        List<List<String>> out = new ArrayList<>();
        for (String e : entries) out.add(Words.of(e));
        return out;
    }

    /** The phrases that occur in the words, each once, as written in the lexicon. */
    private static List<String> matches(List<String> words, List<List<String>> lexicon) {
        List<String> out = new ArrayList<>();
        for (List<String> phrase : lexicon) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (words.subList(i, i + phrase.size()).equals(phrase)) {
                    out.add(String.join(" ", phrase).toLowerCase(Locale.ROOT));
                    break;
                }
            }
        }
        return out;
    }
}
