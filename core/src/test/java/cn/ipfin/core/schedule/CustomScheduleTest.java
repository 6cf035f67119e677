package cn.ipfin.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.servicing.PrepaymentOption;
import cn.ipfin.core.servicing.ScheduleRevision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 自定义还款计划: principal by the contract's list, interest on the declining balance; and its revisions. */
class CustomScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 10);

    /** 1,000,000 over 6 months at 3.60 % ACT/360, repaid with the borrower's season: nothing, then 100k, 400k, 500k. */
    private static ScheduleTerms terms() {
        return new ScheduleTerms(Money.ofYuan(1_000_000), Rate.percent("3.60"), START, 6, PeriodFrequency.MONTHLY,
                RepaymentMethod.CUSTOM, DayCount.ACT_360, InterestBasis.DAY_COUNT, ScheduleRounding.HALF_UP_TO_FEN);
    }

    private static final List<Money> PLAN = List.of(Money.zero(), Money.zero(), Money.zero(), Money.ofYuan(100_000),
            Money.ofYuan(400_000), Money.ofYuan(500_000));

    @Test
    void each_line_repays_the_listed_principal_with_interest_on_the_declining_balance() {
        RepaymentSchedule s = RepaymentSchedule.ofCustom(terms(), PLAN);
        assertThat(s.principalParts()).isEqualTo(PLAN);
        // January 10 → February 10: 31 nights on 1,000,000 at 3.60 % / 360 = 3,100.00
        assertThat(s.first().interest()).isEqualTo(Money.of("3100.00"));
        // June 10 → July 10: 30 nights on the last 500,000 = 1,500.00
        assertThat(s.last().interest()).isEqualTo(Money.of("1500.00"));
        assertThat(s.totalPrincipal()).isEqualTo(Money.ofYuan(1_000_000));
    }

    @Test
    void a_plan_that_does_not_add_up_or_has_the_wrong_length_is_refused() {
        assertThatThrownBy(() -> RepaymentSchedule.ofCustom(terms(), PLAN.subList(0, 5)))
                .hasMessageContaining("期数");
        List<Money> short1 = List.of(Money.zero(), Money.zero(), Money.zero(), Money.ofYuan(100_000),
                Money.ofYuan(400_000), Money.of("499999.99"));
        assertThatThrownBy(() -> RepaymentSchedule.ofCustom(terms(), short1)).hasMessageContaining("999999.99");
        assertThatThrownBy(() -> RepaymentSchedule.of(terms())).hasMessageContaining("ofCustom");
    }

    @Test
    void repricing_keeps_the_plan_and_changes_only_the_interest() {
        RepaymentSchedule s = RepaymentSchedule.ofCustom(terms(), PLAN);
        RepaymentSchedule repriced = ScheduleRevision.reprice(s, s.instalment(3).dueDate(), Rate.percent("3.20"));
        assertThat(repriced.principalParts()).containsExactly(Money.ofYuan(100_000), Money.ofYuan(400_000), Money.ofYuan(500_000));
        assertThat(repriced.first().number()).isEqualTo(4);
        assertThat(repriced.last().interest()).isEqualTo(Money.of("1333.33"));   // 500,000 × 3.20 % × 30 / 360
    }

    @Test
    void a_prepayment_shortening_the_term_comes_off_the_last_parts_and_one_lowering_instalments_scales_them() {
        RepaymentSchedule s = RepaymentSchedule.ofCustom(terms(), PLAN);
        LocalDate on = s.instalment(4).dueDate();   // after the 100,000 instalment: 900,000 outstanding
        RepaymentSchedule shorter = ScheduleRevision.prepay(s, on, Money.ofYuan(600_000), PrepaymentOption.SHORTEN_TERM);
        assertThat(shorter.principalParts()).containsExactly(Money.ofYuan(300_000));
        assertThat(shorter.last().dueDate()).isEqualTo(s.instalment(5).dueDate());
        RepaymentSchedule lower = ScheduleRevision.prepay(s, on, Money.ofYuan(300_000), PrepaymentOption.LOWER_INSTALMENT);
        // 600,000 of 900,000 left: every part × 2/3
        assertThat(lower.principalParts()).containsExactly(Money.of("266666.66"), Money.of("333333.34"));
        assertThat(lower.last().dueDate()).isEqualTo(s.last().dueDate());
    }

    @Test
    void an_extension_spreads_the_last_part_over_the_added_periods() {
        RepaymentSchedule s = RepaymentSchedule.ofCustom(terms(), PLAN);
        RepaymentSchedule extended = ScheduleRevision.reschedule(s, s, s.instalment(4).dueDate(), 2);
        assertThat(extended.principalParts()).containsExactly(Money.ofYuan(400_000), Money.of("166666.66"),
                Money.of("166666.66"), Money.of("166666.68"));
        assertThat(extended.last().dueDate()).isEqualTo(s.last().dueDate().plusMonths(2));
    }
}
