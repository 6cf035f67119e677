package cn.ipfin.core.servicing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.schedule.ScheduleRounding;
import cn.ipfin.core.schedule.ScheduleTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties of the daily close over random loans and random payment behaviour (each repetition its own fixed seed):
 * while nothing is paid, days past due never decrease and grow by one a day once overdue; the classification is never
 * better than the floor for the days past due; accruals of a period paid on time add up to its interest.
 */
class DailyServicingPropertiesTest {

    private static final long SEED = 0x5E_C1_05EL;

    private static ServicingLoan randomLoan(SplittableRandom random) {
        long fen = random.nextLong(100_00, 50_000_000_00L);
        RepaymentMethod method = RepaymentMethod.values()[random.nextInt(RepaymentMethod.values().length)];
        PeriodFrequency frequency = random.nextBoolean() ? PeriodFrequency.MONTHLY : PeriodFrequency.QUARTERLY;
        int periods = method == RepaymentMethod.BULLET ? 1 : random.nextInt(1, frequency == PeriodFrequency.MONTHLY ? 37 : 13);
        DayCount dayCount = random.nextBoolean() ? DayCount.ACT_360 : DayCount.ACT_365F;
        var terms = new ScheduleTerms(Money.ofFen(fen), Rate.bp(random.nextInt(150, 1_500)),
                LocalDate.of(2023, 1, 1).plusDays(random.nextInt(0, 1_000)), periods, frequency, method, dayCount,
                random.nextBoolean() ? InterestBasis.DAY_COUNT : InterestBasis.PERIODIC_RATE, ScheduleRounding.HALF_UP_TO_FEN);
        BigDecimal uplift = BigDecimal.valueOf(random.nextInt(30, 51), 2);
        return new ServicingLoan(terms, uplift, random);
    }

    @RepeatedTest(200)
    void days_past_due_never_fall_while_unpaid_and_classification_never_beats_the_floor(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(SEED + repetition.getCurrentRepetition());
        ServicingLoan loan = randomLoan(random);
        int stopPayingAt = random.nextInt(1, loan.schedule.size() + 2);   // beyond the last: pays everything
        LocalDate end = loan.terms.maturityOn().plusDays(random.nextInt(1, 500));
        int previousDpd = 0;
        while (loan.position.closedThrough().isBefore(end)) {
            ServicingPosition p = loan.position;
            LocalDate day = p.closedThrough().plusDays(1);
            if (day.equals(p.nextDueOn()) && p.nextNo() < stopPayingAt) loan.payCurrentInFull();
            loan.closeThrough(day);
            ServicingPosition now = loan.position;
            if (now.overdueSince() != null && p.overdueSince() != null) {
                assertThat(now.dpd()).as("DPD on %s", day).isEqualTo(previousDpd + 1);
            }
            assertThat(now.dpd()).isGreaterThanOrEqualTo(previousDpd);
            assertThat(now.classification().isWorseThan(LoanClassification.floorFor(now.dpd()))
                    || now.classification() == LoanClassification.floorFor(now.dpd())).isTrue();
            previousDpd = now.dpd();
        }
        // settled exactly when the lines left unpaid owed nothing (a custom plan may end with lines of zero)
        Money owedUnpaid = loan.schedule.instalments().stream().filter(i -> i.number() >= stopPayingAt)
                .map(cn.ipfin.core.schedule.Instalment::payment).reduce(Money.zero(), Money::plus);
        assertThat(loan.position.isSettled()).isEqualTo(owedUnpaid.isZero());
        // every fen of scheduled interest was accrued, whether it was then paid or rolled overdue
        assertThat(loan.total(PostingKind.ACCRUAL)).isEqualTo(loan.schedule.totalInterest());
        // what rolled overdue is exactly the unpaid instalments
        Money unpaidPrincipal = loan.schedule.instalments().stream().filter(i -> i.number() >= stopPayingAt)
                .map(cn.ipfin.core.schedule.Instalment::principal).reduce(Money.zero(), Money::plus);
        assertThat(loan.total(PostingKind.ROLL_PRINCIPAL)).isEqualTo(unpaidPrincipal);
        assertThat(loan.position.overduePrincipal()).isEqualTo(unpaidPrincipal);
        assertThat(loan.position.principalOutstanding()).isEqualTo(unpaidPrincipal);
        // penalty runs on overdue principal until the end of the run, days and amounts permitting
        if (unpaidPrincipal.isAtLeast(Money.ofYuan(100))) assertThat(loan.total(PostingKind.PENALTY).isPositive()).isTrue();
    }
}
