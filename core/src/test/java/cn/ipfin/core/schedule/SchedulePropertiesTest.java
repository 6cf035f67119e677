package cn.ipfin.core.schedule;

import static cn.ipfin.core.schedule.ScheduleTermsFixture.aLoan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Properties over random terms; each repetition has its own fixed seed, so a failure names a reproducible case. */
class SchedulePropertiesTest {

    private static final long SEED = 0x1F_F1_2024L;
    /** The methods whose schedule follows from the terms alone; custom plans are covered by CustomScheduleTest. */
    private static final RepaymentMethod[] DERIVED = {RepaymentMethod.EQUAL_INSTALMENTS, RepaymentMethod.EQUAL_PRINCIPAL,
            RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, RepaymentMethod.BULLET};

    private static ScheduleTermsFixture randomLoan(SplittableRandom random) {
        // From 1 fen up to 100 million yuan, skewed to small amounts so that sub-fen shares are exercised.
        long fen = random.nextInt(4) == 0 ? random.nextLong(1, 5_000) : random.nextLong(1, 10_000_000_000L);
        ScheduleTermsFixture loan = aLoan()
                .principal(Money.ofFen(fen))
                .rate(Rate.bp(random.nextInt(0, 2_400)))
                .startingOn(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(0, 2_000)))
                .method(DERIVED[random.nextInt(DERIVED.length)]);
        if (random.nextBoolean()) loan.months(random.nextInt(1, 361)); else loan.quarters(random.nextInt(1, 121));
        if (random.nextBoolean()) loan.dayCount(DayCount.values()[random.nextInt(DayCount.values().length)]);
        return loan;
    }

    private static SplittableRandom random(RepetitionInfo repetition) {
        return new SplittableRandom(SEED + repetition.getCurrentRepetition());
    }

    @RepeatedTest(300)
    void principal_parts_sum_exactly_to_the_principal_and_nothing_is_negative(RepetitionInfo repetition) {
        ScheduleTerms terms = randomLoan(random(repetition)).terms();
        RepaymentSchedule schedule = RepaymentSchedule.of(terms);

        assertThat(schedule.totalPrincipal()).as("%s", terms).isEqualTo(terms.principal());
        assertThat(schedule.last().closingBalance()).isEqualTo(Money.zero());
        assertThat(schedule.last().dueDate()).isEqualTo(terms.maturityDate());
        assertThat(schedule.instalments()).allSatisfy(line -> {
            assertThat(line.principal().isNegative()).isFalse();
            assertThat(line.interest().isNegative()).isFalse();
            assertThat(line.closingBalance().isNegative()).isFalse();
        });
        assertThat(schedule.totalPayment()).isEqualTo(schedule.totalPrincipal().plus(schedule.totalInterest()));
    }

    @RepeatedTest(300)
    void equal_instalments_are_equal_except_the_last(RepetitionInfo repetition) {
        ScheduleTerms terms = randomLoan(random(repetition)).method(RepaymentMethod.EQUAL_INSTALMENTS).periodicRate().terms();
        RepaymentSchedule schedule = RepaymentSchedule.of(terms);

        List<Instalment> allButLast = schedule.instalments().subList(0, schedule.size() - 1);
        // The last differs from the others only by accumulated rounding: under a fen per period, each fen carried
        // forward at the loan rate, so at most n fen × (1 + r)^n.
        if (!allButLast.isEmpty()) {
            assertThat(allButLast).extracting(Instalment::payment).containsOnly(schedule.first().payment());
            Money drift = schedule.last().payment().minus(schedule.first().payment()).abs();
            BigDecimal r = terms.annualRate().annualFraction().divide(BigDecimal.valueOf(terms.frequency().periodsPerYear()), MathContext.DECIMAL64);
            BigDecimal bound = BigDecimal.ONE.add(r).pow(terms.periods(), MathContext.DECIMAL64)
                    .multiply(BigDecimal.valueOf(terms.periods())).movePointLeft(2);
            assertThat(drift.amount()).as("%s", terms).isLessThanOrEqualTo(bound);
        }
    }

    @RepeatedTest(300)
    void equal_principal_parts_are_equal_except_the_last(RepetitionInfo repetition) {
        RepaymentSchedule schedule = randomLoan(random(repetition)).method(RepaymentMethod.EQUAL_PRINCIPAL).schedule();

        List<Instalment> allButLast = schedule.instalments().subList(0, schedule.size() - 1);
        if (!allButLast.isEmpty()) {
            assertThat(allButLast).extracting(Instalment::principal).containsOnly(schedule.first().principal());
        }
        assertThat(schedule.last().principal().isNegative()).isFalse();
    }

    @RepeatedTest(100)
    void interest_never_grows_as_the_balance_falls_under_the_periodic_rate(RepetitionInfo repetition) {
        RepaymentSchedule schedule = randomLoan(random(repetition)).periodicRate().schedule();

        for (int k = 2; k <= schedule.size(); k++) {
            assertThat(schedule.instalment(k).interest()).isLessThanOrEqualTo(schedule.instalment(k - 1).interest());
        }
    }
}
