package cn.ipfin.core.securitization.structure;

/**
 * What one tranche received, period by period, in fen: interest, principal, residual (excess spread, subordinated
 * tranche only) and the balance after the period; the principal never repaid is its loss.
 */
public record TrancheFlows(Tranche tranche, long[] interest, long[] principal, long[] residual, long[] endBalance,
                           long interestShortfall) {

    public long loss() {
        return endBalance.length == 0 ? tranche.balanceFen() : endBalance[endBalance.length - 1];
    }

    public long totalInterest() {
        long s = 0;
        for (long v : interest) s += v;
        return s;
    }

    public long totalPrincipal() {
        long s = 0;
        for (long v : principal) s += v;
        return s;
    }

    /** Weighted average life in years: Σ period × principal ÷ Σ principal ÷ periods per year. */
    public double weightedAverageLife(int periodsPerYear) {
        double weighted = 0;
        long total = 0;
        for (int t = 0; t < principal.length; t++) {
            weighted += (t + 1) * (double) principal[t];
            total += principal[t];
        }
        return total == 0 ? 0 : weighted / total / periodsPerYear;
    }

    /**
     * Yield as a nominal annual rate (period IRR × periods per year) that discounts everything the tranche received
     * to its price at par; bisection, to 1e-10 per period. Negative when it lost principal.
     */
    public double yield(int periodsPerYear) {
        double low = -0.99, high = 1.0;
        for (int i = 0; i < 200 && high - low > 1e-12; i++) {
            double mid = (low + high) / 2;
            if (presentValue(mid) > tranche.balanceFen()) low = mid;
            else high = mid;
        }
        return (low + high) / 2 * periodsPerYear;
    }

    private double presentValue(double periodRate) {
        double pv = 0, discount = 1;
        for (int t = 0; t < interest.length; t++) {
            discount /= 1 + periodRate;
            pv += (interest[t] + principal[t] + residual[t]) * discount;
        }
        return pv;
    }
}
