package cn.ipfin.core.securitization.montecarlo;

import cn.ipfin.core.securitization.pool.LoanProjection;
import cn.ipfin.core.securitization.pool.Performance;
import cn.ipfin.core.securitization.pool.PoolFlows;
import cn.ipfin.core.securitization.pool.PoolLoan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The pool prepared for simulation. Each loan is projected once, exactly, as if it never defaulted (prepayments
 * included); a scenario then only decides which loans default in which month and takes their flows out from that
 * month on, adding the defaulted balance and its lagged recovery. The result equals projecting every loan again with
 * its default (what {@link ReferenceSimulation} does), at a fraction of the work.
 */
public final class DefaultTimePool {

    private final int loans;
    private final int horizon;
    private final int lag;
    private final int[] term;
    private final long[][] begin, interest, principal, prepayment, end, recoveryIfDefault;
    private final double[][] thresholds;
    private final PoolFlows survival;

    private DefaultTimePool(List<PoolLoan> pool, Performance prepayOnly, RoundingMode rounding) {
        this.loans = pool.size();
        this.lag = prepayOnly.recoveryLag();
        this.term = new int[loans];
        int maxTerm = 0;
        for (PoolLoan l : pool) maxTerm = Math.max(maxTerm, l.remainingPeriods());
        this.horizon = maxTerm + lag;
        begin = new long[loans][];
        interest = new long[loans][];
        principal = new long[loans][];
        prepayment = new long[loans][];
        end = new long[loans][];
        recoveryIfDefault = new long[loans][];
        thresholds = new double[loans][];
        survival = PoolFlows.empty(horizon);
        LoanProjection projection = new LoanProjection(prepayOnly, rounding);
        for (int i = 0; i < loans; i++) {
            PoolLoan loan = pool.get(i);
            PoolFlows f = projection.project(loan);
            survival.add(f);
            int n = loan.remainingPeriods();
            term[i] = n;
            begin[i] = f.beginBalance();
            interest[i] = f.interest();
            principal[i] = f.principal();
            prepayment[i] = f.prepayment();
            end[i] = f.endBalance();
            recoveryIfDefault[i] = new long[n];
            thresholds[i] = new double[n];
            for (int t = 0; t < n; t++) {
                recoveryIfDefault[i][t] = BigDecimal.valueOf(begin[i][t]).multiply(prepayOnly.recoveryRate())
                        .setScale(0, rounding).longValueExact();
                thresholds[i][t] = NormalQuantile.of(1 - Math.pow(1 - loan.annualPd(), (t + 1) / 12.0));
            }
        }
    }

    /**
     * @param prepayRate   SMM per month (defaults come from the copula, not from a rate)
     * @param recoveryRate share of a defaulted balance recovered, {@code recoveryLag} months after the default
     */
    public static DefaultTimePool of(List<PoolLoan> pool, double[] prepayRate, BigDecimal recoveryRate, int recoveryLag,
                                     RoundingMode rounding) {
        if (pool.isEmpty()) throw new IllegalArgumentException("资产池为空 / the pool is empty");
        Performance prepayOnly = new Performance(new double[prepayRate.length], prepayRate, recoveryRate, recoveryLag);
        return new DefaultTimePool(pool, prepayOnly, rounding);
    }

    public int loans() {
        return loans;
    }

    public int horizon() {
        return horizon;
    }

    /** Cumulative default probability thresholds of loan i, in the latent variable's scale (for the reference). */
    double threshold(int loan, int month) {
        return thresholds[loan][month];
    }

    int term(int loan) {
        return term[loan];
    }

    /**
     * Draws the scenario's factor and every loan's latent variable and writes each loan's default month (−1: none)
     * into {@code defaultMonth}; returns how many defaulted.
     */
    public int drawDefaults(CopulaModel model, long scenario, int[] defaultMonth) {
        SplittableRandom random = new SplittableRandom(model.scenarioSeed(scenario));
        double a = Math.sqrt(model.correlation());
        double b = Math.sqrt(1 - model.correlation());
        double systematic = a * random.nextGaussian();
        int defaults = 0;
        for (int i = 0; i < loans; i++) {
            double z = systematic + b * random.nextGaussian();
            double[] c = thresholds[i];
            if (z >= c[c.length - 1]) {
                defaultMonth[i] = -1;
                continue;
            }
            int lo = 0, hi = c.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (z < c[mid]) hi = mid;
                else lo = mid + 1;
            }
            defaultMonth[i] = lo;
            defaults++;
        }
        return defaults;
    }

    /** The pool's flows in a scenario, written into {@code into} (reused across scenarios by one worker). */
    public PoolFlows flows(int[] defaultMonth, PoolFlows into) {
        copy(survival, into);
        for (int i = 0; i < loans; i++) {
            int d = defaultMonth[i];
            if (d < 0) continue;
            long[] bi = begin[i], ii = interest[i], pi = principal[i], ppi = prepayment[i], ei = end[i];
            for (int t = d; t < term[i]; t++) {
                into.interest()[t] -= ii[t];
                into.principal()[t] -= pi[t];
                into.prepayment()[t] -= ppi[t];
                into.endBalance()[t] -= ei[t];
                if (t > d) into.beginBalance()[t] -= bi[t];
            }
            long recovered = recoveryIfDefault[i][d];
            into.defaults()[d] += bi[d];
            into.recovery()[d + lag] += recovered;
            into.loss()[d + lag] += bi[d] - recovered;
        }
        return into;
    }

    private static void copy(PoolFlows from, PoolFlows to) {
        int n = from.periods();
        System.arraycopy(from.beginBalance(), 0, to.beginBalance(), 0, n);
        System.arraycopy(from.defaults(), 0, to.defaults(), 0, n);
        System.arraycopy(from.prepayment(), 0, to.prepayment(), 0, n);
        System.arraycopy(from.principal(), 0, to.principal(), 0, n);
        System.arraycopy(from.interest(), 0, to.interest(), 0, n);
        System.arraycopy(from.recovery(), 0, to.recovery(), 0, n);
        System.arraycopy(from.loss(), 0, to.loss(), 0, n);
        System.arraycopy(from.endBalance(), 0, to.endBalance(), 0, n);
    }
}
