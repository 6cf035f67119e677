package cn.ipfin.core.schedule;

import static cn.ipfin.core.lending.RepaymentMethod.BULLET;
import static cn.ipfin.core.lending.RepaymentMethod.EQUAL_INSTALMENTS;
import static cn.ipfin.core.lending.RepaymentMethod.EQUAL_PRINCIPAL;
import static cn.ipfin.core.schedule.ScheduleTermsFixture.aLoan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A revised schedule keeps the original due-date grid and continues its numbering. */
class AnchoredScheduleTest {

    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

    @Test
    void the_nine_argument_constructor_anchors_on_the_start() {
        ScheduleTerms terms = aLoan().startingOn(JAN_31).terms();

        assertThat(terms.anchorDate()).isEqualTo(JAN_31);
        assertThat(terms.anchorOffset()).isZero();
        assertThat(terms.dueDates()).startsWith(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31));
        assertThat(terms.maturityDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(terms.startsOnTheGrid()).isTrue();
    }

    @Test
    void a_schedule_anchored_mid_period_falls_due_on_the_original_grid_and_continues_the_numbering() {
        // Grid of a loan disbursed on Jan 31: Feb 29, Mar 31, Apr 30, May 31, Jun 30 (month ends). A revision on Apr 10
        // lies in grid period 3 [Mar 31, Apr 30): offset 2, first line numbered 3.
        RepaymentSchedule schedule = aLoan().principal("30000").ratePercent("3.6").startingOn(LocalDate.of(2024, 4, 10))
                .anchoredOn(JAN_31, 2).months(3).method(EQUAL_PRINCIPAL).dayCount(DayCount.ACT_360).schedule();

        assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 30));
        assertThat(schedule.instalments()).extracting(Instalment::number).containsExactly(3, 4, 5);
        assertThat(schedule.terms().maturityDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        // Broken first period Apr 10 → Apr 30, 20 days: 30,000 × 3.6% × 20 / 360 = 60.00.
        assertThat(schedule.instalment(3).interest()).isEqualTo(Money.of("60.00"));
        assertThat(schedule.instalment(3).principal()).isEqualTo(Money.of("10000.00"));
        assertThat(schedule.instalment(5)).isEqualTo(schedule.last());
        assertThatThrownBy(() -> schedule.instalment(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_bullet_revision_has_one_line_at_the_original_maturity() {
        RepaymentSchedule schedule = aLoan().principal("100000").ratePercent("3.6").startingOn(LocalDate.of(2024, 4, 10))
                .anchoredOn(JAN_31, 2).months(3).method(BULLET).dayCount(DayCount.ACT_360).schedule();

        assertThat(schedule.instalments()).hasSize(1);
        assertThat(schedule.first().number()).isEqualTo(3);
        assertThat(schedule.first().dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        // Apr 10 → Jun 30 is 81 days: 100,000 × 3.6% × 81 / 360 = 810.00.
        assertThat(schedule.first().interest()).isEqualTo(Money.of("810.00"));
    }

    @Test
    void the_start_must_lie_in_the_anchor_period() {
        ScheduleTermsFixture before = aLoan().startingOn(LocalDate.of(2024, 3, 30)).anchoredOn(JAN_31, 2).dayCount(DayCount.ACT_360);
        ScheduleTermsFixture onNextDue = aLoan().startingOn(LocalDate.of(2024, 4, 30)).anchoredOn(JAN_31, 2).dayCount(DayCount.ACT_360);

        assertThatThrownBy(before::terms).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid period");
        assertThatThrownBy(onNextDue::terms).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid period");
        assertThat(aLoan().startingOn(LocalDate.of(2024, 3, 31)).anchoredOn(JAN_31, 2).dayCount(DayCount.ACT_360).terms().startsOnTheGrid()).isTrue();
    }

    @Test
    void the_periodic_rate_charges_a_broken_first_period_pro_rata_to_its_days() {
        ScheduleTermsFixture broken = aLoan().startingOn(LocalDate.of(2024, 4, 10)).anchoredOn(JAN_31, 2).periodicRate();

        // 100,000 at 4.9% ÷ 12 = 408.333… a month; Apr 10 → Apr 30 is 20 of the grid period's 30 days (Mar 31 → Apr 30):
        // 408.333… × 20/30 = 272.22
        assertThat(broken.schedule().first().interest()).isEqualTo(Money.of("272.22"));
        assertThat(aLoan().startingOn(LocalDate.of(2024, 3, 31)).anchoredOn(JAN_31, 2).periodicRate().schedule().first().number()).isEqualTo(3);
    }

    @Test
    void an_on_grid_revision_falls_due_on_the_same_dates_as_the_tail_of_the_original() {
        RepaymentSchedule original = aLoan().startingOn(LocalDate.of(2023, 1, 30)).months(12).method(EQUAL_INSTALMENTS).schedule();
        RepaymentSchedule revised = aLoan().principal(original.instalment(4).openingBalance()).startingOn(original.instalment(3).dueDate())
                .anchoredOn(LocalDate.of(2023, 1, 30), 3).months(9).method(EQUAL_INSTALMENTS).schedule();

        assertThat(revised.dueDates()).isEqualTo(original.dueDates().subList(3, 12));
        assertThat(revised.instalments()).extracting(Instalment::number).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);
        // Same balance, rate and remaining periods on the periodic rate: the payment re-derived from the rounded balance
        // is the original's to within a fen (8,556.16 against 8,556.17).
        assertThat(revised.first().payment().minus(original.first().payment()).abs()).isLessThanOrEqualTo(Money.of("0.01"));
    }

    @Test
    void a_given_payment_or_share_is_kept_and_the_last_line_takes_the_rest() {
        ScheduleTermsFixture loan = aLoan().principal("10000").ratePercent("6").months(6);
        RepaymentSchedule annuity = RepaymentSchedule.ofEqualInstalments(loan.method(EQUAL_INSTALMENTS).terms(), Money.of("2000"));
        assertThat(annuity.instalments().subList(0, 5)).extracting(Instalment::payment).containsOnly(Money.of("2000.00"));
        assertThat(annuity.totalPrincipal()).isEqualTo(Money.of("10000"));

        RepaymentSchedule principal = RepaymentSchedule.ofEqualPrincipal(loan.method(EQUAL_PRINCIPAL).terms(), Money.of("1900"));
        assertThat(principal.instalments().subList(0, 5)).extracting(Instalment::principal).containsOnly(Money.of("1900.00"));
        assertThat(principal.last().principal()).isEqualTo(Money.of("500.00"));
    }

    @Test
    void anniversaries_keep_the_month_end() {
        assertThat(DueDates.anniversary(LocalDate.of(2024, 2, 29), 1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(DueDates.anniversary(LocalDate.of(2023, 2, 28), 1)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DueDates.anniversary(LocalDate.of(2024, 3, 15), 2)).isEqualTo(LocalDate.of(2026, 3, 15));
    }
}
