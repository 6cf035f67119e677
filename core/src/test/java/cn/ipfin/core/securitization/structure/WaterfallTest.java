package cn.ipfin.core.securitization.structure;

import cn.ipfin.core.securitization.pool.PoolFlows;
import cn.ipfin.core.securitization.structure.DealStructure.PrincipalMode;
import cn.ipfin.core.securitization.structure.Tranche.Seniority;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed waterfalls; each test's comment is the working. Amounts in fen. */
class WaterfallTest {

    private static PoolFlows pool(long begin, long[] principal, long[] defaults, long[] interest, long[] recovery) {
        int n = principal.length;
        PoolFlows f = PoolFlows.empty(n);
        long balance = begin;
        for (int t = 0; t < n; t++) {
            f.beginBalance()[t] = balance;
            f.principal()[t] = principal[t];
            f.defaults()[t] = defaults[t];
            f.interest()[t] = interest[t];
            f.recovery()[t] = recovery[t];
            balance -= principal[t] + defaults[t];
            f.endBalance()[t] = balance;
        }
        return f;
    }

    private static Tranche tranche(String name, Seniority s, long fen, String periodCoupon) {
        return new Tranche(name, s, fen, PeriodRate.of(new BigDecimal(periodCoupon)));
    }

    /*
     * Senior 800,000 at 0.5%/period, sub 200,000; fee 1,000 a period. t0: 310,000 in, fee 1,000, interest 4,000,
     * principal = pool reduction 300,000, excess 5,000 to sub. t1: 307,000, fee, interest 2,500, principal 300,000,
     * excess 3,500. t2 (last): 404,000, fee, interest 1,000, senior's last 200,000, sub's 200,000, excess 2,000.
     */
    @Test
    void feesComeBeforeInterestAndExcessSpreadGoesToTheSubordinated() {
        DealStructure deal = new DealStructure(List.of(tranche("A", Seniority.SENIOR, 800_000, "0.005"),
                tranche("Sub", Seniority.SUBORDINATED, 200_000, "0")), 1_000, PeriodRate.zero(), 0, 0,
                PrincipalMode.SEQUENTIAL, BigDecimal.ONE, 0, RoundingMode.HALF_UP);
        DealRun run = new Waterfall(deal).run(pool(1_000_000, new long[]{300_000, 300_000, 400_000}, new long[3],
                new long[]{10_000, 7_000, 4_000}, new long[3]));
        assertThat(run.feesPaid()).containsExactly(1_000, 1_000, 1_000);
        assertThat(run.tranche("A").interest()).containsExactly(4_000, 2_500, 1_000);
        assertThat(run.tranche("A").principal()).containsExactly(300_000, 300_000, 200_000);
        assertThat(run.tranche("Sub").principal()).containsExactly(0, 0, 200_000);
        assertThat(run.tranche("Sub").residual()).containsExactly(5_000, 3_500, 2_000);
        assertThat(run.tranche("A").loss()).isZero();
        assertThat(run.tranche("Sub").loss()).isZero();
    }

    /*
     * A 600,000 / B 300,000 / Sub 100,000, pro rata, trigger at cumulative defaults above 5% of 1,000,000.
     * t0: 100,000 pro rata 60,000/30,000/10,000. t1: 60,000 defaults (6%: triggered), 100,000 paid sequentially to A.
     * t2: 740,000 + 20,000 recovered = 760,000: A 440,000, B 270,000, Sub 50,000 of its 90,000: loses 40,000.
     */
    @Test
    void cumulativeDefaultsAboveTheTriggerSwitchProRataToSequential() {
        List<Tranche> tranches = List.of(tranche("A", Seniority.SENIOR, 600_000, "0"), tranche("B", Seniority.MEZZANINE, 300_000, "0"),
                tranche("Sub", Seniority.SUBORDINATED, 100_000, "0"));
        PoolFlows pool = pool(1_000_000, new long[]{100_000, 100_000, 740_000}, new long[]{0, 60_000, 0}, new long[3],
                new long[]{0, 0, 20_000});
        DealRun triggered = new Waterfall(new DealStructure(tranches, 0, PeriodRate.zero(), 0, 0, PrincipalMode.PRO_RATA,
                new BigDecimal("0.05"), 0, RoundingMode.HALF_UP)).run(pool);
        assertThat(triggered.triggerPeriod()).isEqualTo(1);
        assertThat(triggered.tranche("A").principal()).containsExactly(60_000, 100_000, 440_000);
        assertThat(triggered.tranche("B").principal()).containsExactly(30_000, 0, 270_000);
        assertThat(triggered.tranche("Sub").loss()).isEqualTo(40_000);

        DealRun untriggered = new Waterfall(new DealStructure(tranches, 0, PeriodRate.zero(), 0, 0, PrincipalMode.PRO_RATA,
                new BigDecimal("0.07"), 0, RoundingMode.HALF_UP)).run(pool);
        assertThat(untriggered.triggered()).isFalse();
        assertThat(untriggered.tranche("A").principal()).containsExactly(60_000, 60_000, 480_000);
        assertThat(untriggered.tranche("Sub").principal()).containsExactly(10_000, 10_000, 40_000);
    }

