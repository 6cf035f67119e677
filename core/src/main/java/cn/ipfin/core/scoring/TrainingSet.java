package cn.ipfin.core.scoring;

import java.util.List;
import java.util.Map;

/**
 * The platform's own loan outcomes: per observation the raw feature values (as text, as they are binned) and
 * whether the loan went bad.
 */
public record TrainingSet(List<FeatureSpec> features, List<Map<String, String>> rows, boolean[] bad) {

    public TrainingSet {
        features = List.copyOf(features);
        rows = List.copyOf(rows);
        bad = bad.clone();
        if (rows.size() != bad.length) {
            throw new IllegalArgumentException(rows.size() + " rows but " + bad.length + " outcomes");
        }
    }

    public record FeatureSpec(String name, Binning binning) {
    }

    @Override
    public boolean[] bad() {
        return bad.clone();
    }

    public int bads() {
        int count = 0;
        for (boolean b : bad) {
            if (b) count++;
        }
        return count;
    }

    public int goods() {
        return bad.length - bads();
    }

    public List<String> valuesOf(String feature) {
        return rows.stream().map(row -> row.get(feature)).toList();
    }
}
