package cn.ipfin.core.securitization.structure;

import cn.ipfin.core.securitization.pool.PoolFlows;
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
 * Outside reference for the waterfall: yellowbean/AbsBox, {@code absbox/tests/benchmark/china/test01.py} ("Senior/Junior")
 * and the Hastructure engine's published response to it, {@code absbox/tests/benchmark/china/resp/test01.out.json}
 * (repository commit 879c75f; the response last changed in 39e1088, 2025-08-17). Reproduced to the cent: every fee,
 * interest and principal payment of the 27 payment dates, and the junior's unpaid balance.
 * <p>
 * The deal, as the reference states it: closing (起息日) 2021-06-15, payment dates the 26th of each month from
 * 2021-07-26, collections to each month end paid out on the next payment date. Notes: A1 100.00 at 7 % (its current
 * rate; ACT/365F, accrued from closing), pass-through (过手摊还); B 20.00, equity (权益), no coupon. One fee, 信托费用,
 * a fixed 10.00 due once. Waterfall: fee, accrue and pay A1's interest, A1's principal, B's principal, B's yield. All
 * collections (interest, principal, prepayment, recoveries) go to the one account, which starts empty.
 * <p>
 * Hastructure's conventions, given to our engine here: amounts truncate to the cent (Data.Fixed Centi: FLOOR);
 * unpaid interest bears interest at the coupon ("interest over interest", paid first); a fixed fee is due once.
 * <p>
 * The pool's collections are taken from the same response (its pool cash flow), so this case checks the waterfall
 * alone; the projection is checked by {@code HastructureProjectionTest}. Amounts in fen (1/100 of the reference's unit).
 * <p>
 * How the numbers come about (the engine must get each step right for them to match): nothing is collected until
 * 2022-01-31, so the fee and A1's interest accrue unpaid for seven payment dates. On 2022-02-26 the 7.79 collected
 * all goes to the fee (2.21 still due); on 2022-03-26, 7.62: the fee's 2.21, then A1's interest due, 5.40 accrued
 * on 100.00 (0.78 for the 41 days from closing, then 0.59 / 0.57 / 0.53 a month by days) plus 0.09 interest on
 * that unpaid interest, 5.49 in all: 5.41 is paid, 0.08 stays due. From 2022-04-26 each payment date pays the
 * interest (0.59 + the 0.08 = 0.67 first) and everything left repays A1, until on 2023-08-26 A1's last 3.71 is
 * paid and 1.44 goes to B; B gets the last 5.07 and keeps 13.49 unpaid.
 */
class AbsboxChinaTest01WaterfallTest {

    private static final long[] BEGIN = {12000, 12000, 12000, 12000, 12000, 12000, 12000, 12000, 11290, 10593, 9917, 9244,
            8586, 7937, 7302, 6676, 6061, 5459, 4867, 4287, 3716, 3155, 2607, 2066, 1536, 1015, 504};
    private static final long[] PRINCIPAL = {0, 0, 0, 0, 0, 0, 0, 594, 588, 583, 577, 572, 566, 561, 556, 551, 545, 540, 535,
            530, 525, 521, 516, 512, 507, 503, 500};
    private static final long[] INTEREST = {0, 0, 0, 0, 0, 0, 0, 79, 74, 69, 65, 61, 56, 52, 48, 44, 40, 36, 32, 28, 24, 20,
            17, 13, 10, 6, 3};
    private static final long[] PREPAYMENT = {0, 0, 0, 0, 0, 0, 0, 106, 100, 85, 88, 79, 76, 68, 64, 59, 52, 48, 41, 38, 33,
            25, 23, 17, 13, 8, 4};
    private static final long[] DEFAULTS = {0, 0, 0, 0, 0, 0, 0, 10, 9, 8, 8, 7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0, 0};

    private static PoolFlows pool() {
        PoolFlows f = PoolFlows.empty(BEGIN.length);
        for (int t = 0; t < BEGIN.length; t++) {
            f.beginBalance()[t] = BEGIN[t];
            f.principal()[t] = PRINCIPAL[t];
            f.interest()[t] = INTEREST[t];
            f.prepayment()[t] = PREPAYMENT[t];
            f.defaults()[t] = DEFAULTS[t];
            f.loss()[t] = DEFAULTS[t];
            f.endBalance()[t] = BEGIN[t] - PRINCIPAL[t] - PREPAYMENT[t] - DEFAULTS[t];
        }
        return f;
    }

    /** 2021-07-26, 2021-08-26, … 2023-09-26. */
    private static List<LocalDate> paymentDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int t = 0; t < BEGIN.length; t++) dates.add(LocalDate.of(2021, 7, 26).plusMonths(t));
        return dates;
    }

    private final DealStructure deal = DealStructure.sequential(List.of(
                    new Tranche("A1", Seniority.SENIOR, 10_000, PeriodRate.of(new BigDecimal("0.07"))),
                    new Tranche("B", Seniority.SUBORDINATED, 2_000, PeriodRate.zero())), RoundingMode.FLOOR)
            .withOneOffFee(1_000)
            .withPassThroughPrincipal()
            .withAccrual(CouponAccrual.actual365Fixed(LocalDate.of(2021, 6, 15), paymentDates(), true));

    private final DealRun run = new Waterfall(deal).run(pool());

    @Test
    void theFeeIsPaidFirstAsCashArrives() {
        assertThat(run.feesPaid()).containsExactly(0, 0, 0, 0, 0, 0, 0, 779, 221, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0);
    }

    @Test
    void seniorInterestMatchesTheReferenceToTheCent() {
        assertThat(run.tranche("A1").interest()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 541, 67, 53, 51, 45, 43, 39, 34,
                32, 27, 25, 21, 16, 15, 11, 8, 5, 2, 0);
        assertThat(run.tranche("A1").interestShortfall()).isZero();
    }

    @Test
    void seniorPrincipalMatchesTheReferenceToTheCent() {
        assertThat(run.tranche("A1").principal()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 670, 677, 661, 653, 638, 629,
                620, 605, 597, 583, 575, 566, 551, 545, 534, 525, 371, 0);
        // the reference's A1 balances after each payment: 93.30 on 2022-04-26 … 3.71 on 2023-07-26, 0 on 2023-08-26
        assertThat(run.tranche("A1").endBalance()[9]).isEqualTo(9_330);
        assertThat(run.tranche("A1").endBalance()[24]).isEqualTo(371);
        assertThat(run.tranche("A1").loss()).isZero();
    }

    @Test
    void theJuniorGetsWhatIsLeftAndKeeps13Point49Unpaid() {
        assertThat(run.tranche("B").principal()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 144, 507);
        assertThat(Arrays.stream(run.tranche("B").residual()).sum()).isZero();
        assertThat(run.tranche("B").loss()).isEqualTo(1_349);
    }

    @Test
    void everyCentCollectedIsPaidOut() {
        long collected = 0;
        for (int t = 0; t < BEGIN.length; t++) collected += INTEREST[t] + PRINCIPAL[t] + PREPAYMENT[t];
        long paid = Arrays.stream(run.feesPaid()).sum() + run.tranche("A1").totalInterest() + run.tranche("A1").totalPrincipal()
                + run.tranche("B").totalPrincipal() + Arrays.stream(run.unallocated()).sum();
        assertThat(paid).isEqualTo(collected);
    }
}
