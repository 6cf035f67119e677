package cn.ipfin.core.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How well a card separates goods from bads, reported on every retrain: AUC (chance a random bad looks riskier
 * than a random good, ties half), KS (widest gap between the cumulative shares of bads and goods over the
 * score thresholds) and PSI (how far a population has moved from the one the card was built on).
 */
public record ModelValidation(double auc, double ks, double psi) {

    /** @param risk higher = riskier (a probability of bad, or minus the points) */
    public static double auc(double[] risk, boolean[] bad) {
        Integer[] order = sortedBy(risk);
        double bads = 0;
        double rankSumOfBads = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && risk[order[j + 1]] == risk[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // ties share their average rank
            for (int k = i; k <= j; k++) {
                if (bad[order[k]]) {
                    bads++;
                    rankSumOfBads += averageRank;
                }
            }
            i = j + 1;
        }
        double goods = risk.length - bads;
        if (bads == 0 || goods == 0) {
            throw new IllegalArgumentException("AUC needs both goods and bads");
        }
        return (rankSumOfBads - bads * (bads + 1) / 2) / (bads * goods);
    }

    public static double ks(double[] risk, boolean[] bad) {
        Integer[] order = sortedBy(risk);
        long bads = IntStream.range(0, bad.length).filter(i -> bad[i]).count();
        long goods = bad.length - bads;
        if (bads == 0 || goods == 0) {
            throw new IllegalArgumentException("KS needs both goods and bads");
        }
        // walk from the riskiest down; at each distinct threshold compare the shares at or above it
        double best = 0;
        long badsAbove = 0;
        long goodsAbove = 0;
        int i = order.length - 1;
        while (i >= 0) {
            double threshold = risk[order[i]];
            while (i >= 0 && risk[order[i]] == threshold) {
                if (bad[order[i]]) badsAbove++; else goodsAbove++;
                i--;
            }
            best = Math.max(best, Math.abs((double) badsAbove / bads - (double) goodsAbove / goods));
        }
        return best;
    }

    /**
     * {@code sum((actual% - expected%) * ln(actual% / expected%))} over the bins of {@code binning}; an empty bin
     * counts 0.9 of one, as in the WoE. Below 0.1 stable, to 0.25 watch, above that rebuild.
     */
    public static double psi(double[] expected, double[] actual, Binning.Numeric binning) {
        int bins = binning.labels().size();
        double[] e = shares(expected, binning, bins);
        double[] a = shares(actual, binning, bins);
        double psi = 0;
        for (int i = 0; i < bins; i++) {
            psi += (a[i] - e[i]) * Math.log(a[i] / e[i]);
        }
        return psi;
    }

    private static double[] shares(double[] values, Binning.Numeric binning, int bins) {
        double[] counts = new double[bins];
        for (double value : values) {
            counts[binning.binOf(value)]++;
        }
        double total = 0;
        for (int i = 0; i < bins; i++) {
            counts[i] = counts[i] == 0 ? WoeTable.EMPTY_COUNT : counts[i];
            total += counts[i];
        }
        for (int i = 0; i < bins; i++) {
            counts[i] /= total;
        }
        return counts;
    }

    private static Integer[] sortedBy(double[] risk) {
        Integer[] order = new Integer[risk.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> risk[i]));
        return order;
    }
}
