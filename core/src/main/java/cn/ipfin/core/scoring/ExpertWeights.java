package cn.ipfin.core.scoring;

import java.util.List;
import java.util.Map;

/**
 * The fallback card while the platform has too few loan outcomes to fit a regression: an expert gives each
 * feature a weight (its most points) and grades each bin 0-100; a bin earns {@code weight * grade / 100} points,
 * rounded half up.
 */
public record ExpertWeights(int basePoints, Map<String, FeatureWeight> features) {

    public ExpertWeights {
        features = Map.copyOf(features);
    }

    public record FeatureWeight(int weight, List<Integer> gradePerBin) {
        public FeatureWeight {
            if (weight < 0) {
                throw new IllegalArgumentException("a weight is not negative");
            }
            gradePerBin = List.copyOf(gradePerBin);
            for (int grade : gradePerBin) {
                if (grade < 0 || grade > 100) {
                    throw new IllegalArgumentException("a grade is 0-100, not " + grade);
                }
            }
        }

        int pointsOf(int bin) {
            return (weight * gradePerBin.get(bin) + 50) / 100; // half up, in whole numbers
        }
    }

    public FeatureWeight weightOf(String feature) {
        FeatureWeight weight = features.get(feature);
        if (weight == null) {
            throw new IllegalArgumentException("no expert weight for feature " + feature);
        }
        return weight;
    }
}
