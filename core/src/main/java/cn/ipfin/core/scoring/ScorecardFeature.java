package cn.ipfin.core.scoring;

import java.util.List;

/** One feature on a card: its bins and the points each bin earns (and, for a trained card, its WoE). */
public record ScorecardFeature(String name, Binning binning, List<BinPoints> bins) {

    public ScorecardFeature {
        bins = List.copyOf(bins);
        if (bins.size() != binning.labels().size()) {
            throw new IllegalArgumentException(name + ": " + bins.size() + " points for " + binning.labels().size() + " bins");
        }
    }

    /** @param woe NaN on an expert card, which has no outcomes to weigh */
    public record BinPoints(String label, double woe, int points) {
    }

    public BinPoints binFor(String rawValue) {
        return bins.get(binning.binOf(rawValue));
    }
}
