package dev.parley.analysis.debate;

import java.util.List;

/**
 * Where one person stands and why, as a judge of positions ({@link PositionJudge}) found it.
 *
 * @param stance their final position toward the proposal
 * @param confidence from 0 (a guess) to 1 (certain)
 * @param shift for a change of mind, which way it moved
 * @param reason one plain line saying why
 * @param evidence the sentences that weighed most, strongest first, each with its Message-ID
 */
public record Position(Stance stance, double confidence, Participant.Shift shift, String reason, List<Evidence> evidence) {

    public Position {
        evidence = List.copyOf(evidence);
    }
}
