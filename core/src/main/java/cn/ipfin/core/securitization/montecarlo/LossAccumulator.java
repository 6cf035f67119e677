package cn.ipfin.core.securitization.montecarlo;

/**
 * Tranche losses summed over a range of scenarios: exact totals in fen, counts of scenarios with a loss, squares
 * for the standard error and a histogram of loss as a share of the tranche (bucket 0: no loss; then 20 buckets of
 * 5%). Accumulators of different ranges merge; merged in range order the result does not depend on the threads.
 */
public final class LossAccumulator {

    public static final int BUCKETS = 21;

    private final long[] trancheBalance;
    private long scenarios;
    private long poolDefaults;
    private final long[] lossFen;
    private final long[] lossCount;
    private final double[] lossShareSquares;
    private final long[][] histogram;

    public LossAccumulator(long[] trancheBalance) {
        this.trancheBalance = trancheBalance.clone();
        int k = trancheBalance.length;
        lossFen = new long[k];
        lossCount = new long[k];
        lossShareSquares = new double[k];
        histogram = new long[k][BUCKETS];
    }

    void add(long[] losses, int defaults) {
        scenarios++;
        poolDefaults += defaults;
        for (int i = 0; i < losses.length; i++) {
            long loss = losses[i];
            if (loss == 0) {
                histogram[i][0]++;
                continue;
            }
            double share = (double) loss / trancheBalance[i];
            lossFen[i] += loss;
            lossCount[i]++;
            lossShareSquares[i] += share * share;
            histogram[i][Math.min(BUCKETS - 1, 1 + (int) (share * (BUCKETS - 1)))]++;
        }
    }

    public LossAccumulator merge(LossAccumulator other) {
        LossAccumulator m = new LossAccumulator(trancheBalance);
        m.scenarios = scenarios + other.scenarios;
        m.poolDefaults = poolDefaults + other.poolDefaults;
        for (int i = 0; i < trancheBalance.length; i++) {
            m.lossFen[i] = lossFen[i] + other.lossFen[i];
            m.lossCount[i] = lossCount[i] + other.lossCount[i];
            m.lossShareSquares[i] = lossShareSquares[i] + other.lossShareSquares[i];
            for (int j = 0; j < BUCKETS; j++) m.histogram[i][j] = histogram[i][j] + other.histogram[i][j];
        }
        return m;
    }

    public long scenarios() {
        return scenarios;
    }

    public double averageDefaults() {
        return scenarios == 0 ? 0 : (double) poolDefaults / scenarios;
    }

    public long lossFen(int tranche) {
        return lossFen[tranche];
    }

    /** Expected loss as a share of the tranche's balance. */
    public double expectedLoss(int tranche) {
        return scenarios == 0 ? 0 : (double) lossFen[tranche] / trancheBalance[tranche] / scenarios;
    }

    /** Standard error of {@link #expectedLoss}. */
    public double standardError(int tranche) {
        if (scenarios < 2) return 0;
        double mean = expectedLoss(tranche);
        double variance = (lossShareSquares[tranche] / scenarios - mean * mean) * scenarios / (scenarios - 1);
        return Math.sqrt(Math.max(0, variance) / scenarios);
    }

    /** Probability that the tranche loses anything. */
    public double probabilityOfLoss(int tranche) {
        return scenarios == 0 ? 0 : (double) lossCount[tranche] / scenarios;
    }

    public long[] histogram(int tranche) {
        return histogram[tranche].clone();
    }
}
