package cn.ipfin.core.schedule;

import static cn.ipfin.core.schedule.ScheduleTermsFixture.aLoan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * 等额本息 stays level on either basis, for any term up to 360 months (issue 12): every line but the last pays the same
 * amount, and the last differs from it by no more than one day's interest on the principal (the day-count difference of
 * one period) plus a fen of rounding per line. Each repetition has its own fixed seed.
 */
class LevelPaymentPropertiesTest {

    private static final long SEED = 0x12_1E_7E1L;
    private static final DayCount[] DAILY = {DayCount.ACT_360, DayCount.ACT_365F};

    @RepeatedTest(300)
    void no_instalment_differs_from_the_others_by_more_than_one_days_interest(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(SEED + repetition.getCurrentRepetition());
        int months = random.nextInt(4) == 0 ? random.nextInt(300, 361) : random.nextInt(2, 361);
        DayCount dayCount = DAILY[random.nextInt(DAILY.length)];
        ScheduleTermsFixture loan = aLoan()
                .principal(Money.ofFen(random.nextLong(1_000_00, 50_000_000_00L)))
                // up to 12%: beyond about 13% a 30-year payment no longer covers a 31-day month's interest by days, and a
                // line never amortises negatively, so such a schedule cannot be level (the generator's documented limit)
                .rate(Rate.bp(random.nextInt(100, 1_201)))
                .startingOn(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(0, 1_500)))
                .months(months)
                .method(RepaymentMethod.EQUAL_INSTALMENTS);
        if (random.nextBoolean()) loan.dayCount(dayCount); else loan.periodicRate();
        ScheduleTerms terms = loan.terms();
        RepaymentSchedule schedule = RepaymentSchedule.of(terms);

        Money regular = schedule.first().payment();
        assertThat(schedule.instalments().subList(0, months - 1)).as("%s", terms)
                .extracting(Instalment::payment).containsOnly(regular);
        Money oneDay = Money.of(terms.principal().amount().multiply(terms.annualRate().annualFraction())
                .divide(BigDecimal.valueOf(dayCount.daysInYear()), 2, RoundingMode.UP));
        Money bound = oneDay.plus(Money.ofFen(months));
        Money difference = schedule.last().payment().minus(regular);
        assertThat(difference.isNegative() ? regular.minus(schedule.last().payment()) : difference)
                .as("last %s vs %s for %s", schedule.last().payment(), regular, terms).isLessThanOrEqualTo(bound);
        assertThat(schedule.totalPrincipal()).isEqualTo(terms.principal());
    }
}
