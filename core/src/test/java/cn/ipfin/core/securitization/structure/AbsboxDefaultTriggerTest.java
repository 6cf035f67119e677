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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside reference for the cumulative-default trigger: yellowbean/AbsBox, {@code docs/source/nbsample/triggers.ipynb},
 * "Trigger 01 (by default rate)", with the deal {@code trigger01} of {@code absbox/examples/triggerCase.py}
 * (repository commit 879c75f; both last changed in c9b3219). The notebook prints the Hastructure engine's cumulative
 * defaulted balance and the trigger's status; both are reproduced to the cent and to the period.
 * <p>
 * The pool: one level-payment mortgage, 2,200.00 at 8 % (0.08/12 held to 6 decimals), 20 monthly payments from
 * 2021-03-01 (originated 2021-02-01), run at a constant CDR of 8 % turned into each month's default rate by its
 * actual days (1 − 0.92^(days/365)), amounts truncated to the cent. The trigger: cumulative defaults over the original
 * pool balance above 5 %, tested after each collection, not curable.
 * <p>
 * The notebook: cumulative defaults 98.60 (4.48 %) by 2021-10-01, 107.64 (4.89 %) by 11-01, 115.63 (5.26 %) by 12-01,
 * 123.11 by 2022-01-01; the trigger is false through November and fires with the 2021-12-01 collection. Its effect
 * there is to accelerate the deal; ours is to switch principal to sequential, so only when it fires is compared.
 */
class AbsboxDefaultTriggerTest {

    /** Days of each month from 2021-02-01: the mortgage's payment dates are the first of each month. */
    private static int[] monthDays() {
        int[] days = new int[20];
        LocalDate d = LocalDate.of(2021, 2, 1);
        for (int i = 0; i < days.length; i++) {
            days[i] = (int) (d.plusMonths(1).toEpochDay() - d.toEpochDay());
            d = d.plusMonths(1);
        }
        return days;
    }

    /** Index of the payment on the first of {@code month}: 2021-03-01 is 0. */
    private static int period(String firstOfMonth) {
        LocalDate d = LocalDate.parse(firstOfMonth);
        return (d.getYear() - 2021) * 12 + d.getMonthValue() - 3;
    }

    private final PoolFlows pool = new LoanProjection(Performance.byDays(0.08, 0, monthDays(), BigDecimal.ZERO, 0), RoundingMode.FLOOR)
            .project(new PoolLoan("trigger01", 220_000, new BigDecimal("0.006666"), 20, Amortization.LEVEL, 0));

    @Test
    void cumulativeDefaultsMatchTheNotebookToTheCent() {
        assertThat(pool.cumulativeDefaults(period("2021-10-01"))).isEqualTo(9_860);
        assertThat(pool.cumulativeDefaults(period("2021-11-01"))).isEqualTo(10_764);
        assertThat(pool.cumulativeDefaults(period("2021-12-01"))).isEqualTo(11_563);
        assertThat(pool.cumulativeDefaults(period("2022-01-01"))).isEqualTo(12_311);
    }

    @Test
    void theFivePercentTriggerFiresWithTheDecemberCollection() {
        DealStructure deal = new DealStructure(List.of(
                new Tranche("A1", Seniority.SENIOR, 100_000, PeriodRate.zero()),
                new Tranche("B", Seniority.SUBORDINATED, 100_000, PeriodRate.zero())), 0, PeriodRate.zero(), 0, 0,
                DealStructure.PrincipalMode.PRO_RATA, new BigDecimal("0.05"), 0, RoundingMode.FLOOR);
        DealRun run = new Waterfall(deal).run(pool);
        assertThat(run.triggerPeriod()).isEqualTo(period("2021-12-01"));
    }
}
