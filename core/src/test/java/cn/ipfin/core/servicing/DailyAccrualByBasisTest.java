package cn.ipfin.core.servicing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.schedule.ScheduleRounding;
import cn.ipfin.core.schedule.ScheduleTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The close accrues interest every night and, period by period, the nights add up exactly to the instalment's interest,
 * whichever basis made the schedule: by day count the schedule charged each period its days, on the monthly basis (rate ÷
 * 12) it charged every month alike and the close spreads that amount over the period's nights. Started on month ends and
 * across 29 February, where the two bases differ most.
 */
class DailyAccrualByBasisTest {

    @ParameterizedTest(name = "{0} {1} {2} from {3}")
    @CsvSource({
            "PERIODIC_RATE, ACT_360, EQUAL_INSTALMENTS, 2027-12-31",
            "PERIODIC_RATE, ACT_360, EQUAL_PRINCIPAL, 2028-01-31",
            "PERIODIC_RATE, ACT_365F, EQUAL_INSTALMENTS, 2028-02-29",
            "PERIODIC_RATE, ACT_360, BULLET, 2027-01-31",
            "DAY_COUNT, ACT_360, EQUAL_INSTALMENTS, 2027-12-31",
            "DAY_COUNT, ACT_365F, EQUAL_PRINCIPAL, 2028-02-29",
            "DAY_COUNT, ACT_360, EQUAL_INSTALMENTS, 2026-12-01",
            "PERIODIC_RATE, ACT_360, EQUAL_INSTALMENTS, 2027-02-28",
            "DAY_COUNT, ACT_360, EQUAL_PRINCIPAL, 2027-02-28",
            "PERIODIC_RATE, ACT_360, INTEREST_ONLY_THEN_PRINCIPAL, 2027-01-31"})
    void each_periods_nightly_accruals_add_up_to_its_interest(InterestBasis basis, DayCount dayCount, RepaymentMethod method,
                                                              LocalDate start) {
        var scheduleTerms = new ScheduleTerms(Money.of("1000000"), Rate.percent("4.9"), start,
                method == RepaymentMethod.BULLET ? 1 : 14, PeriodFrequency.MONTHLY, method, dayCount, basis,
                ScheduleRounding.HALF_UP_TO_FEN);
        RepaymentSchedule schedule = RepaymentSchedule.of(scheduleTerms);
        var terms = new ServicingTerms(scheduleTerms.annualRate(), dayCount, new PenaltyTerms(new BigDecimal("0.50"), true),
                scheduleTerms.maturityDate(), basis);
        List<Money> accrualsPerPeriod = new ArrayList<>();
        Money[] running = {Money.zero()};
        ServicingPosition position = ServicingPosition.atDisbursement(scheduleTerms.principal(), start, schedule.first());
        CloseOutput out = new CloseOutput() {
            @Override public void post(LocalDate day, PostingKind kind, Money amount) {
                assertThat(amount.isPositive()).isTrue();
                if (kind == PostingKind.ACCRUAL) running[0] = running[0].plus(amount);
                assertThat(kind).as("nothing is overdue on %s", day).isEqualTo(PostingKind.ACCRUAL);
            }
            @Override public void classified(LocalDate day, LoanClassification from, LoanClassification to, int dpd) {
            }
            @Override public void maturityAhead(LocalDate day, int daysLeft) {
            }
        };
        LocalDate day = start;
        while (!day.isAfter(scheduleTerms.maturityDate())) {
            boolean due = day.equals(position.nextDueOn());
            if (due) position = position.withCurrentPaid();
            // tonight's accrual of a due day finishes the period ending today (the new period's first night follows)
            Money before = running[0];
            position = DailyServicing.close(position, terms, day, n -> n <= schedule.size() ? schedule.instalment(n) : null, out);
            if (due) {
                Money periodTotal = running[0].minus(position.accruedInterest());
                accrualsPerPeriod.add(periodTotal);
                running[0] = position.accruedInterest();
            } else {
                assertThat(running[0].minus(before).isNegative()).isFalse();
            }
            day = day.plusDays(1);
        }

        assertThat(accrualsPerPeriod).containsExactlyElementsOf(schedule.instalments().stream().map(Instalment::interest).toList());
    }
}
