package cn.ipfin.core.scoring;

import java.util.List;

/** A score taken apart: base points and each feature's bin and points; they sum to the total. */
public record ScoreExplanation(String version, ScorecardMethod method, int basePoints, List<Contribution> contributions,
                               int total) {

    public ScoreExplanation {
        contributions = List.copyOf(contributions);
    }

    public record Contribution(String feature, String value, String bin, int points) {
    }
}
