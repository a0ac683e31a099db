package dev.parley.analysis.debate;

/**
 * Judges the final position of one person who wrote in the thread, from what the earlier stages found about them: the
 * seam where a learned classifier takes the place of the rules' judgement. The proposer, co-authors of the series
 * and supporters named only in the proposal's trailers are not judged here (their position is a fact).
 */
@FunctionalInterface
public interface PositionJudge {

    /** The rules' own judgement ({@link Positions}). */
    PositionJudge RULES = PositionCase::rules;

    Position judge(PositionCase person);
}
