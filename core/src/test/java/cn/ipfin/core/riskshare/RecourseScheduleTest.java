package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.RecourseSchedule.Instalment;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guarantor's recourse after 代偿 (Shenzhen 004 (九)), serviced like a credit loan. */
class RecourseScheduleTest {

    private static final LocalDate JAN_31 = LocalDate.of(2027, 1, 31);

    @Test
    void monthly_instalments_sum_to_the_fen_with_the_remainder_on_the_last() {
        // 100,000.01 / 3 = 33,333.33 twice and 33,333.35 last; month ends stay month ends (2/28, 3/31 from 1/31)
        List<Instalment> three = RecourseSchedule.monthly(Money.of("100000.01"), JAN_31, 3);

        assertThat(three).containsExactly(
                new Instalment(JAN_31, Money.of("33333.33")),
                new Instalment(LocalDate.of(2027, 2, 28), Money.of("33333.33")),
                new Instalment(LocalDate.of(2027, 3, 31), Money.of("33333.35")));
        assertThat(RecourseSchedule.fits(Money.of("100000.01"), three)).isTrue();
        assertThat(RecourseSchedule.monthly(Money.of("5000.00"), JAN_31, 1)).containsExactly(new Instalment(JAN_31, Money.of("5000.00")));
    }

    @Test
    void any_principal_and_count_schedules_exactly() {
        Random random = new Random(17);
        for (int n = 0; n < 2000; n++) {
            Money principal = Money.ofFen(1 + random.nextLong(10_000_000_00L));
            int count = 1 + random.nextInt(36);
            if (principal.toFen() < count) continue;
            assertThat(RecourseSchedule.total(RecourseSchedule.monthly(principal, JAN_31, count))).isEqualTo(principal);
        }
    }

    @Test
    void a_schedule_that_misses_the_principal_by_a_fen_or_goes_back_in_time_does_not_fit() {
        Money principal = Money.of("1000.00");
        assertThat(RecourseSchedule.fits(principal, List.of(new Instalment(JAN_31, Money.of("999.99"))))).isFalse();
        assertThat(RecourseSchedule.fits(principal, List.of(new Instalment(JAN_31, Money.of("500.00")),
                new Instalment(JAN_31, Money.of("500.00"))))).isFalse();
        assertThatThrownBy(() -> new RecourseSchedule(principal, List.of(new Instalment(JAN_31, Money.of("1000.01")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void receipts_settle_the_earliest_instalment_and_what_fell_due_unpaid_is_overdue() {
        RecourseSchedule s = new RecourseSchedule(Money.of("300000.00"), RecourseSchedule.monthly(Money.of("300000.00"), JAN_31, 3));

        // on 15 March the January and February instalments are due; 120,000 received settles January and 20,000 of February
        RecourseSchedule.Position p = s.position(Money.of("120000.00"), LocalDate.of(2027, 3, 15));

        assertThat(p.balance()).isEqualTo(Money.of("180000.00"));
        assertThat(p.overdue()).isEqualTo(Money.of("80000.00"));
        assertThat(p.daysOverdue()).isEqualTo(15);  // since 28 February
        assertThat(p.lines()).extracting(RecourseSchedule.Line::settled)
                .containsExactly(Money.of("100000.00"), Money.of("20000.00"), Money.zero());
        // the due date itself is not overdue yet
        assertThat(s.position(Money.of("100000.00"), LocalDate.of(2027, 2, 28)).overdue()).isEqualTo(Money.zero());
        assertThat(s.position(Money.of("300000.00"), LocalDate.of(2028, 1, 1)).balance()).isEqualTo(Money.zero());
        assertThat(RecourseSchedule.unscheduled(Money.of("1.00")).position(Money.zero(), LocalDate.of(2030, 1, 1)).overdue())
                .isEqualTo(Money.zero());
        assertThatThrownBy(() -> s.position(Money.of("300000.01"), JAN_31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_further_payment_of_the_share_falls_due_with_the_last_instalment() {
        RecourseSchedule s = new RecourseSchedule(Money.of("1000.00"), RecourseSchedule.monthly(Money.of("1000.00"), JAN_31, 2));

        RecourseSchedule grown = s.grownBy(Money.of("0.01"));

        assertThat(grown.principal()).isEqualTo(Money.of("1000.01"));
        assertThat(grown.instalments().getLast().amount()).isEqualTo(Money.of("500.01"));
        assertThat(RecourseSchedule.unscheduled(Money.of("5.00")).grownBy(Money.of("5.00")).principal()).isEqualTo(Money.of("10.00"));
    }
}
