package cn.ipfin.core.securitization.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Projects one loan period by period under a {@link Performance}, exact to the fen. Each period, as Hastructure's
 * {@code projectMortgageFlow} does: default = balance × MDR; prepayment = (balance − default) × SMM; interest and the
 * level payment are computed on what is left, the payment re-solved for the remaining term (so prepayments shorten
 * payments, not the term). Every amount rounds once with the given mode (Hastructure's Centi truncates: FLOOR).
 * A default recovers {@code recoveryRate} of its balance {@code recoveryLag} periods later; the rest is a loss then.
 */
public final class LoanProjection {

    private final Performance performance;
    private final RoundingMode rounding;

    public LoanProjection(Performance performance, RoundingMode rounding) {
        this.performance = performance;
        this.rounding = rounding;
    }

    /** Flows over max(term, assumption length) + recovery lag periods, so every recovery falls inside. */
    public PoolFlows project(PoolLoan loan) {
        int horizon = Math.max(loan.remainingPeriods(), 1) + performance.recoveryLag();
        PoolFlows f = PoolFlows.empty(horizon);
        long balance = loan.balanceFen();
        for (int t = 0; t < loan.remainingPeriods(); t++) {
            int remaining = loan.remainingPeriods() - t;
            long defaulted = times(balance, performance.defaultAt(t));
            long prepaid = times(balance - defaulted, performance.prepayAt(t));
            long performing = balance - defaulted - prepaid;
            long interest = times(performing, loan.periodRate());
            long principal = principal(loan.amortization(), performing, loan.periodRate(), remaining, interest);
            f.beginBalance()[t] = balance;
            f.defaults()[t] = defaulted;
            f.prepayment()[t] = prepaid;
            f.interest()[t] = interest;
            f.principal()[t] = principal;
            balance = performing - principal;
            f.endBalance()[t] = balance;
            if (defaulted > 0) {
                long recovered = times(defaulted, performance.recoveryRate());
                f.recovery()[t + performance.recoveryLag()] += recovered;
                f.loss()[t + performance.recoveryLag()] += defaulted - recovered;
            }
        }
        return f;
    }

    private long principal(Amortization type, long performing, BigDecimal rate, int remaining, long interest) {
        if (remaining == 1) return performing;
        return switch (type) {
            case BULLET -> 0;
            case EVEN -> BigDecimal.valueOf(performing).divide(BigDecimal.valueOf(remaining), 0, rounding).longValueExact();
            case LEVEL -> Math.min(performing, levelPayment(performing, rate, remaining) - interest);
        };
    }

    /**
     * The annuity payment, the factor r·(1+r)^n/((1+r)^n − 1) computed in double and applied exactly, as
     * Hastructure's {@code calcPmt} does (so projections agree with it to the fen).
     */
    long levelPayment(long balance, BigDecimal rate, int periods) {
        if (rate.signum() == 0) return BigDecimal.valueOf(balance).divide(BigDecimal.valueOf(periods), 0, rounding).longValueExact();
        double r = rate.doubleValue();
        double num = Math.exp(Math.log(1 + r) * periods);
        double factor = r * (num / (num - 1));
        return times(balance, factor);
    }

    private long times(long fen, double rate) {
        if (rate == 0) return 0;
        return times(fen, new BigDecimal(rate));
    }

    private long times(long fen, BigDecimal rate) {
        return BigDecimal.valueOf(fen).multiply(rate).setScale(0, rounding).longValueExact();
    }
}
