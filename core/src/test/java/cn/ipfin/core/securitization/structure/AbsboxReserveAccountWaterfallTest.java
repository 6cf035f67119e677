package cn.ipfin.core.securitization.structure;

import cn.ipfin.core.securitization.pool.Amortization;
import cn.ipfin.core.securitization.pool.LoanProjection;
import cn.ipfin.core.securitization.pool.Performance;
import cn.ipfin.core.securitization.pool.PoolFlows;
import cn.ipfin.core.securitization.pool.PoolLoan;
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
 * Outside reference for the reserve account: yellowbean/AbsBox, {@code docs/source/nbsample/AccountSetup.ipynb},
 * "with fixed target amount" (repository commit 879c75f; the notebook last changed in c9b3219), whose cells show the
 * Hastructure engine's results. Pool and waterfall both run in our engine; every figure the notebook prints for this
 * run is reproduced to the cent.
 * <p>
 * The deal, as the notebook states it: closing 2021-06-15, first payment 2021-07-26, then the 20th of each month;
 * collections to each month end. Pool: one level-payment mortgage, 2,200.00 at 8 % with 25 payments left, the first
 * collected in August 2021. Notes: A1 1,000.00 at 7 % (ACT/365F from closing), sequential; B 1,000.00 equity. Fee:
 * trusteeFee, a fixed 30.00 due once. Reserve: starts at 100.00, fixed target 100.00, and supports the fee and A1's
 * interest. Waterfall: fee, A1's interest (both drawing on the reserve when the account is short); if A1 is paid off
 * release the reserve, else top it up to the target; A1's principal from all the cash left; B's principal; B's yield.
 * (The notebook's waterfall first moves reserve cash into the distribution account and the top-up moves it back: the
 * net is the gap our engine draws.) Conventions as in {@code HastructureProjectionTest}: the monthly rate 0.08/12 held
 * to 6 decimals (0.006666), every amount truncated to the cent.
 * <p>
 * What the notebook shows and how it comes about: 2021-07-26, nothing collected yet: the reserve pays the fee, 30.00,
 * and A1's interest for the 41 days from closing, 1,000 × 7 % × 41/365 = 7.86, and falls to 62.14; 2021-08-20, 25
 * days, 4.79 from the reserve: 57.35. 2021-09-20: the 95.82 collected in August (14.66 interest, 81.16 principal)
 * pays 5.94 of interest (31 days), refills the reserve by 42.65 and repays 47.23 of A1; 2021-10-20: 5.48 (952.77 for
 * 30 days), 90.34 of principal. A1 is repaid on 2022-07-20 (0.69 interest, 95.14 principal, 25.92 left) and
 * 2022-08-20 (0.15, 25.92); on 2022-09-20 the reserve's 100.00 is released and B receives it with the month's 95.83:
 * 195.83. In June 2023 the pool pays 1.89 of interest and 93.94 of principal.
 */
class AbsboxReserveAccountWaterfallTest {

    private static final int PERIODS = 27;

    /** 2021-07-26, then 2021-08-20, 2021-09-20, … 2023-09-20. */
    private static List<LocalDate> paymentDates() {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(LocalDate.of(2021, 7, 26));
        for (int t = 1; t < PERIODS; t++) dates.add(LocalDate.of(2021, 8, 20).plusMonths(t - 1));
        return dates;
    }

    private static int period(String paymentDate) {
        return paymentDates().indexOf(LocalDate.parse(paymentDate));
    }

    /** The mortgage's 25 payments, collected August 2021 to August 2023, paid out from 2021-09-20 on. */
    private static PoolFlows pool() {
        PoolFlows mortgage = new LoanProjection(Performance.monthly(0, 0, 25, BigDecimal.ZERO, 0), RoundingMode.FLOOR)
                .project(new PoolLoan("mortgage", 220_000, new BigDecimal("0.006666"), 25, Amortization.LEVEL, 0));
        PoolFlows f = PoolFlows.empty(PERIODS);
        for (int t = 0; t < 2; t++) {
            f.beginBalance()[t] = 220_000;
            f.endBalance()[t] = 220_000;
        }
        for (int k = 0; k < 25; k++) {
            f.beginBalance()[k + 2] = mortgage.beginBalance()[k];
            f.principal()[k + 2] = mortgage.principal()[k];
            f.interest()[k + 2] = mortgage.interest()[k];
            f.endBalance()[k + 2] = mortgage.endBalance()[k];
        }
        return f;
    }

    private final PoolFlows pool = pool();

    private final DealStructure deal = new DealStructure(List.of(
            new Tranche("A1", Seniority.SENIOR, 100_000, PeriodRate.of(new BigDecimal("0.07"))),
            new Tranche("B", Seniority.SUBORDINATED, 100_000, PeriodRate.zero())), 0, PeriodRate.zero(), 10_000, 10_000,
            DealStructure.PrincipalMode.SEQUENTIAL, BigDecimal.ONE, 0, RoundingMode.FLOOR)
            .withOneOffFee(3_000)
            .withPassThroughPrincipal()
            .withAccrual(CouponAccrual.actual365Fixed(LocalDate.of(2021, 6, 15), paymentDates(), true));

    private final DealRun run = new Waterfall(deal).run(pool);

    @Test
    void thePoolCollectsWhatTheNotebookShows() {
        assertThat(pool.interest()[period("2021-09-20")]).isEqualTo(1_466);
        assertThat(pool.principal()[period("2021-09-20")]).isEqualTo(8_116);
        assertThat(pool.interest()[period("2021-10-20")]).isEqualTo(1_412);
        assertThat(pool.principal()[period("2021-10-20")]).isEqualTo(8_170);
        assertThat(pool.interest()[period("2023-07-20")]).isEqualTo(189);
        assertThat(pool.principal()[period("2023-07-20")]).isEqualTo(9_394);
    }

    @Test
    void theReservePaysTheFeeAndInterestUntilCashArrivesThenIsRefilled() {
        assertThat(run.feesPaid()[0]).isEqualTo(3_000);
        assertThat(Arrays.stream(run.feesPaid()).sum()).isEqualTo(3_000);
        assertThat(Arrays.copyOfRange(run.tranche("A1").interest(), 0, 4)).containsExactly(786, 479, 594, 548);
        assertThat(Arrays.copyOfRange(run.reserveBalance(), 0, 4)).containsExactly(6_214, 5_735, 10_000, 10_000);
        assertThat(Arrays.copyOfRange(run.tranche("A1").principal(), 0, 4)).containsExactly(0, 0, 4_723, 9_034);
    }

    @Test
    void a1IsRepaidInAugust2022() {
        int july = period("2022-07-20"), august = period("2022-08-20");
        assertThat(run.tranche("A1").interest()[july]).isEqualTo(69);
        assertThat(run.tranche("A1").principal()[july]).isEqualTo(9_514);
        assertThat(run.tranche("A1").endBalance()[july]).isEqualTo(2_592);
        assertThat(run.tranche("A1").interest()[august]).isEqualTo(15);
        assertThat(run.tranche("A1").principal()[august]).isEqualTo(2_592);
        assertThat(run.tranche("A1").loss()).isZero();
    }

    @Test
    void onceA1IsRepaidTheReserveIsReleasedToB() {
        int september = period("2022-09-20");
        assertThat(run.reserveBalance()[september - 1]).isEqualTo(10_000);
        assertThat(run.reserveBalance()[september]).isZero();
        assertThat(run.tranche("B").principal()[september]).isEqualTo(19_583);
    }
}
