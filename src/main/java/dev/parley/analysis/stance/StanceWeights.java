package dev.parley.analysis.stance;

/**
 * The numbers of the rule-based stance reading, in one place: how much a trailer weighs, how much negation, hedges,
 * concessions and questions take away, and how a signal carries over the reply graph. The cues' own strengths are in
 * the lexicon file ({@link CueLexicon}); these are what the rules do to them. {@link #STANDARD} is what Parley uses.
 *
 * @param trailerVote an Acked-by, Reviewed-by or Tested-by given to the proposal
 * @param trailerNak a Nacked-by given
 * @param signOff a Signed-off-by given in a reply (policy documents collect them as endorsements)
 * @param offProposal factor for a vote given in a sub-thread, not in a direct answer to the proposal
 * @param negated factor for a cue a negator turns round ("not a good idea" is weaker than "a bad idea")
 * @param hedged factor for a cue in a hedged sentence ("maybe", "I guess")
 * @param conceded factor for a cue in a clause that grants a point before the real one ("while ...")
 * @param asked factor for a cue in a question
 * @param scepticalQuestion the pull of asking whether support is really warranted ("does it really make sense?")
 * @param hypothetical factor for a statement after an "if"
 * @param shortAnswerInSentence factor for a short answer ("Yes") inside a longer sentence: it grants a fact
 * @param shortAnswerWords the most words a sentence may have for a short answer to count fully
 * @param conditionalCap the most a support with a condition pulls
 * @param bareCondition the pull of a sentence that is only a condition ("As long as ...")
 * @param reviewAgreement the pull of agreeing with a quoted code hunk (a review, barely a position)
 * @param discussionAck the pull of "Ack" said to a participant of an open discussion (agreement with them)
 * @param withdrawal the pull of withdrawing one's objection or support
 * @param additionCall factor for a call to keep or remove something when the proposal adds: weaker than for a removal
 * @param additionThing factor for what is said of the thing when the proposal adds it
 * @param answerDrift factor per step away from the proposal for the lean of an answered message
 * @param codeAnswer the lean of a quoted code hunk of the proposal (a detail, not the proposal)
 * @param quotedSharpening how sharply the quoted sentences' own signals set the answered lean
 * @param proposerProse the least lean of the proposer's prose when answered
 * @param positionFill factor for the answered author's position standing in for a message with no signal of its own
 * @param noLean below this lean an answered message says nothing by itself
 * @param explicitAnswer the least strength of an "I agree"/"No" that takes the answered author's position
 * @param rounds the most rounds of solving over the reply graph
 */
public record StanceWeights(double trailerVote, double trailerNak, double signOff, double offProposal,
                            double negated, double hedged, double conceded, double asked, double scepticalQuestion,
                            double hypothetical, double shortAnswerInSentence, int shortAnswerWords, double conditionalCap,
                            double bareCondition, double reviewAgreement, double discussionAck, double withdrawal,
                            double additionCall, double additionThing,
                            double answerDrift, double codeAnswer, double quotedSharpening, double proposerProse,
                            double positionFill, double noLean, double explicitAnswer, int rounds) {

    public static final StanceWeights STANDARD = new StanceWeights(1.5, 1.5, 1.0, 0.7,
            0.6, 0.7, 0.3, 0.3, 0.4,
            0.5, 0.3, 3, 0.5,
            0.4, 0.3, 0.8, 1.0,
            0.6, 0.8,
            0.8, 0.3, 1.5, 0.8,
            0.5, 0.2, 0.7, 3);
}
