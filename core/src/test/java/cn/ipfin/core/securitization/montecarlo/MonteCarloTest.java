package cn.ipfin.core.securitization.montecarlo;

import cn.ipfin.core.securitization.pool.Amortization;
import cn.ipfin.core.securitization.pool.PoolLoan;
import cn.ipfin.core.securitization.structure.DealStructure;
import cn.ipfin.core.securitization.structure.DealStructure.PrincipalMode;
import cn.ipfin.core.securitization.structure.PeriodRate;
import cn.ipfin.core.securitization.structure.Tranche;
import cn.ipfin.core.securitization.structure.Tranche.Seniority;
import cn.ipfin.core.securitization.structure.Waterfall;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonteCarloTest {

    /*
     * A pool where the waterfall is pure loss tranching: 100 bullet loans of 10,000.00 at 0%, 12 months, annual PD 10%
     * (so 10% default within the term), 40% recovered at once; notes at 0%, sequential, no fees. Total cash is the
     * pool less its loss, paid in order of seniority, so a tranche's loss is min(max(L − attachment, 0), thickness)
     * with L = 6,000.00 × the number of defaults.
     */
    private static final int LOANS = 100;
    private static final long LOAN_FEN = 1_000_000;
    private static final long LGD_FEN = 600_000;
    private static final double PD = 0.10;

    private static List<PoolLoan> homogeneousPool() {
        List<PoolLoan> loans = new ArrayList<>();
        for (int i = 0; i < LOANS; i++) loans.add(new PoolLoan("L" + i, LOAN_FEN, BigDecimal.ZERO, 12, Amortization.BULLET, PD));
        return loans;
    }

    private static final List<Tranche> TRANCHES = List.of(
            new Tranche("A", Seniority.SENIOR, 90_000_000, PeriodRate.zero()),
            new Tranche("B", Seniority.MEZZANINE, 5_000_000, PeriodRate.zero()),
            new Tranche("Sub", Seniority.SUBORDINATED, 5_000_000, PeriodRate.zero()));

    private static MonteCarlo tranching(double correlation) {
        DefaultTimePool pool = DefaultTimePool.of(homogeneousPool(), new double[12], new BigDecimal("0.4"), 0, RoundingMode.HALF_UP);
        return new MonteCarlo(pool, new Waterfall(DealStructure.sequential(TRANCHES, RoundingMode.HALF_UP)), TRANCHES,
                new CopulaModel(correlation, 20261202L));
    }

    /** Σₖ Binomial(100, 0.1)(k) × tranche loss share at pool loss k × 6,000.00. */
    private static double analyticExpectedLoss(long attachment, long thickness) {
        double el = 0;
        for (int k = 0; k <= LOANS; k++) {
            double pmf = Math.exp(logChoose(LOANS, k) + k * Math.log(PD) + (LOANS - k) * Math.log(1 - PD));
            long loss = Math.min(Math.max(k * LGD_FEN - attachment, 0), thickness);
            el += pmf * loss / thickness;
        }
        return el;
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
        return s;
    }

    /** Tolerance stated: within 4 standard errors of the estimate (and the seed is fixed, so the test is stable). */
    @Test
    void zeroCorrelationExpectedLossMatchesTheBinomialValue() {
        MonteCarlo.SimulationResult r = tranching(0).run(40_000, 1_000, 2);
        assertWithinFourStandardErrors(r.tranche("Sub"), analyticExpectedLoss(0, 5_000_000));
        assertWithinFourStandardErrors(r.tranche("B"), analyticExpectedLoss(5_000_000, 5_000_000));
        assertWithinFourStandardErrors(r.tranche("A"), analyticExpectedLoss(10_000_000, 90_000_000));
        assertThat(r.averageDefaults()).isBetween(9.9, 10.1);
    }

    private static void assertWithinFourStandardErrors(MonteCarlo.TrancheRisk risk, double analytic) {
        assertThat(risk.standardError()).isPositive();
        assertThat(Math.abs(risk.expectedLoss() - analytic)).as(risk.name() + " EL %s vs analytic %s", risk.expectedLoss(), analytic)
                .isLessThanOrEqualTo(4 * risk.standardError());
    }

    /** ρ = 1: every loan has the same latent variable, so a scenario has no default or all 100; about 10% have all. */
    @Test
    void fullCorrelationMakesDefaultsAllOrNothing() {
        MonteCarlo mc = tranching(1);
        DefaultTimePool pool = DefaultTimePool.of(homogeneousPool(), new double[12], new BigDecimal("0.4"), 0, RoundingMode.HALF_UP);
        int[] months = new int[LOANS];
        int all = 0;
        int scenarios = 10_000;
        for (long s = 0; s < scenarios; s++) {
            int d = pool.drawDefaults(new CopulaModel(1, 20261202L), s, months);
            assertThat(d).isIn(0, LOANS);
            if (d == LOANS) all++;
        }
        assertThat((double) all / scenarios).isBetween(PD - 4 * Math.sqrt(PD * (1 - PD) / scenarios), PD + 4 * Math.sqrt(PD * (1 - PD) / scenarios));
        // all default: pool loses 60%, so A (attached at 10%) loses 50,000,000 of 90,000,000; no default: nothing.
        MonteCarlo.SimulationResult r = mc.run(scenarios, 500, 2);
        assertThat(r.tranche("A").probabilityOfLoss()).isEqualTo((double) all / scenarios);
        assertThat(r.totals().lossFen(0)).isEqualTo(all * 50_000_000L);
    }

    /** A mixed pool under the full waterfall: the fast path equals re-projecting every loan, to the fen. */
    @Test
    void fastPathEqualsTheStraightforwardSimulationToTheFen() {
        List<PoolLoan> loans = new ArrayList<>();
        Amortization[] types = Amortization.values();
        for (int i = 0; i < 60; i++) {
            loans.add(new PoolLoan("L" + i, 500_000 + 37_123L * i, new BigDecimal("0.004375"), 12 + i % 25,
                    types[i % 3], 0.02 + 0.003 * (i % 10)));
        }
        double[] smm = new double[36];
        java.util.Arrays.fill(smm, 0.004);
        long notes = loans.stream().mapToLong(PoolLoan::balanceFen).sum();
        List<Tranche> tranches = List.of(new Tranche("A", Seniority.SENIOR, notes * 80 / 100, PeriodRate.monthlyOf("0.03", 8)),
                new Tranche("B", Seniority.MEZZANINE, notes * 10 / 100, PeriodRate.monthlyOf("0.05", 8)),
                new Tranche("Sub", Seniority.SUBORDINATED, notes - notes * 80 / 100 - notes * 10 / 100, PeriodRate.zero()));
        DealStructure deal = new DealStructure(tranches, 5_000, PeriodRate.monthlyOf("0.002", 8), 200_000, 300_000,
                PrincipalMode.PRO_RATA, new BigDecimal("0.03"), 1_000_000, RoundingMode.HALF_UP);
        Waterfall waterfall = new Waterfall(deal);
        CopulaModel model = new CopulaModel(0.3, 7L);
        MonteCarlo fast = new MonteCarlo(DefaultTimePool.of(loans, smm, new BigDecimal("0.35"), 4, RoundingMode.HALF_UP),
                waterfall, tranches, model);
        ReferenceSimulation reference = new ReferenceSimulation(loans, smm, new BigDecimal("0.35"), 4, RoundingMode.HALF_UP,
                waterfall, model);
        long lossy = 0;
        for (long s = 0; s < 300; s++) {
            long[] expected = reference.losses(s);
            assertThat(fast.losses(s)).as("scenario " + s).containsExactly(expected);
            if (expected[2] > 0) lossy++;
        }
        assertThat(lossy).as("some scenarios must hurt the subordinated tranche").isPositive();
    }

    @Test
    void resultsDoNotDependOnThreadsOrRangeSize() {
        MonteCarlo mc = tranching(0.25);
        MonteCarlo.SimulationResult one = mc.run(3_000, 3_000, 1);
        MonteCarlo.SimulationResult two = mc.run(3_000, 250, 2);
        for (int i = 0; i < 3; i++) {
            assertThat(two.totals().lossFen(i)).isEqualTo(one.totals().lossFen(i));
            assertThat(two.tranches().get(i).histogram()).containsExactly(one.tranches().get(i).histogram());
        }
    }

    @Test
    void ratingTakesTheBestGradeMeetingBothCaps() {
        assertThat(RatingScale.rate(0, 0)).isEqualTo("AAA");
        assertThat(RatingScale.rate(0.0008, 0.003)).isEqualTo("AA");
        assertThat(RatingScale.rate(0.0001, 0.03)).isEqualTo("BBB");
        assertThat(RatingScale.rate(0.5, 0.9)).isEqualTo(RatingScale.NOT_RATED);
    }

    @Test
    void quantileIsTheInverseOfKnownNormalValues() {
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959963985, org.assertj.core.api.Assertions.within(1e-8));
        assertThat(NormalQuantile.of(0.001)).isCloseTo(-3.090232306, org.assertj.core.api.Assertions.within(1e-8));
    }
}
