package dev.parley.analysis.debate;

import dev.parley.analysis.stance.CompositeStanceScorer;
import dev.parley.analysis.stance.CueLexicon;
import dev.parley.analysis.stance.StanceScorer;
import dev.parley.analysis.stance.StanceWeights;
import dev.parley.analysis.tone.ToneClassifier;
import dev.parley.analysis.tone.ToneScorer;
import dev.parley.identity.Mailmap;

/**
 * The composition root of the debate analysis: the one place that chooses which parts read a thread. The command
 * line, the web server and the tests take their analyzer from {@link #standard()}; an evaluation swaps a part with
 * the {@code with...} methods.
 *
 * @param lexicon the stance cue lexicon (also what names a proposal's subject)
 * @param weights the numbers of the rule-based reading and of the reply-graph solver
 * @param stanceScorer reads each message for stance signals
 * @param toneScorer reads each message's tone
 * @param judge judges each person's final position
 */
public record DebateSetup(CueLexicon lexicon, StanceWeights weights, StanceScorer stanceScorer, ToneScorer toneScorer,
                          PositionJudge judge) {

    /**
     * What Parley uses: the rules read each message and judge each person, and a model learned from the labelled
     * threads says how likely each judgement is right ({@link LearnedPositionJudge}; the model is read once per
     * process).
     */
    public static DebateSetup standard() {
        return rules().withJudge(LearnedPositionJudge.standard());
    }

    /**
     * The rules alone: the shipped lexicon and weights, the sentence rules and trailer votes, the rules' judgement of
     * each person with its own confidence, Parley's tone classifier.
     */
    public static DebateSetup rules() {
        CueLexicon lexicon = CueLexicon.standard();
        return new DebateSetup(lexicon, StanceWeights.STANDARD, CompositeStanceScorer.rules(lexicon, StanceWeights.STANDARD),
                ToneClassifier.standard(), PositionJudge.RULES);
    }

    public DebateSetup withStanceScorer(StanceScorer scorer) {
        return new DebateSetup(lexicon, weights, scorer, toneScorer, judge);
    }

    public DebateSetup withJudge(PositionJudge positionJudge) {
        return new DebateSetup(lexicon, weights, stanceScorer, toneScorer, positionJudge);
    }

    public DebateAnalyzer analyzer(Mailmap mailmap) {
        return new DebateAnalyzer(mailmap, this);
    }
}
