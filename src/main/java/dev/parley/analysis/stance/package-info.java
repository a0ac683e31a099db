/**
 * Reading stance from one message: the {@link dev.parley.analysis.stance.StanceScorer} interface (the seam where a
 * trained model plugs in), what it is given ({@link dev.parley.analysis.stance.MessageContext}, with the
 * {@link dev.parley.analysis.stance.ProposalKind}) and what it returns ({@link dev.parley.analysis.stance.MessageReading}:
 * {@link dev.parley.analysis.stance.Signal}s, each of a {@link dev.parley.analysis.stance.Cue}), and the rule-based
 * reading built from kernel-mail conventions, in parts with one job each, joined by
 * {@link dev.parley.analysis.stance.CompositeStanceScorer}: the trailers given ({@link dev.parley.analysis.stance.TrailerVotes})
 * and the sentences ({@link dev.parley.analysis.stance.SentenceStanceScorer}: NAKs, acts of support, statements with
 * negation, hedges, concessions and conditions, counter-proposals, sceptical questions, criticism aimed at what the
 * proposal changes, and, for open discussions, agreement with the problem the proposal names). The cues are data: a
 * versioned lexicon file read by {@link dev.parley.analysis.stance.CueLexicon}, each entry with its kind, polarity,
 * strength and flags; the rules' numbers are one record, {@link dev.parley.analysis.stance.StanceWeights}. A scorer
 * reads one message; combining the readings over the reply graph is the debate's job, one layer up.
 * <p>
 * May use: {@code analysis.text}, {@code analysis.learn} (its reader of shipped JSON), {@code mail} (trailers and their
 * meaning); nothing above it in {@code analysis}.
 */
package dev.parley.analysis.stance;
