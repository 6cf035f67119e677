package cn.ipfin.core.scoring;

import java.util.Arrays;

/**
 * How a card's scores fell over the population it scored, kept with the card version so that the next version's
 * population stability index can be computed without keeping every score: the reference's deciles as bins and the
 * share of the reference in each (an empty bin counts 0.9 of one, as in {@link ModelValidation#psi}).
 */
public record ScoreDistribution(double[] cutPoints, double[] shares) {

    public ScoreDistribution {
        cutPoints = cutPoints.clone();
        shares = shares.clone();
        if (shares.length != cutPoints.length + 1) {
            throw new IllegalArgumentException(shares.length + " shares for " + (cutPoints.length + 1) + " bins");
        }
    }

    /** The deciles of {@code scores} (distinct) and the share of {@code scores} in each bin they make. */
    public static ScoreDistribution of(double[] scores) {
        if (scores.length == 0) throw new IllegalArgumentException("no scores to describe");
        Binning.Numeric deciles = ScorecardTrainer.decilesOf(scores);
        return new ScoreDistribution(deciles.breaks(), sharesOf(scores, deciles));
    }

    /** {@code sum((actual% - reference%) * ln(actual% / reference%))} over the reference's bins. */
    public double psiOf(double[] actual) {
        double[] a = sharesOf(actual, new Binning.Numeric(cutPoints));
        double psi = 0;
        for (int i = 0; i < shares.length; i++) {
            psi += (a[i] - shares[i]) * Math.log(a[i] / shares[i]);
        }
        return psi;
    }

    private static double[] sharesOf(double[] values, Binning.Numeric binning) {
        double[] counts = new double[binning.breaks().length + 1];
        for (double value : values) {
            counts[binning.binOf(value)]++;
        }
        double total = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = counts[i] == 0 ? WoeTable.EMPTY_COUNT : counts[i];
            total += counts[i];
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= total;
        }
        return counts;
    }

    /** Cut points and shares as text to keep in a column: {@code "c1 c2 …|s1 s2 …"}, round-tripping exactly. */
    public String encode() {
        return join(cutPoints) + "|" + join(shares);
    }

    public static ScoreDistribution decode(String text) {
        String[] parts = text.split("\\|", -1);
        return new ScoreDistribution(split(parts[0]), split(parts[1]));
    }

    private static String join(double[] values) {
        return String.join(" ", Arrays.stream(values).mapToObj(Double::toString).toList());
    }

    private static double[] split(String text) {
        return text.isBlank() ? new double[0] : Arrays.stream(text.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreDistribution that && Arrays.equals(cutPoints, that.cutPoints)
                && Arrays.equals(shares, that.shares);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(cutPoints) + Arrays.hashCode(shares);
    }

    @Override
    public String toString() {
        return "ScoreDistribution[" + encode() + "]";
    }
}
