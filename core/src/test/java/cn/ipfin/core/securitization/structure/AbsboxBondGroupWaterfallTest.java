package cn.ipfin.core.securitization.structure;

import cn.ipfin.core.securitization.pool.Amortization;
import cn.ipfin.core.securitization.pool.LoanProjection;
import cn.ipfin.core.securitization.pool.Performance;
import cn.ipfin.core.securitization.pool.PoolFlows;
import cn.ipfin.core.securitization.pool.PoolLoan;
import cn.ipfin.core.securitization.structure.DealStructure.PrincipalMode;
import cn.ipfin.core.securitization.structure.Tranche.Seniority;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside reference for two senior tranches, in order and pro rata: yellowbean/AbsBox, the regression test
 * {@code test_bondGrp} in {@code absbox/tests/regression/test_main.py} on the deal {@code bondGrp} of
 * {@code absbox/tests/regression/deals.py} (repository commit 879c75f; both last changed in 4433eb8), run by the
 * Hastructure engine. Pool and waterfall both run in our engine; the balances the test states are reproduced to the
 * cent.
 * <p>
 * The deal, as the reference states it: an ongoing deal, interest last accrued 2021-04-15, next payment 2021-07-26,
 * then the 20th of each month; collections to each month end. Pool: one level-payment mortgage, 2,200.00 at 8 % (0.08/12
 * held to 6 decimals), 30 payments from 2021-03-01, so the first payment date collects four (March to June), then one
 * a month. Notes: the senior group A of A1 1,000.00 and A2 800.00, both 7 % ACT/365F; B 1,000.00 equity, no coupon.
 * Waterfall: the group's interest, then its principal, A2 before A1 ({@code byName A2, A1}); B; B's yield. All cash to
 * one account, so principal is pass-through. Amounts truncate to the cent.
 * <p>
 * The reference's A2 balances: 510.60, 436.68, 364.06, 290.75, 217.26, 143.10, 68.74, 0; A1's: 1,000.00 until the
 * eighth payment date, then 993.93. The first: four payments of 81.15 (324.60) less 102 days of interest (15.64 on A2,
 * 19.56 on A1) repay 289.40 of A2; the second: 81.15 less 25 days (2.44 + 4.79) repays 73.92. With the group paid
 * pro rata ({@code byProrata}), A2's principal is 0.8 of A1's (rounded to 2 decimals) on every payment date.
 */
class AbsboxBondGroupWaterfallTest {

    private static final int PERIODS = 27;

    /** 2021-07-26, then 2021-08-20, 2021-09-20, … */
    private static List<LocalDate> paymentDates() {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(LocalDate.of(2021, 7, 26));
        for (int t = 1; t < PERIODS; t++) dates.add(LocalDate.of(2021, 8, 20).plusMonths(t - 1));
        return dates;
    }

    /** Payments of March to June 2021 are paid out on 2021-07-26, each later one the month after it is collected. */
    private static PoolFlows pool() {
        PoolFlows mortgage = new LoanProjection(Performance.monthly(0, 0, 30, BigDecimal.ZERO, 0), RoundingMode.FLOOR)
                .project(new PoolLoan("mortgage", 220_000, new BigDecimal("0.006666"), 30, Amortization.LEVEL, 0));
        PoolFlows f = PoolFlows.empty(PERIODS);
        f.beginBalance()[0] = 220_000;
        for (int k = 0; k < 30; k++) {
            int t = Math.max(0, k - 3);
            f.principal()[t] += mortgage.principal()[k];
            f.interest()[t] += mortgage.interest()[k];
            f.endBalance()[t] = mortgage.endBalance()[k];
            if (t > 0) f.beginBalance()[t] = f.endBalance()[t - 1];
        }
        return f;
    }

    private static DealRun run(PrincipalMode mode) {
        PeriodRate sevenPercent = PeriodRate.of(new BigDecimal("0.07"));
        DealStructure deal = new DealStructure(List.of(
                new Tranche("A2", Seniority.SENIOR, 80_000, sevenPercent),
                new Tranche("A1", Seniority.SENIOR, 100_000, sevenPercent),
                new Tranche("B", Seniority.SUBORDINATED, 100_000, PeriodRate.zero())), 0, PeriodRate.zero(), 0, 0, mode,
                BigDecimal.ONE, 0, RoundingMode.FLOOR)
                .withPassThroughPrincipal()
                .withAccrual(CouponAccrual.actual365Fixed(LocalDate.of(2021, 4, 15), paymentDates(), true));
        return new Waterfall(deal).run(pool());
    }

    @Test
    void inOrderA2IsRepaidFirstAsTheReferenceStates() {
        DealRun run = run(PrincipalMode.SEQUENTIAL);
        assertThat(Arrays.copyOf(run.tranche("A2").endBalance(), 8))
                .containsExactly(51_060, 43_668, 36_406, 29_075, 21_726, 14_310, 6_874, 0);
        assertThat(Arrays.copyOf(run.tranche("A1").endBalance(), 8))
                .containsExactly(100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 99_393);
        assertThat(Arrays.copyOf(run.tranche("A2").interest(), 2)).containsExactly(1_564, 244);
        assertThat(Arrays.copyOf(run.tranche("A1").interest(), 2)).containsExactly(1_956, 479);
    }

    @Test
    void proRataWithinTheGroupPaysA2FourFifthsOfA1() {
        DealRun run = run(PrincipalMode.PRO_RATA_WITHIN_SENIORITY);
        long[] a1 = run.tranche("A1").principal(), a2 = run.tranche("A2").principal();
        int paidDates = 0;
        for (int t = 0; t < PERIODS; t++) {
            if (a1[t] == 0 && a2[t] == 0) continue;
            paidDates++;
            assertThat(BigDecimal.valueOf(a2[t]).divide(BigDecimal.valueOf(a1[t]), 2, RoundingMode.HALF_UP))
                    .as("period %d", t).isEqualByComparingTo("0.80");
        }
        assertThat(paidDates).isGreaterThan(10);
        assertThat(run.tranche("A1").loss()).isZero();
        assertThat(run.tranche("A2").loss()).isZero();
    }
}