    /*
     * Senior 1,000,000 at 1%/period, reserve 5,000 (target 5,000), deficiency payment up to 20,000.
     * t0: interest due 10,000: 3,000 collected, 5,000 reserve, 2,000 guarantor. t1: 903,000 in, interest 10,000,
     * reserve refilled 5,000, principal 888,000; at the end the reserve's 5,000 and the guarantor's remaining 18,000
     * repay 23,000 more: loss 1,000,000 − 911,000 = 89,000.
     */
    @Test
    void theReserveThenTheGuarantorCoverShortfalls() {
        DealStructure deal = new DealStructure(List.of(tranche("A", Seniority.SENIOR, 1_000_000, "0.01")), 0, PeriodRate.zero(),
                5_000, 5_000, PrincipalMode.SEQUENTIAL, BigDecimal.ONE, 20_000, RoundingMode.HALF_UP);
        DealRun run = new Waterfall(deal).run(pool(1_000_000, new long[]{0, 900_000}, new long[]{0, 100_000},
                new long[]{3_000, 3_000}, new long[2]));
        assertThat(run.tranche("A").interest()).containsExactly(10_000, 10_000);
        assertThat(run.guaranteeDraws()).containsExactly(2_000, 18_000);
        assertThat(run.tranche("A").principal()).containsExactly(0, 911_000);
        assertThat(run.tranche("A").loss()).isEqualTo(89_000);
        assertThat(run.guaranteeUsed()).isEqualTo(20_000);
    }

    /*
     * A one-off fee of 5,000 is due only in the first period; with 3,000 collected it is paid 3,000, the 2,000 left
     * is paid first thing the next period, and nothing more is due after that. Sub 100,000 takes the rest.
     */
    @Test
    void aOneOffFeeIsDueOnceAndCarriedUntilPaid() {
        DealStructure deal = DealStructure.sequential(List.of(tranche("Sub", Seniority.SUBORDINATED, 100_000, "0")),
                RoundingMode.HALF_UP).withOneOffFee(5_000);
        DealRun run = new Waterfall(deal).run(pool(100_000, new long[]{0, 0, 100_000}, new long[3],
                new long[]{3_000, 3_000, 3_000}, new long[3]));
        assertThat(run.feesPaid()).containsExactly(3_000, 2_000, 0);
        assertThat(run.tranche("Sub").residual()).containsExactly(0, 1_000, 3_000);
    }

    /*
     * Senior 600,000 at 1%/period, sub 400,000. The pool repays 100,000 a period with 20,000 interest. Paid from the
     * pool's reduction, the senior gets 100,000 and the sub 14,000 of excess spread; pass-through (过手摊还), the
     * senior gets everything after its 6,000 interest: 114,000 in period 1, then 120,000 − 4,860 = 115,140; in the
     * last, 820,000 − 3,709 (370,860 × 1%, half up) repays the senior's 370,860, the sub's 400,000 and 45,431 over.
     */
    @Test
    void passThroughPrincipalRepaysTheSeniorFromAllTheCashLeft() {
        List<Tranche> tranches = List.of(tranche("A", Seniority.SENIOR, 600_000, "0.01"), tranche("Sub", Seniority.SUBORDINATED, 400_000, "0"));
        PoolFlows pool = pool(1_000_000, new long[]{100_000, 100_000, 800_000}, new long[3], new long[]{20_000, 20_000, 20_000},
                new long[3]);
        DealRun byReduction = new Waterfall(DealStructure.sequential(tranches, RoundingMode.HALF_UP)).run(pool);
        assertThat(byReduction.tranche("A").principal()[0]).isEqualTo(100_000);
        assertThat(byReduction.tranche("Sub").residual()[0]).isEqualTo(14_000);

        DealRun passThrough = new Waterfall(DealStructure.sequential(tranches, RoundingMode.HALF_UP).withPassThroughPrincipal()).run(pool);
        assertThat(passThrough.tranche("A").interest()).containsExactly(6_000, 4_860, 3_709);
        assertThat(passThrough.tranche("A").principal()).containsExactly(114_000, 115_140, 370_860);
        assertThat(passThrough.tranche("Sub").principal()).containsExactly(0, 0, 400_000);
        assertThat(passThrough.tranche("Sub").residual()).containsExactly(0, 0, 45_431);
    }

