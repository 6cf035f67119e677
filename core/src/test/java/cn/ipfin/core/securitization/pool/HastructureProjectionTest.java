package cn.ipfin.core.securitization.pool;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside reference: yellowbean/Hastructure, test/UT/AssetTest.hs (commit 014cb77), {@code ppyTest} "ppy case 1":
 * a level-payment mortgage of 10,000.00 at 8% for 24 months from 2021-01-01, projected with PrepaymentCPR 0.03.
 * Hastructure's conventions, which the projection is given here: the monthly rate 0.08/12 is held as an IRate of
 * 6 decimals (0.006666), amounts truncate to the cent (Data.Fixed Centi: FLOOR), and the CPR becomes each period's
 * SMM by its actual days (1 − 0.97^(days/365)).
 * Expected rows, as the test states them: period 1 (2021-02-01) balance 9589.55, principal 384.62, interest 66.48,
 * prepayment 25.83; period 4 (2021-05-01) 8357.98, 389.45, 58.31, 21.92, cumulative principal 1548.18 and
 * prepayment 93.84.
 */
class HastructureProjectionTest {

    /** 2021-02-01, 03-01, 04-01, 05-01, … 2023-01-01. */
    private static int[] monthDays() {
        int[] days = new int[24];
        java.time.LocalDate d = java.time.LocalDate.of(2021, 1, 1);
        for (int i = 0; i < 24; i++) {
            java.time.LocalDate next = d.plusMonths(1);
            days[i] = (int) (next.toEpochDay() - d.toEpochDay());
            d = next;
        }
        return days;
    }

    private final PoolLoan mortgage = new PoolLoan("tm_ppy_1", 1_000_000, new BigDecimal("0.006666"), 24, Amortization.LEVEL, 0);
    private final PoolFlows flows = new LoanProjection(
            Performance.byDays(0, 0.03, monthDays(), BigDecimal.ZERO, 0), RoundingMode.FLOOR).project(mortgage);

    @Test
    void firstPeriodMatchesHastructureToTheCent() {
        assertThat(flows.endBalance()[0]).isEqualTo(958_955);
        assertThat(flows.principal()[0]).isEqualTo(38_462);
        assertThat(flows.interest()[0]).isEqualTo(6_648);
        assertThat(flows.prepayment()[0]).isEqualTo(2_583);
    }

    @Test
    void fourthPeriodAndCumulativeMatchHastructureToTheCent() {
        assertThat(flows.endBalance()[3]).isEqualTo(835_798);
        assertThat(flows.principal()[3]).isEqualTo(38_945);
        assertThat(flows.interest()[3]).isEqualTo(5_831);
        assertThat(flows.prepayment()[3]).isEqualTo(2_192);
        assertThat(Arrays.stream(flows.principal(), 0, 4).sum()).isEqualTo(154_818);
        assertThat(Arrays.stream(flows.prepayment(), 0, 4).sum()).isEqualTo(9_384);
    }

    @Test
    void theLoanAmortisesFullyAndBalancesEveryPeriod() {
        assertThat(flows.endBalance()[23]).isZero();
        for (int t = 0; t < 24; t++) {
            assertThat(flows.beginBalance()[t] - flows.defaults()[t] - flows.prepayment()[t] - flows.principal()[t])
                    .isEqualTo(flows.endBalance()[t]);
        }
    }

    /** 1% of 10,000.00 defaults in month 1 (MDR 0.01), 40% recovered 3 months later, the rest is then a loss. */
    @Test
    void defaultsRecoverAfterTheLag() {
        double[] mdr = new double[24];
        mdr[0] = 0.01;
        PoolFlows f = new LoanProjection(new Performance(mdr, new double[24], new BigDecimal("0.4"), 3), RoundingMode.FLOOR)
                .project(mortgage);
        assertThat(f.defaults()[0]).isEqualTo(10_000);
        assertThat(f.recovery()[3]).isEqualTo(4_000);
        assertThat(f.loss()[3]).isEqualTo(6_000);
        assertThat(f.periods()).isEqualTo(27);
    }
}
