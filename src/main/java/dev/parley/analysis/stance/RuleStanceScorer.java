package dev.parley.analysis.stance;

import dev.parley.analysis.stance.MessageContext.Passage;
import dev.parley.analysis.stance.MessageContext.QuoteKind;
import dev.parley.analysis.stance.Signal.Target;
import dev.parley.analysis.text.Words;
import dev.parley.mail.Trailer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stance rules from kernel-mail conventions (see the domain notes in the project's shared STANCE-NOTES). Each own
 * sentence is cut into clauses; a lexicon of word patterns finds agreement and objection, acts of support
 * ("applied"), NAKs, trailers written in prose, calls to keep or to remove the thing, criticism or defence of it,
 * counter-proposals, harms and goods the change would do ("it will break X"), agreement with the problem the proposal
 * names (in an open discussion: "an important topic", "part of the problem", "to address X we need ..."),
 * conditions and changes of mind. Then:
 * <ul>
 *     <li>negation within four words before a cue, or a "don't think"-style negation earlier in the clause, turns
 *         it round (weaker);</li>
 *     <li>hedges ("maybe", "I guess", "probably") and questions weaken it; a question with no other cue is a side
 *         remark; a sceptical question about support ("does this really make sense?") doubts it; what follows
 *         "I don't know whether" or "in case" is not claimed at all;</li>
 *     <li>a condition ("as long as", "only if", "provided") turns support in the same sentence into conditional
 *         support, and so does a deferral of the proposal's own action ("remove it after the next LTS"): yes, but
 *         later;</li>
 *     <li>a concession ("while ...", "I understand ...", "that's not to say ...") grants a point, weakly;</li>
 *     <li>criticism of the thing a removal removes is support for the removal, defence of it is opposition; for
 *         an addition it is the other way round;</li>
 *     <li>calls with an object ("keep it", "delete it") count only when the object is the proposal's subject, a
 *         pronoun or a generic noun for it, not some other identifier ("delete all the COMPILE_TEST code");</li>
 *     <li>plain agreement or disagreement ("Yes.", "No.", "I agree") is about the answered text; replies to a
 *         quoted code hunk are reviews of a detail, not positions;</li>
 *     <li>text inside double quotes is someone else's words and is skipped.</li>
 * </ul>
 */
public final class RuleStanceScorer implements StanceScorer {

    private enum Kind {
        /** Agreement with the answered text (or with the proposal, when the clause names it). */
        AGREE,
        /** Disagreement with the answered text (or objection to the proposal, when the clause names it). */
        DISAGREE,
        /** Support of the proposal whatever is answered. */
        FOR,
        /** Opposition to the proposal whatever is answered. */
        AGAINST,
        NAK,
        /** A vote in prose: "Acked-by:", "my Ack", "please add my Signed-off-by". */
        VOTE,
        /** Support as an act: applied, queued, merged. */
        ACT,
        /** Keep the thing as it is (needs an object that is the thing). */
        KEEP,
        /** Remove the thing (needs an object). */
        REMOVE,
        /** Take the proposal in: merge it, apply it (needs an object). */
        ADOPT,
        /** A sceptical question about the proposal ("what problem does this solve?"): doubt, weakly against. */
        DOUBT,
        /** Agreement with the problem the proposal names, or with taking its topic up ("an important topic"). */
        PREMISE,
        /** A harm the change would do ("it will break X"): against it, whatever X is. */
        HARM,
        /** A good the change would do ("merging them will make it easier"): for it. */
        BENEFIT,
        /** "I don't know whether ...": what follows in the clause is not claimed. */
        UNKNOWING,
        /** Criticism of the thing (mess, unmaintained, bit-rotted). */
        FLAWED,
        /** Defence of the thing (works, used in production, has users). */
        VALUED,
        COUNTER,
        CONDITION,
        CHANGE,
        HEDGE
    }

    private record Rule(Kind kind, Phrase phrase, double weight, boolean needsObject) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rules(Kind kind, double weight, String... patterns) {
        for (String p : patterns) {
            boolean obj = p.endsWith(" @obj");
            RULES.add(new Rule(kind, Phrase.compile(obj ? p.substring(0, p.length() - 5) : p), weight, obj));
        }
    }

    static {
        rules(Kind.AGREE, 0.8, "i agree", "i fully|totally|completely|strongly|wholeheartedly agree", "^ agreed",
                "i concur", "^ +1", "same here", "well said", "i second this|that", "^ seconded",
                "you're|you_are right", "good|fair|valid point", "^ exactly $", "^ absolutely $", "^ indeed $",
                "^ definitely $", "^ precisely $", "^ that's|that_is right|correct|true $");
        rules(Kind.AGREE, 0.7, "sounds good|great|fine|reasonable|sensible|sane|right", "makes|make sense",
                "makes|make a_lot_of|perfect sense", "good|great|excellent|nice idea", "good|great|nice plan", "lgtm",
                "looks|look good|great|fine|ok|okay|reasonable|sane|sensible|right", "seems|seem good|fine|reasonable|sensible|sane",
                "fine with|by me|this|that|it", "ok|okay with me|this|that|it", "i like|love it|this|that|the_idea", "thanks|thank_you for doing|tackling|driving|pushing|proposing this|that",
                "thanks|thank_you for taking_care_of|working_on this", "very|quite|perfectly|entirely|totally sensible|reasonable",
                "i'm|i_am happy|glad with|to_see|about", "happy|glad to_see", "i'm|i_am all for", "all for it|this",
                "in favor|favour", "let's do it|this|that", "let's start here|there|with_this", "go for it",
                "^ yes|yep|yeah|yup $", "^ yes|yep|yeah|yup i", "i don't|do_not mind", "don't|do_not have a problem",
                "no problem with", "i'm|i_am fine|ok|okay|good with", "i can live with", "works for me", "better than nothing");
        // agreement shown by confirming what the answered text says from one's own experience, or by its use
        rules(Kind.AGREE, 0.7, "spot-on|spot_on", "is|sounds|seems a good|great|nice one", "that|this|it would|will|should help",
                "that|this|it would be helpful|useful|valuable", "sounds|feels|seems familiar", "a familiar experience|problem|story",
                "i've|i_have been there", "i can relate", "very|so true", "i'll|i_will start doing|using|responding_with this|that");
        // common ways of saying yes to what one answers
        rules(Kind.AGREE, 0.7, "i think so too|as_well", "my thoughts exactly", "couldn't|could_not|can't|cannot agree more",
                "i'd|i_would agree", "agree with you|this|that|everything|all_of_this|most_of_this", "fair|good|valid|excellent|great argument|summary|suggestion",
                "well|nicely put", "point taken", "you have|make a good|fair|valid? point", "matches my experience|understanding|view",
                "that's|that_is|this_is|it's|it_is a good|great|fair|valid point|question|idea|suggestion",
                "i like the|this|your approach|proposal|direction|suggestion|idea", "sounds like a plan");
        // agreement intensified or softened: "Completely agreed.", "I tend to agree", "Yes please."
        rules(Kind.AGREE, 0.7, "^ completely|totally|fully|absolutely|wholeheartedly|strongly agreed", "i'd|i_would? tend to agree",
                "^ yes please", "^ perfect $");
        // the yes intensified: "that's even better", "sounds perfectly fine"
        rules(Kind.AGREE, 0.7, "that's|that_is|this_is|it's|it_is|sounds|would_be even better",
                "sounds|looks|seems perfectly|totally|entirely|completely|absolutely fine|reasonable|good|sensible");
        rules(Kind.AGREE, 0.35, "^ sure $", "^ ok|okay|fine|right|alright $", "^ true $", "^ fair enough", "^ noted $");
        // common ways of supporting a change
        rules(Kind.FOR, 0.7, "i support this|the_proposal|the_idea|this_proposal|this_idea|the_change", "i welcome this|the_change",
                "a welcome change|addition|improvement", "much needed|much-needed", "a net positive|win|improvement|gain",
                "a good start|first_step", "i'm|i_am on board", "i'd|i_would|we'd|we_would like|love to see this|that|it",
                "we should do this|that|it");
        // a change judged good in itself: "that would be a good thing", "a win for everyone"
        rules(Kind.FOR, 0.7, "is|be|are|was a good|great|positive thing", "is|be|was a clear|big|huge|real? win");
        // missing what the change would take away defends the way things are
        rules(Kind.AGAINST, 0.6, "i'd|i_would|we'd|we_would really|personally|definitely|sorely? miss");
        // another remedy offered for the problem: "perhaps the answer is to review them more carefully"
        rules(Kind.COUNTER, 0.6, "perhaps|maybe the|a better? answer|solution|fix is|would_be to");
        // "no objections" is consent to what is on the table, not a comment on the answered argument
        rules(Kind.FOR, 0.7, "no real|serious|major|strong? objection|objections", "without objection");
        rules(Kind.FOR, 0.9, "no reasonable|better|other|real? alternative", "no other choice|option|way",
                "i|we fully|strongly|wholeheartedly|definitely? support", "i'm|i_am supportive", "in support of",
                "+1 on|for", "is|be|was|it's|that's|this_is the right call|thing|direction|approach|move|decision|time|way",
                "the right call", "a step in the right direction", "right thing to do", "about time", "long overdue", "good riddance", "high time",
                "please apply|merge|take|queue", "should be applied|merged|taken|queued", "should go in",
                "should get merged", "sooner *4 the better");
        rules(Kind.DISAGREE, 0.8, "i *2 disagree", "i don't agree", "i do_not agree", "^ no|nope $",
                "^ no|nope i", "^ not really", "^ not true", "that's|that_is|this_is not true", "that's|that_is wrong",
                "you're|you_are wrong", "not a fair summary|characterisation|characterization|assessment|description",
                "^ nonsense|absurd|ridiculous|rubbish|bogus $",
                "that's|that_is|this_is|this's utter|complete|total|totally|pure|just|simply? nonsense|absurd|ridiculous|rubbish|bogus|silly|crazy|insane|stupid|dumb",
                "i don't think so", "^ i doubt it", "not convinced",
                "unconvinced", "i don't|do_not buy", "that's|that_is|this_is not how", "makes|make no sense",
                "doesn't|does_not make any? sense", "i don't|do_not see why|how|the_point|what_is|what's",
                "i fail to see", "i'm|i_am|i_remain a_bit|a_little|very|rather|quite|somewhat|highly|deeply|still? sceptical|skeptical", "not suitable", "not a suitable", "not an improvement", "i object", "^ wrong",
                "i don't|do_not see the|any need|reason|point|benefit");
        rules(Kind.DISAGREE, 0.5, "has|have|had nothing to do with", "is|are not about");
        // common ways of saying no to what one answers
        rules(Kind.DISAGREE, 0.7, "that's|that_is|this_is|it's|it_is not the case", "i beg to differ", "^ not necessarily $",
                "i'm|i_am not so sure", "i'm|i_am not sure i|that agree", "i don't|do_not see it that way", "^ on the contrary",
                "misses|missing the point", "doesn't|does_not follow", "a strawman|straw_man", "respectfully disagree");
        // a rebuttal: the answered worry is inflated, two things are confused, it answers a claim nobody made, or its
        // framing is rejected ("please stop calling it ..."), or doubted politely ("I don't know that this is really ...")
        rules(Kind.DISAGREE, 0.7, "overblown", "is|are|seems|seem|sounds way|greatly|vastly|hugely|grossly|wildly? overstated|exaggerated",
                "you're|you_are mixing|conflating|confusing", "mixing up two|different things", "conflating two|different things",
                "an? appeal to fear|emotion", "fear-mongering|fearmongering|scaremongering", "is|more|spreading|just|pure fud",
                "i never said|claimed|suggested|meant", "please stop saying|calling|claiming|pretending|repeating",
                "^ i don't|do_not know that this|that|it is|is_really|is_necessarily|is_entirely");
        // the answered remedy does not fit, whatever one thinks of the problem
        rules(Kind.DISAGREE, 0.6, "isn't|is_not|not a good|great fit", "not the magic|right|real answer|solution",
                "the|a magic answer|bullet|solution", "i don't|do_not have the same experience", "not my experience",
                "don't|doesn't|won't|do_not|does_not|will_not magically|just? go away|disappear");
        rules(Kind.AGAINST, 1.0, "i'm|i_am against", "i'm|i_am opposed", "i strongly? oppose", "object to this|it",
                "please don't|do_not", "don't|do_not do this|that", "bad|terrible|horrible|awful idea",
                "not a good idea", "a bad move", "is|be|was a big|huge|grave? mistake", "step backwards|backward",
                "wrong direction|approach", "wrong way to go", "the wrong thing", "not acceptable", "unacceptable",
                "^ no way", "not going to happen", "over my dead body", "please reconsider", "i'd|i_would rather not",
                "rather you didn't", "i don't|do_not like|want this|it|that|the_idea|this_idea|the_approach|this_approach", "i hate|dislike this|it",
                "not the right way|approach|thing|direction", "against this", "i'd|i_would be against", "would oppose");
        rules(Kind.AGAINST, 0.6, "i don't|do_not think|believe we|you should|need|want",
                "this|it|that is|seems|looks unnecessary|pointless|overkill|premature|needless",
                "this|it|that is|seems not needed|necessary", "a solution in search of a problem");
        rules(Kind.AGAINST, 0.8, "would|will be really|very|quite? unfortunate|a_shame|a_pity|a_loss");
        // a course judged doomed or second-rate: "a losing battle", "futile", "would be suboptimal"
        rules(Kind.AGAINST, 0.6, "a losing battle", "is|are|be|seems just? futile", "futile attempt|attempts|exercise",
                "would|will be suboptimal|problematic");
        // the polite no: "I'm not sure this is a good idea", "not sure blessing any tool is really the right approach"
        rules(Kind.AGAINST, 0.6, "not sure *6 is|are|would_be|be really|actually? a_good|a_great|the_right|a_wise|the_best idea|option|approach|way|solution|plan|move|thing");
        // common ways of opposing a change: it would do harm, it would not help, it is not worth it
        rules(Kind.AGAINST, 0.7, "i'm|i_am not in favor|favour", "would|will hurt", "would|will make things|it worse",
                "i have|i've some|serious|strong|real|grave? reservations",
                "i'd|i_would prefer not|that_we_don't|that_we_didn't|we_don't|we_didn't",
                "would|will be counterproductive|harmful", "is counterproductive|harmful", "won't|will_not|wouldn't|would_not help|work",
                "doesn't|does_not solve|address the|any problem|issue", "solves nothing", "not worth it|the_effort|the_churn|the_trouble",
                "churn for little|no gain|benefit", "i see no need|reason|benefit|value", "no need for this|that|it",
                "i don't|do_not see the|any value");
        rules(Kind.AGAINST, 0.6, "not a big|huge|great? fan of", "i hate|dislike the idea", "creates|creating|adds|adding more? overhead|bureaucracy");
        // offering to do part of the work is taking the proposal up
        rules(Kind.FOR, 0.6, "i'd|i_would|i'm|i_am|i'll|i_will be? willing|happy|glad to help|contribute|volunteer",
                "i can|could volunteer");
        // sharing the problem the proposal names, or taking its topic up: the premise, agreed
        rules(Kind.PREMISE, 0.6, "this|it is|was a real|serious|big|huge|genuine problem|issue", "we have a real? problem",
                "i've|i_have seen|hit|had the same|similar problem|problems|issue|issues",
                "we see|saw|have|hit the same|similar problem|problems|issue|issues",
                "same problem|issue here", "we've|we_have had the same|similar", "this|that|it is|was a|an very|really|extremely? important topic|cause|issue|problem|discussion",
                "that's|it's|this's a|an very|really|extremely? important topic|cause|issue|problem|discussion",
                "this very|really? important topic|cause|issue|problem|discussion", "we should|must revisit|discuss", "we should|must|need_to have|hold a|this|that discussion|conversation",
                "worth discussing|revisiting|talking_about", "very much the point", "part of the problem|solution",
                "addresses|solves|fixes * problem", "to address|solve|fix|tackle|reduce|avoid *3 we need|should|must",
                "bring|bringing|returning the thread|conversation|discussion back", "is a real problem|issue", "is|are very|really|quite|all_too|very_very|so? real $",
                "is|are acutely|keenly|widely|really felt", "i_have|i've been concerned|worried|advocating|pushing|arguing", "concerns *4 i share",
                "i share the|your|these|this concern|concerns|frustration|view",
                // a topic put up for a summit is supported by wanting it discussed
                "thanks|thank_you for raising|bringing_up|starting|kicking_off|writing_up this|the|this_topic|the_topic|the_discussion",
                "i'd|i_would|i'm|i_am be? very|really|definitely? interested in discussing|talking_about|joining|attending",
                "interested in this topic|discussion", "count me in");
        // a hope for what the topic asks for: "I do hope we can get some movement on this next year"
        rules(Kind.PREMISE, 0.5, "i really|do? hope we can|will|get");
        rules(Kind.NAK, 1.5, "nak", "nack", "nacked", "nacked-by", "naked-by", "nak'd", "nack'd");
        // a vote written as prose; a trailer line inside a sentence ("Please add my Signed-off-by: ...") comes to
        // the scorer as one of the author's own trailers instead, so that mentions of trailers in general do not count
        rules(Kind.VOTE, 1.0, "my ack|acked-by|reviewed-by|tested-by|signed-off-by|sign-off", "^ ack|acked", "upgrade my ack", "you can add my", "feel free to add my", "consider this acked",
                "consider it acked", "with that acked|reviewed");
        rules(Kind.ACT, 1.0, "^ applied", "^ thanks|thank_you applied|queued|merged|taken", "now applied|queued|merged",
                "i've|i_have now? applied|queued|merged|taken|picked it|this|them|the|your|up", "i'll|i_will apply|queue|take|pick_up it|this|them",
                "applied to|into", "queued to|for|up", "picked up", "i'll|i_will queue");
        rules(Kind.KEEP, 0.8, "keep @obj", "keeping it|this|them", "rather keep @obj", "like it|this to stay",
                "it|this should stay", "stay around", "leave it|this in|alone|where", "retain @obj",
                "we do? use it|this", "we rely|depend on it|this", "we still use", "we need it|this",
                "people|users|customers rely|depend on it|this", "still used", "still in use");
        rules(Kind.REMOVE, 0.8, "delete|remove|drop|kill|deprecate|retire @obj", "rip it|this out", "get rid of @obj",
                "should|must|can be deleted|removed|dropped|killed|retired");
        rules(Kind.ADOPT, 0.8, "merge|apply|promote @obj", "take it|this|them", "take this|the patch|series|patchset",
                "move it|this out", "get it|this merged|in", "should be promoted|moved");
        rules(Kind.FLAWED, 0.5, "mess", "unreviewable", "unmaintained", "not maintained", "abandoned", "bit-rotted",
                "bitrotted", "bit rotted", "bit-rot", "bitrot", "obsolete", "dead code", "is dead", "nobody uses",
                "no one uses", "nobody cares", "no one cares", "no users", "no progress", "not making progress",
                "doesn't even build", "does not build", "doesn't build", "no longer builds", "never worked",
                "languishing", "graveyard", "pile|piece of crap|garbage|junk", "broken for years", "a disaster",
                "a nightmare", "hopeless", "not going anywhere", "gone nowhere", "nothing is happening", "stalled",
                "outgrown", "off-putting|offputting", "doesn't|does_not|don't|do_not scale", "has|have run its|their course");
        rules(Kind.VALUED, 0.6, "in production", "works fine|well|great|perfectly", "working fine|well",
                "is functional", "still works", "we do? have platforms|products|users|customers|devices",
                "have|has|are users", "actively used|maintained|developed", "real users",
                "used by", "no issues", "progress has|is being made", "making progress", "we're|we_are working on",
                "patches sitting|pending|queued", "work in progress", "still? has|have merit",
                "the most useful|valuable|productive|attractive");
        rules(Kind.COUNTER, 0.6, "instead $", "^ instead", "instead of deleting|removing|dropping|merging|moving|killing|replacing|duplicating|adding|this|it|that",
                "rather than deleting|removing|dropping|merging|moving|killing|this|it", "instead of *", "i_would|i'd propose", "what i_would|i'd propose",
                "alternative", "alternatively", "why not just", "wouldn't it be better", "would be better to",
                "better approach", "a better way", "wait until|for", "give us|them|me until|time", "give it|us|them more time",
                "another chance", "one more cycle|release", "until after", "postpone", "defer", "fix it|this instead",
                "move it|this to fs|drivers|lib|net|mm|the|a|its|tools|userspace", "revert", "after the next lts|release|cycle", "next lts");
        rules(Kind.DOUBT, 0.4, "why do|would|should we need|want this|it|that", "what problem does|would this|it solve",
                "who will|would|is_going_to maintain|support|fix", "what is|what's the point|benefit|gain", "do we really need|want",
                "is this|it really necessary|needed|worth", "why is this|it necessary|needed", "how is this|it better",
                "what does this|it buy|gain|give us");
        rules(Kind.CONDITION, 0, "as long as", "only if", "provided that", "provided the|it|this|we|you",
                "on the? condition", "with the caveat", "but only", "assuming that", "if and only if");
        rules(Kind.CHANGE, 0, "changed|change my mind", "convinced me", "i'm|i_am convinced",
                "i stand corrected", "withdraw my|the nak|nack|objection|objections|ack|support",
                "my nak|nack|objection is withdrawn", "consider my nak|nack|objection withdrawn", "i take it|that back",
                "i retract", "i was wrong", "on second thought|thoughts", "on reflection", "you've|you_have convinced",
                "persuaded me", "i've|i_have come around", "i came around");
        rules(Kind.HARM, 0.6, "will|would|going_to break", "will|would cause regressions|breakage",
                "the|an|exactly_the opposite effect|result", "will|would|could|might backfire");
        rules(Kind.BENEFIT, 0.6, "will|would make it|this|things|life|everything *2 easier|simpler|better",
                "will|would sort itself|themselves out", "would|will be really|very|quite|most? useful|helpful|valuable|welcome|fine|enough");
        // "in case it turns out to be a mistake" is a precaution, no claim that it is one
        rules(Kind.UNKNOWING, 0, "i don't|do_not know what|whether|if|how", "not sure what|whether|if|how", "i wonder whether|if", "no idea what|whether|if|how",
                "in case");
        rules(Kind.HEDGE, 0, "maybe", "perhaps", "probably", "possibly", "might", "i guess", "i suppose", "not sure",
                "unsure", "seems", "somewhat", "kind of", "sort of", "i'm not certain", "could be", "may be");
    }

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "don't", "doesn't", "didn't", "isn't",
            "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "hardly",
            "nobody", "nothing", "neither", "nor", "without", "haven't", "hasn't", "barely", "none", "mustn't");
    private static final Set<String> RAISING = Set.of("think", "believe", "feel", "see");
    private static final Set<String> PRONOUNS = Set.of("it", "this", "them", "these");
    private static final Set<String> GENERIC = Set.of("driver", "drivers", "code", "module", "modules", "filesystem",
            "fs", "subsystem", "feature", "support", "thing", "stuff", "tree", "directory", "port", "stack", "one",
            "rule", "document", "policy", "proposal", "patch", "patches", "series", "patchset", "change", "changes",
            "idea", "plan");
    private static final Set<String> ACRONYMS = Set.of("I", "OK", "NAK", "NACK", "ACK", "LGTM", "IMO", "IMHO", "FWIW",
            "AFAICT", "AFAIK", "IIRC", "TBH", "FUD", "LTS", "API", "ABI", "RFC", "FYI", "BTW", "TODO", "USB", "CPU", "GPL");
    /** "this patch", "your proposal", "Grant's patch", "the removal": the proposal named. */
    private static final Pattern PROPOSAL_REFERENCE = Pattern.compile(
            "(?i)\\b(this|the|your|his|her|their|\\w+'s)\\s+(whole\\s+|entire\\s+|proposed\\s+|new\\s+)?(patch|patches"
                    + "|patchset|series|proposal|removal|deletion|rfc|deprecation|promotion|nomination)\\b"
                    + "|\\b(this|your|\\w+'s)\\s+(whole\\s+|entire\\s+|proposed\\s+|new\\s+)?(change|idea|plan|move|rule"
                    + "|policy|approach|update|guideline|guidelines|transition|effort|work)\\b");
    /** In a discussion without a patch, "the patches" are other patches; only the proposal itself is named. */
    private static final Pattern DISCUSSION_REFERENCE = Pattern.compile(
            "(?i)\\b(this|your|the|\\w+'s)\\s+(whole\\s+|original\\s+)?(proposal|suggestion|rfc)\\b"
                    + "|\\b(this|your|\\w+'s)\\s+(idea|plan|approach)\\b");
    private static final Set<String> REMOVING = Set.of("deleting", "removing", "dropping", "killing", "retiring",
            "deprecating", "removal", "deletion");
    private static final Set<String> ADDING = Set.of("merging", "moving", "adding", "promoting", "taking", "applying",
            "including");
    /** Last words of an agreement cue that take what is agreed to as their object: "all for X", "in favour of X". */
    private static final Set<String> TAKES_OBJECT = Set.of("for", "of", "favor", "favour");
    private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me", "i'm", "i'd", "i'll", "i've", "we", "our");
    /** Words that may open a clause before the author's own NAK: "So NAK", "Hard NAK", "Still NAK". */
    private static final Set<String> OPENERS = Set.of("so", "and", "hence", "thus", "then", "still", "strong",
            "hard", "big", "a", "this", "is", "gets", "definitely", "strongly", "also", "for", "now", "therefore",
            "yes", "again", "clear", "firm", "ok", "sorry");
    /** Words that open a clause that grants a point before the real one. */
    private static final Set<String> CONCESSIVE = Set.of("while", "although", "though", "granted", "admittedly",
            "whilst", "albeit");
    private static final Set<String> GRANTING = Set.of("understand", "appreciate", "realize", "realise",
            "acknowledge", "accept", "concede", "grant", "sympathize", "sympathise");
    /** Words that make "instead" a proposal rather than a report. */
    private static final Set<String> MODAL = Set.of("should", "could", "would", "let's", "let", "why", "better",
            "propose", "suggest", "please", "just", "can", "need", "needs", "must", "we'd", "i'd", "prefer", "rather");
    private static final Set<String> CONDITIONAL_WORDS = Set.of("if", "unless", "whether", "suppose", "supposing", "case",
            "once");
    /** "keep an eye on", "keep in mind", "keep fixing": "keep" meaning something else than keeping the thing. */
    private static final Set<String> KEEP_IDIOMS = Set.of("an", "in", "up", "track", "on", "going", "quiet", "calm",
            "away", "out", "off", "pace", "busy", "asking", "saying", "trying");
    /** A sentence that is only a condition: "As long as ...", "Only if ...", "Provided that ...". */
    private static final Pattern BARE_CONDITION = Pattern.compile(
            "(?i)^\\W*(as long as|so long as|only if|provided that|provided the|on condition that)\\b");
    private static final Pattern CONSEQUENCE = Pattern.compile("[,;]|\\bthen\\b");
    /** "..., but it should ...", "..., but we must ...": a yes with terms attached (not "but we should also ..."). */
    private static final Pattern YES_BUT = Pattern.compile(
            "(?i)\\bbut\\s+(it|we|this|that|they|there)\\s+(should|must|needs?|ought)\\b(?!\\s+(also|be\\s+also)\\b)");
    private static final Pattern DEFERRAL = Pattern.compile("\\b(after|until|wait|postpone|defer|next|another|more time)\\b");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022o]|\\d{1,2}[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("^_+|_+$");
    /** The slashes of a composite acronym: "LSF/MM/BPF" is one name, written "LSFMMBPF" too. */
    private static final Pattern ACRONYM_PARTS = Pattern.compile("(?<=\\b[A-Z]{2,8})/(?=[A-Z]{2,8}\\b)");
    private static final Pattern QUOTED_SPEECH = Pattern.compile("\"[^\"]{1,120}\"|\u201c[^\u201d]{1,120}\u201d");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;:()\u2014]|\\s-{1,2}\\s|\\bbut\\b|\\bthough\\b|\\bhowever\\b)\\s*");

    @Override
    public MessageReading read(MessageContext m) {
        List<Signal> signals = new ArrayList<>();
        boolean changeOfMind = false;
        for (int p = 0; p < m.passages().size(); p++) {
            Passage passage = m.passages().get(p);
            for (String sentence : passage.sentences()) {
                SentenceReading r = readSentence(sentence, passage, m);
                changeOfMind |= r.change;
                for (Signal s : r.signals) signals.add(new Signal(p, s.text(), s.cue(), s.target(), s.polarity()));
            }
        }
        for (Trailer t : m.ownTrailers()) {
            Signal s = trailer(t, m);
            if (s != null) signals.add(s);
        }
        return new MessageReading(signals, changeOfMind);
    }

    /** A trailer the author gave: a vote when it is given to the proposal (not to a patch of their own or another's). */
    private static Signal trailer(Trailer t, MessageContext m) {
        if (m.proposalMessage()) return null;
        String line = t.key() + ": " + t.value();
        if (t.isNak()) return new Signal(-1, line, Cue.TRAILER, Target.PROPOSAL, -1.5);
        boolean vote = t.isAck() || t.isReview() || t.isTest();
        boolean signOff = t.meaning() == Trailer.Meaning.SIGN_OFF;
        if (!vote && !signOff) return null;
        if (m.carriesPatch()) return null; // their own patch: authorship, not a vote
        double weight = vote ? 1.5 : 1.0; // a sign-off in a reply endorses (policy documents collect them)
        if (!m.answersProposal()) weight *= 0.7; // probably still the proposal, given in a sub-thread
        return new Signal(-1, line, Cue.TRAILER, Target.PROPOSAL, weight);
    }

    private record SentenceReading(List<Signal> signals, boolean change) {
    }

    /**
     * A lexicon match in one clause.
     *
     * @param next the word after the match ("" at the clause end)
     * @param objectNamesSubject the words after the match name the proposal's subject
     * @param span the matched words
     * @param before the words of the clause before the match
     */
    private record Hit(Rule rule, int clause, int start, int end, boolean negated, String next,
                       boolean objectNamesSubject, List<String> span, List<String> before) {
    }

    /**
     * Whether a NAK in a clause is the author's own: the clause opens with it ("NAK.", "So NAK from me") or the
     * author says it is theirs ("my NAK stands", "I NAK this"); "Linus has NACKed that approach" reports another's.
     */
    private static boolean ownVote(Hit h) {
        if (h.before.isEmpty()) return true;
        for (String w : h.before) if (FIRST_PERSON.contains(w)) return true;
        return h.before.stream().allMatch(OPENERS::contains);
    }

    /** "I do understand the desire to remove it", "I appreciate that keeping it isn't free": granting a point. */
    private static boolean grants(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals("i") && !words.get(i).equals("we")) continue;
            for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
                if (GRANTING.contains(words.get(k))) return true;
            }
        }
        return false;
    }

    /** "I'll start doing this on LKML": the cue names its object, a pronoun for the answered text, itself. */
    private static boolean endsOnPronoun(Hit h) {
        return !h.span.isEmpty() && PRONOUNS.contains(h.span.get(h.span.size() - 1));
    }

    /** Words that make a question sceptical: "is it really ...", "does it even ...", "is the gain such that ...". */
    private static boolean sceptical(List<String> words) {
        for (String w : words) if (w.equals("really") || w.equals("even") || w.equals("such") || w.equals("actually")) return true;
        return false;
    }

    /** "That's not to say this isn't a good idea, ...": a concession before the real point. */
    private static boolean notToSay(List<String> words) {
        for (int i = 0; i + 2 < words.size() && i < 3; i++) {
            if (words.get(i).equals("not") && words.get(i + 1).equals("to") && words.get(i + 2).equals("say")) return true;
        }
        return false;
    }

    private static boolean keepIdiom(Hit h) {
        return KEEP_IDIOMS.contains(h.next) || h.next.endsWith("ing") && h.next.length() > 5;
    }

    /**
     * One clause of a sentence, read once.
     *
     * @param raw its words as written (emphasis underscores removed)
     * @param words the same in lower case
     * @param foreign it names some identifier that is not the proposal's subject
     * @param proposing it has a modal or imperative word ("should", "let's", "why")
     * @param concessive it grants a point before the real one ("while ...", "I understand ...")
     * @param conditionalAt index of its first "if"/"unless" word, or -1
     */
    private record Clause(int index, List<String> raw, List<String> words, boolean foreign, boolean proposing,
                          boolean concessive, int conditionalAt) {

        static Clause of(int index, String text, ProposalContext p) {
            List<String> raw = new ArrayList<>();
            for (String w : Words.asWritten(text)) raw.add(EMPHASIS.matcher(w).replaceAll("")); // _not_
            List<String> words = new ArrayList<>(raw.size());
            for (String w : raw) words.add(w.toLowerCase(Locale.ROOT));
            boolean foreign = false, proposing = false;
            int conditionalAt = -1;
            for (int i = 0; i < words.size(); i++) {
                foreign |= looksLikeIdentifier(raw.get(i)) && !p.names(words.get(i));
                proposing |= MODAL.contains(words.get(i));
                if (conditionalAt < 0 && CONDITIONAL_WORDS.contains(words.get(i))) conditionalAt = i;
            }
            boolean concessive = !words.isEmpty() && CONCESSIVE.contains(words.get(0))
                    || words.size() > 1 && words.get(0).equals("even") && words.get(1).equals("though")
                    || notToSay(words)
                    || grants(words);
            return new Clause(index, raw, words, foreign, proposing, concessive, conditionalAt);
        }
    }

    /** What holds for a whole sentence once its clauses are read. */
    private static final class SentenceFlags {
        boolean hedged, conditional, change;
    }

    private SentenceReading readSentence(String sentence, Passage passage, MessageContext m) {
        String plain = ACRONYM_PARTS.matcher(QUOTED_SPEECH.matcher(sentence).replaceAll(" ")).replaceAll("");
        boolean question = sentence.strip().endsWith("?");
        boolean namesProposal = (m.proposal().kind() == ProposalKind.DISCUSSION ? DISCUSSION_REFERENCE : PROPOSAL_REFERENCE)
                .matcher(plain).find() || namesTheChange(plain, m.proposal());
        boolean bullet = BULLET.matcher(sentence).find();
        int sentenceWords = Words.of(plain).size();
        SentenceFlags flags = new SentenceFlags();
        List<Clause> clauses = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        String[] parts = CLAUSE_BREAK.split(plain);
        for (int c = 0; c < parts.length; c++) {
            Clause clause = Clause.of(c, parts[c], m.proposal());
            clauses.add(clause);
            hits.addAll(cues(clause, m, flags));
        }
        // "I agree we should talk about it, but it should cover more": yes, but on terms of one's own
        if (passage.quoteKind() != QuoteKind.CODE && YES_BUT.matcher(plain).find()
                && hits.stream().anyMatch(h -> h.rule.kind == Kind.AGREE || h.rule.kind == Kind.FOR)) {
            flags.conditional = true;
        }
        // an if-clause governs what follows it, not what comes before ("the sooner the better if ...")
        int conditionalClause = Integer.MAX_VALUE, conditionalWord = 0;
        for (Clause c : clauses) {
            if (c.conditionalAt >= 0) {
                conditionalClause = c.index;
                conditionalWord = c.conditionalAt;
                break;
            }
        }
        boolean onTopic = m.answersProposal() || namesProposal || mentionsTheThing(plain, m.proposal());
        // what is said of the thing itself needs the thing named, or a direct answer to the proposal's prose: its
        // own words, when quoted, say what the answer is about ("I've always found the invitation process off-putting")
        boolean aboutTheThing = namesSubject(plain, m.proposal()) || m.answersProposal()
                && (passage.quoteKind() == QuoteKind.PROSE
                || passage.quoteKind() == QuoteKind.NONE && mentionsTheThing(plain, m.proposal()));
        List<Signal> out = new ArrayList<>();
        for (Hit h : hits) {
            Clause clause = clauses.get(h.clause);
            if (bullet && (h.rule.kind == Kind.REMOVE || h.rule.kind == Kind.KEEP || h.rule.kind == Kind.ADOPT)) {
                continue; // "* Remove the custom allocator": an item of a list of work, not a call about the proposal
            }
            if ((h.rule.kind == Kind.FLAWED || h.rule.kind == Kind.VALUED) && !aboutTheThing) continue;
            if (h.rule.kind == Kind.COUNTER && !counterFits(h, m.proposal().kind())) continue;
            if (h.rule.kind == Kind.COUNTER && h.span.equals(List.of("instead")) && !clause.proposing) {
                continue; // "they went to another conference instead" narrates; "we should do X instead" proposes
            }
            // "instead of a list, the rule should ..." proposes in the clause that follows
            if (h.rule.kind == Kind.COUNTER && h.rule.phrase.toString().equals("instead of *")
                    && clauses.subList(h.clause, clauses.size()).stream().noneMatch(Clause::proposing)) {
                continue;
            }
            Signal s = signal(h, sentence, passage, m, namesProposal, onTopic);
            if (s == null) continue;
            // "... a good idea to retire COMPILE_TEST": agreement about some other named thing is a side matter
            if (s.target() == Target.ANSWERED && clause.foreign && !endsOnPronoun(h)) {
                s = new Signal(0, sentence, Cue.SIDE, Target.NONE, 0);
            }
            // "the alternative of an IGNORE_WERROR variable": another course for some other named thing
            if (s.cue() == Cue.COUNTER_PROPOSAL && clause.foreign) continue;
            boolean hypothetical = h.clause > conditionalClause
                    || h.clause == conditionalClause && h.start > conditionalWord;
            if (hypothetical && s.cue() == Cue.STATUS_QUO) continue; // "if they were unreviewable ..." claims nothing
            double w = s.polarity();
            String pattern = h.rule.phrase.toString();
            if (hypothetical && s.cue() == Cue.STATEMENT) w *= 0.5;
            if (pattern.startsWith("^") && pattern.endsWith("$") && h.rule.kind == Kind.AGREE && sentenceWords > 3) {
                w *= 0.3; // "Yes, and there are good reasons for that." concedes a fact, no more
            }
            // a hedge doubts the claim; "maybe part of the solution is ..." still takes the problem as given
            if (flags.hedged && h.rule.kind != Kind.PREMISE) w *= 0.7;
            if (clause.concessive) w *= 0.3; // "while in theory it is the right thing, ..." grants, then objects
            // a question commits to little, unless asking is the point ("why not just ...?", "who will maintain it?")
            boolean asking = question && h.rule.kind != Kind.DOUBT
                    && !(s.cue() == Cue.COUNTER_PROPOSAL && pattern.matches("(why not|wouldn't).*"));
            // "is it really worth ...?", "should it even be merged?": asking whether to support doubts it
            if (asking && w > 0 && sceptical(clause.words) && (s.cue() == Cue.STATEMENT || s.cue() == Cue.REPLY)) w = -0.4;
            else if (asking) w *= 0.3;
            if (flags.conditional && w > 0) {
                out.add(new Signal(0, sentence, Cue.CONDITION, s.target(), Math.min(w, 0.5)));
                continue;
            }
            out.add(new Signal(0, sentence, s.cue(), s.target(), w));
        }
        if (flags.change) out.add(new Signal(0, sentence, Cue.CHANGE_OF_MIND, Target.PROPOSAL, 0));
        // "As long as it leaves the old interface alone.": the "fine" left out, a condition alone is a conditional yes
        // ("as long as X, then Y" or "as long as X, we can Y" states a consequence instead)
        if (out.isEmpty() && !question && passage.quoteKind() != QuoteKind.CODE && BARE_CONDITION.matcher(plain).find()
                && !CONSEQUENCE.matcher(plain).find()) {
            boolean direct = m.answersProposal() || namesProposal;
            out.add(new Signal(0, sentence, Cue.CONDITION, direct ? Target.PROPOSAL : Target.ANSWERED, 0.4));
        }
        if (out.isEmpty() && question) out.add(new Signal(0, sentence, Cue.SIDE, Target.NONE, 0));
        return new SentenceReading(keepStrongest(out), flags.change);
    }

    /** The lexicon's cues in one clause, overlaps resolved and negation decided; sets the sentence's flags. */
    private static List<Hit> cues(Clause clause, MessageContext m, SentenceFlags flags) {
        List<String> words = clause.words;
        int c = clause.index;
        List<Hit> found = new ArrayList<>();
        int openFrom = Integer.MAX_VALUE;
        for (Rule rule : RULES) {
            int[] at = rule.phrase.find(words);
            if (at == null) continue;
            List<String> span = List.copyOf(words.subList(at[0], at[1]));
            List<String> before = List.copyOf(words.subList(0, at[0]));
            switch (rule.kind) {
                case HEDGE -> flags.hedged = true;
                case UNKNOWING -> {
                    flags.hedged = true;
                    openFrom = Math.min(openFrom, at[0]);
                }
                case CONDITION -> flags.conditional |= at[0] == 0 || !words.get(at[0] - 1).equals("for"); // "for as long as"
                case CHANGE -> {
                    if (negated(words, at[0], true, found)) break;
                    flags.change = true;
                    if (span.contains("withdraw") || span.contains("withdrawn")) {
                        // "I withdraw my NAK": the withdrawn vote is named in the phrase; it reverses
                        found.removeIf(h -> at[0] < h.end && h.start < at[1]);
                        boolean objection = span.contains("nak") || span.contains("nack")
                                || span.contains("objection") || span.contains("objections");
                        found.add(new Hit(new Rule(objection ? Kind.FOR : Kind.AGAINST, rule.phrase, 1.0, false),
                                c, at[0], at[1], false, "", false, span, before));
                    }
                }
                default -> {
                    if (rule.needsObject && !objectIsTheThing(clause.raw, words, at[1], m.proposal())) continue;
                    // a longer cue wins over one inside it: "not a good idea" over "good idea"
                    found.removeIf(h -> at[0] <= h.start && h.end <= at[1] && at[1] - at[0] > h.end - h.start);
                    if (overlaps(found, at)) continue;
                    String next = at[1] < words.size() ? words.get(at[1]) : "";
                    boolean names = false;
                    for (int i = at[1]; i < Math.min(words.size(), at[1] + 5); i++) {
                        names |= m.proposal().names(words.get(i));
                    }
                    found.add(new Hit(rule, c, at[0], at[1], false, next, names, span, before));
                }
            }
        }
        // "remove it after the next LTS release": yes, but later; the call is support on a condition of timing,
        // the deferral a counter-proposal, together a mixed position
        if (found.stream().anyMatch(h -> h.rule.kind == Kind.COUNTER && DEFERRAL.matcher(String.join(" ", h.span)).find())
                && found.stream().anyMatch(h -> h.rule.kind == Kind.REMOVE || h.rule.kind == Kind.ADOPT)) {
            flags.conditional = true;
        }
        // "I don't know what is the right thing to do": what follows is an open question, not a claim
        final int open = openFrom;
        found.removeIf(h -> h.start >= open);
        // negators that belong to another cue's own words ("I don't think there is an alternative") are spent
        List<Hit> out = new ArrayList<>();
        for (Hit h : found) {
            boolean own = containsNegator(h.rule.phrase.toString());
            out.add(new Hit(h.rule, c, h.start, h.end, !own && negated(words, h.start, false, found), h.next,
                    h.objectNamesSubject, h.span, h.before));
        }
        return out;
    }

    /** One signal per cue and target in a sentence: the strongest. */
    private static List<Signal> keepStrongest(List<Signal> signals) {
        List<Signal> out = new ArrayList<>();
        for (Signal s : signals) {
            boolean replaced = false;
            for (int i = 0; i < out.size(); i++) {
                Signal o = out.get(i);
                if (o.cue() == s.cue() && o.target() == s.target() && Math.signum(o.polarity()) == Math.signum(s.polarity())) {
                    if (Math.abs(s.polarity()) > Math.abs(o.polarity())) out.set(i, s);
                    replaced = true;
                    break;
                }
            }
            if (!replaced) out.add(s);
        }
        return out;
    }

    private static boolean overlaps(List<Hit> hits, int[] at) {
        for (Hit h : hits) if (at[0] < h.end && h.start < at[1]) return true;
        return false;
    }

    private static Signal signal(Hit h, String sentence, Passage passage, MessageContext m, boolean namesProposal,
                                 boolean onTopic) {
        ProposalKind kind = m.proposal().kind();
        double w = h.rule.weight;
        boolean review = passage.quoteKind() == QuoteKind.CODE && !namesProposal;
        switch (h.rule.kind) {
            case AGREE, DISAGREE -> {
                // "I'm all for marking such patches": what one is all for is named, and it is the proposal's thing
                if (h.objectNamesSubject && TAKES_OBJECT.contains(h.span.get(h.span.size() - 1))) namesProposal = true;
                double pol = h.rule.kind == Kind.AGREE ? w : -w;
                if (h.negated) pol = -pol * 0.6;
                if (review) return pol > 0 ? new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, 0.3)
                        : new Signal(0, sentence, Cue.SIDE, Target.NONE, 0);
                return new Signal(0, sentence, namesProposal ? Cue.STATEMENT : Cue.REPLY,
                        namesProposal ? Target.PROPOSAL : Target.ANSWERED, pol);
            }
            case FOR, AGAINST -> {
                double pol = h.rule.kind == Kind.FOR ? w : -w;
                if (h.negated) pol = -pol * 0.6;
                if (review && pol < 0) return new Signal(0, sentence, Cue.SIDE, Target.NONE, 0);
                // "please don't" and "the right call" need something to be about: the proposal's thing, or the answered text
                Target target = onTopic ? Target.PROPOSAL : Target.ANSWERED;
                return new Signal(0, sentence, Cue.STATEMENT, target, pol);
            }
            case NAK -> {
                if (h.negated || !ownVote(h)) return null;
                return new Signal(0, sentence, Cue.NAK, Target.PROPOSAL, -w);
            }
            case VOTE -> {
                if (h.negated || m.proposalMessage() || m.carriesPatch()) return null;
                // an open discussion has no patch to ack: "Ack." to a participant is agreeing with them
                if (kind == ProposalKind.DISCUSSION && !m.answersProposal() && !m.answersProposer()
                        && h.rule.phrase.toString().startsWith("^")) {
                    return new Signal(0, sentence, Cue.REPLY, Target.ANSWERED, 0.8);
                }
                return new Signal(0, sentence, Cue.TRAILER, Target.PROPOSAL, m.answersProposal() ? w : w * 0.7);
            }
            case ACT -> {
                if (h.negated || !m.answersProposal() && !m.byProposer()) return null;
                return new Signal(0, sentence, Cue.ACT, Target.PROPOSAL, w);
            }
            case KEEP -> {
                if (review || !onTopic || keepIdiom(h)) return null;
                if ((kind == ProposalKind.CHANGE || kind == ProposalKind.DISCUSSION) && !h.objectNamesSubject) return null;
                double pol = kind == ProposalKind.ADD ? -w * 0.6 : -w;
                if (h.negated) pol = -pol * 0.6;
                return new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, pol);
            }
            case REMOVE, ADOPT -> {
                if (review) return null;
                double pol;
                if (namesProposal && h.rule.kind == Kind.REMOVE && kind != ProposalKind.REMOVE) pol = -w; // "drop this patch"
                else if (h.rule.kind == Kind.REMOVE) {
                    // removing something from an addition is a review of it unless the thing itself is named
                    pol = kind == ProposalKind.REMOVE ? w : kind == ProposalKind.ADD && h.objectNamesSubject ? -w * 0.6 : 0;
                }
                else pol = kind == ProposalKind.ADD || namesProposal ? w : 0;
                if (pol == 0 || !onTopic) return null;
                if (h.negated) pol = -pol * 0.6;
                return new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, pol);
            }
            case FLAWED, VALUED -> {
                if (review || !onTopic) return null;
                double sign = h.rule.kind == Kind.FLAWED ? -1 : 1; // what is said of the thing
                if (h.negated) sign = -sign * 0.6;
                double pol = switch (kind) {
                    case REMOVE -> -sign * w;
                    case ADD -> sign * w * 0.8;
                    default -> 0;
                };
                if (pol == 0) return null;
                return new Signal(0, sentence, Cue.STATUS_QUO, Target.PROPOSAL, pol);
            }
            case PREMISE -> {
                // an open discussion has one topic, the proposal's; elsewhere the premise needs to be the proposal's
                if (review || h.negated) return null;
                Target target = kind == ProposalKind.DISCUSSION || onTopic ? Target.PROPOSAL : Target.ANSWERED;
                return new Signal(0, sentence, Cue.STATEMENT, target, w);
            }
            case HARM, BENEFIT -> {
                // what breaks or gains is named ("it will break AOSP"); what does it is what the author answers
                boolean direct = (m.answersProposal() || m.answersProposer()) && passage.quoteKind() != QuoteKind.CODE;
                if (review || h.negated || !(direct || namesProposal || namesSubject(sentence, m.proposal()))) return null;
                return new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, h.rule.kind == Kind.HARM ? -w : w);
            }
            case DOUBT -> {
                boolean direct = m.answersProposal() && passage.quoteKind() != QuoteKind.CODE;
                if (h.negated || !(direct || namesProposal)) return null;
                return new Signal(0, sentence, Cue.STATEMENT, Target.PROPOSAL, -w);
            }
            case COUNTER -> {
                // a contrary course needs to be about the proposal: an answer to it or to its author's case, or it named
                boolean direct = (m.answersProposal() || m.answersProposer()) && passage.quoteKind() != QuoteKind.CODE;
                if (review || h.negated || !(direct || namesProposal || namesSubject(sentence, m.proposal()))) return null;
                return new Signal(0, sentence, Cue.COUNTER_PROPOSAL, Target.PROPOSAL, -w);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A negator within four words before the cue (two negations within six words cancel: "that's not to say this
     * isn't a good idea"), or a "don't think"-style negation anywhere before it; for changes of mind, any negator
     * before it ("nothing in this thread has changed my view"). Words inside another cue of the clause do not count.
     */
    private static boolean negated(List<String> words, int start, boolean wholeClause, List<Hit> others) {
        int near = 0, wider = 0;
        for (int i = start - 1; i >= 0 && (wholeClause || i >= start - 6); i--) {
            if (!NEGATORS.contains(words.get(i)) || covered(others, i)) continue;
            wider++;
            if (wholeClause || i >= start - 4) near++;
        }
        if (near > 0) return wider % 2 == 1; // "that's not to say this isn't a good idea": two negations cancel
        for (int i = start - 1; i >= 1; i--) {
            if (RAISING.contains(words.get(i)) && NEGATORS.contains(words.get(i - 1)) && !covered(others, i)) return true;
        }
        return false;
    }

    private static boolean containsNegator(String pattern) {
        for (String w : pattern.split("[\\s|_?]+")) if (NEGATORS.contains(w)) return true;
        return false;
    }

    private static boolean covered(List<Hit> hits, int index) {
        for (Hit h : hits) if (h.start <= index && index < h.end) return true;
        return false;
    }

    /**
     * Whether what follows a call such as "keep" or "delete" is the proposal's thing: a pronoun, the subject's own
     * words, or a generic noun; not another identifier. An empty object counts in a short clause ("Please delete.").
     */
    private static boolean objectIsTheThing(List<String> raw, List<String> words, int end, ProposalContext p) {
        int stop = Math.min(words.size(), end + 5);
        if (end >= words.size()) return words.size() <= 4; // "Please delete." yes; "which nobody can remove" no
        boolean thing = false;
        for (int i = end; i < stop; i++) {
            String w = words.get(i);
            if (p.names(w)) return true;
            if (looksLikeIdentifier(raw.get(i))) return false;
            if (PRONOUNS.contains(w) || GENERIC.contains(w)) thing = true;
        }
        return thing;
    }

    /**
     * "instead of removing it" opposes a removal, not an addition; "rather than merging it" the other way round; an
     * open discussion has no patch to revert, so "revert" there tells of some other change.
     */
    private static boolean counterFits(Hit h, ProposalKind kind) {
        for (String w : h.span) {
            if (w.equals("revert")) return kind != ProposalKind.DISCUSSION;
            if (REMOVING.contains(w)) return kind == ProposalKind.REMOVE;
            if (ADDING.contains(w)) return kind == ProposalKind.ADD;
        }
        return true;
    }

    /** "deleting the driver", "the removal": the proposal's own action, named. */
    private static boolean namesTheChange(String text, ProposalContext p) {
        List<String> w = Words.of(text);
        Set<String> actions = switch (p.kind()) {
            case REMOVE -> REMOVING;
            case ADD -> ADDING;
            default -> Set.of();
        };
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!actions.contains(w.get(i))) continue;
            String next = w.get(i + 1), after = i + 2 < w.size() ? w.get(i + 2) : "";
            if (next.equals("it") || next.equals("this") || p.names(next)
                    || next.equals("the") && (p.names(after) || GENERIC.contains(after))) return true;
        }
        return false;
    }

    /** Whether the text names the proposal's subject by one of its words. */
    private static boolean namesSubject(String text, ProposalContext p) {
        for (String w : Words.of(text)) if (p.names(w)) return true;
        return false;
    }

    /** Whether the text speaks of the proposal's subject (its words, or a pronoun with no other identifier). */
    private static boolean mentionsTheThing(String text, ProposalContext p) {
        List<String> raw = Words.asWritten(text);
        boolean pronoun = false;
        for (String r : raw) {
            String w = r.toLowerCase(Locale.ROOT);
            if (p.names(w)) return true;
            if (looksLikeIdentifier(r)) return false;
            if (PRONOUNS.contains(w)) pronoun = true;
        }
        return pronoun;
    }

    /** COMPILE_TEST, CONFIG_FOO, kmalloc(), fooBar, drivers/staging: names of something specific. */
    static boolean looksLikeIdentifier(String word) {
        if (word.indexOf('_') >= 0) return true;
        if (word.length() >= 3 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter)
                && !ACRONYMS.contains(word)) return true;
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) return true;
        }
        return false;
    }

    /** Words that name what a proposal is about, from its subject: subsystem tags and nouns, no verbs of change. */
    public static Set<String> subjectTerms(String subject) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = Pattern.compile("[A-Za-z][\\w.+'\u2019-]*").matcher(subject == null ? "" : subject);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("[.]+$", "");
            // a contraction ("don't") is no name
            if (w.length() < 3 || w.contains("'") || w.contains("\u2019") || STOP.contains(w)
                    || CHANGE_VERBS.matcher(w).matches()) continue;
            out.add(w);
        }
        return out;
    }

    private static final Set<String> STOP = Set.of("the", "and", "for", "from", "into", "out", "with", "this", "that",
            "its", "all", "of", "to", "in", "on", "a", "an", "re", "fwd", "patch", "rfc", "staging", "summit", "topic",
            "maintainers", "maintainer", "kernel", "linux", "ksummit", "discuss", "some",
            "v2", "v3", "up", "was", "are", "why", "how", "what", "away", "about", "tree", "code", "patchset", "core");
    private static final Pattern CHANGE_VERBS = Pattern.compile(
            "(delete|deletes|deleted|deleting|deletion|remove|removes|removed|removing|removal|drop|drops|dropping"
                    + "|add|adds|adding|addition|move|moves|moving|promote|promotes|promoting|promotion|introduce"
                    + "|introduces|introducing|switch|switching|kill|killing|retire|retiring|rework|reworking"
                    + "|deprecate|deprecating|deprecation|convert|converting|fix|fixes|update|updates|rename|renaming)");
}
