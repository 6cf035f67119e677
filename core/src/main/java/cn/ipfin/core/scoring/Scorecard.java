package cn.ipfin.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A versioned points card: base points plus, per feature, the points of the bin the applicant falls in. */
public record Scorecard(String version, ScorecardMethod method, int basePoints, List<ScorecardFeature> features) {

    public Scorecard {
        features = List.copyOf(features);
    }

    /** The applicant's score, feature by feature, so the enterprise sees why it scored what it did. */
    public ScoreExplanation explain(Map<String, String> values) {
        List<ScoreExplanation.Contribution> contributions = new ArrayList<>();
        int total = basePoints;
        for (ScorecardFeature feature : features) {
            String value = values.get(feature.name());
            if (value == null) {
                throw new IllegalArgumentException("no value for feature " + feature.name());
            }
            ScorecardFeature.BinPoints bin = feature.binFor(value);
            contributions.add(new ScoreExplanation.Contribution(feature.name(), value, bin.label(), bin.points()));
            total += bin.points();
        }
        return new ScoreExplanation(version, method, basePoints, contributions, total);
    }

    public int score(Map<String, String> values) {
        return explain(values).total();
    }
}
