package dev.parley.analysis.debate;

/**
 * One person who wrote in the thread (not its proposer, not a robot) as a judge of positions is shown them.
 *
 * @param personId their participant id
 * @param name their display name
 * @param addresses every address merged into them
 * @param rules what the rules judged ({@link PositionJudge#RULES} takes it as it is)
 * @param features what a learned judge reads
 */
public record PositionCase(String personId, String name, java.util.List<String> addresses, Position rules,
                           PositionFeatures features) {

    public PositionCase {
        addresses = java.util.List.copyOf(addresses);
    }
}