    /*
     * Senior 100,000, sub 100,000, reserve 5,000 at its target. t0: 100,000 collected repays the senior (it was
     * outstanding at the top-up step, so the reserve stays). t1: the senior is repaid, so the reserve's 5,000 is
     * released and repays principal, as it would have at the end: the sub gets 10,000 + 5,000. t2: 10,000 more;
     * the sub is short 75,000.
     */
    @Test
    void theReserveIsReleasedOnceTheRatedTranchesAreRepaid() {
        DealStructure deal = new DealStructure(List.of(tranche("A", Seniority.SENIOR, 100_000, "0"),
                tranche("Sub", Seniority.SUBORDINATED, 100_000, "0")), 0, PeriodRate.zero(), 5_000, 5_000,
                PrincipalMode.SEQUENTIAL, BigDecimal.ONE, 0, RoundingMode.HALF_UP);
        DealRun run = new Waterfall(deal).run(pool(200_000, new long[]{100_000, 10_000, 10_000}, new long[3], new long[3],
                new long[3]));
        assertThat(run.reserveBalance()).containsExactly(5_000, 0, 0);
        assertThat(run.tranche("A").principal()).containsExactly(100_000, 0, 0);
        assertThat(run.tranche("Sub").principal()).containsExactly(0, 15_000, 10_000);
        assertThat(run.tranche("Sub").residual()).containsExactly(0, 0, 0);
        assertThat(run.tranche("Sub").loss()).isEqualTo(75_000);
    }

    /*
     * A1 600,000 and A2 300,000 of one class (同顺位), Sub 100,000; 90,000 of principal. Pro rata within the class:
     * 60,000 and 30,000, nothing to the sub; pro rata across all tranches: 54,000, 27,000 and 9,000. 100,001 more
     * in the second period: 2/3 of it is 66,667.33 — A1 gets 66,667 and the fen of rounding, A2 33,333.
     */
    @Test
    void proRataWithinASeniorityClassSharesOnlyWithinIt() {
        List<Tranche> tranches = List.of(tranche("A1", Seniority.SENIOR, 600_000, "0"), tranche("A2", Seniority.SENIOR, 300_000, "0"),
                tranche("Sub", Seniority.SUBORDINATED, 100_000, "0"));
        PoolFlows pool = pool(1_000_000, new long[]{90_000, 100_001, 809_999}, new long[3], new long[3], new long[3]);
        DealRun within = new Waterfall(new DealStructure(tranches, 0, PeriodRate.zero(), 0, 0, PrincipalMode.PRO_RATA_WITHIN_SENIORITY,
                BigDecimal.ONE, 0, RoundingMode.HALF_UP)).run(pool);
        assertThat(within.tranche("A1").principal()[0]).isEqualTo(60_000);
        assertThat(within.tranche("A2").principal()[0]).isEqualTo(30_000);
        assertThat(within.tranche("Sub").principal()[0]).isZero();
        assertThat(within.tranche("A1").principal()[1]).isEqualTo(66_668);
        assertThat(within.tranche("A2").principal()[1]).isEqualTo(33_333);

        DealRun across = new Waterfall(new DealStructure(tranches, 0, PeriodRate.zero(), 0, 0, PrincipalMode.PRO_RATA,
                BigDecimal.ONE, 0, RoundingMode.HALF_UP)).run(pool);
        assertThat(across.tranche("A1").principal()[0]).isEqualTo(54_000);
        assertThat(across.tranche("A2").principal()[0]).isEqualTo(27_000);
        assertThat(across.tranche("Sub").principal()[0]).isEqualTo(9_000);
    }

    /** A bullet note at 0.5% a month for 12 months repaid at par yields 6% nominal and has a WAL of 1 year. */
    @Test
    void walAndYieldOfABulletNote() {
        long[] principal = new long[12];
        principal[11] = 1_000_000;
        long[] interest = new long[12];
        java.util.Arrays.fill(interest, 5_000);
        DealRun run = new Waterfall(DealStructure.sequential(List.of(tranche("A", Seniority.SENIOR, 1_000_000, "0.005")),
                RoundingMode.HALF_UP)).run(pool(1_000_000, principal, new long[12], interest, new long[12]));
        assertThat(run.tranche("A").weightedAverageLife(12)).isEqualTo(1.0);
        assertThat(run.tranche("A").yield(12)).isCloseTo(0.06, within(1e-9));
    }

    @Test
    void theSubordinatedTrancheMustComeLast() {
        assertThatThrownBy(() -> DealStructure.sequential(List.of(tranche("Sub", Seniority.SUBORDINATED, 1, "0"),
                tranche("A", Seniority.SENIOR, 1, "0")), RoundingMode.HALF_UP)).hasMessageContaining("must come last");
    }

    @Test
    void periodRateIsExactInLongsAndAgreesWithBigDecimal() {
        PeriodRate r = PeriodRate.monthlyOf("0.035", 8);
        for (long fen : new long[]{1, 999, 123_456_789, 10_000_000_000L, 9_000_000_000_000_000L}) {
            for (RoundingMode m : new RoundingMode[]{RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN}) {
                assertThat(r.applyTo(fen, m)).isEqualTo(BigDecimal.valueOf(fen).multiply(r.fraction()).setScale(0, m).longValueExact());
            }
        }
    }
}
