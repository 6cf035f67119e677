package cn.ipfin.core.securitization.pool;

/**
 * Collections of a loan or a pool by period, in fen. Index 0 is the first period after the cut-off. {@code principal}
 * is scheduled principal; prepayments, defaults (balance written off), recoveries and losses are apart, as investor
 * reports show them.
 */
public record PoolFlows(long[] beginBalance, long[] defaults, long[] prepayment, long[] principal, long[] interest,
                        long[] recovery, long[] loss, long[] endBalance) {

    public static PoolFlows empty(int periods) {
        return new PoolFlows(new long[periods], new long[periods], new long[periods], new long[periods], new long[periods],
                new long[periods], new long[periods], new long[periods]);
    }

    public int periods() {
        return beginBalance.length;
    }

    /** Adds another loan's flows into this pool's, period by period (the other may be shorter). */
    public void add(PoolFlows other) {
        for (int t = 0; t < other.periods(); t++) {
            beginBalance[t] += other.beginBalance[t];
            defaults[t] += other.defaults[t];
            prepayment[t] += other.prepayment[t];
            principal[t] += other.principal[t];
            interest[t] += other.interest[t];
            recovery[t] += other.recovery[t];
            loss[t] += other.loss[t];
            endBalance[t] += other.endBalance[t];
        }
    }

    /** Cash received in the period: interest, scheduled principal, prepayments and recoveries. */
    public long cash(int t) {
        return interest[t] + principal[t] + prepayment[t] + recovery[t];
    }

    public long cumulativeDefaults(int throughPeriod) {
        long sum = 0;
        for (int t = 0; t <= throughPeriod; t++) sum += defaults[t];
        return sum;
    }
}
