package cn.ipfin.core.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.Instalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyServicingTest {

    private static final BigDecimal UPLIFT_50 = new BigDecimal("0.50");
    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    private static ServicingLoan loan() {
        // 1,200,000 over 12 months, 等额本息 at LPR 3.00 % + 45 bp = 3.45 %, interest by day ACT/360
        return new ServicingLoan(Money.ofYuan(1_200_000), Rate.percent("3.45"), START, 12, RepaymentMethod.EQUAL_INSTALMENTS, UPLIFT_50);
    }

    @Test
    void a_periods_daily_accruals_add_up_to_the_instalments_interest_to_the_fen() {
        ServicingLoan loan = loan();
        Instalment first = loan.schedule.first();
        // 31 nights from 2026-01-15 to 2026-02-15 on 1,200,000 at 3.45 % / 360 = 3,565.00
        assertThat(first.interest()).isEqualTo(Money.of("3565.00"));
        loan.closeThrough(first.dueDate().minusDays(1));
        assertThat(loan.total(PostingKind.ACCRUAL)).isEqualTo(first.interest());
        assertThat(loan.position.accruedInterest()).isEqualTo(first.interest());
    }

    @Test
    void an_instalment_paid_on_its_due_date_never_becomes_overdue() {
        ServicingLoan loan = loan();
        for (Instalment line : loan.schedule.instalments()) {
            loan.closeThrough(line.dueDate().minusDays(1));
            loan.payCurrentInFull();
            loan.closeThrough(line.dueDate());
            assertThat(loan.position.overdueSince()).isNull();
        }
        loan.closeThrough(loan.terms.maturityOn().plusDays(5));
        assertThat(loan.position.isSettled()).isTrue();
        assertThat(loan.total(PostingKind.ACCRUAL)).isEqualTo(loan.schedule.totalInterest());
        assertThat(loan.total(PostingKind.PENALTY)).isEqualTo(Money.zero());
        assertThat(loan.classifications).isEmpty();
        assertThat(loan.maturityReminders).isEqualTo(1);
    }

    @Test
    void unpaid_instalment_rolls_to_overdue_and_earns_penalty_from_the_next_day() {
        ServicingLoan loan = loan();
        Instalment first = loan.schedule.first();
        loan.closeThrough(first.dueDate());
        assertThat(loan.position.overduePrincipal()).isEqualTo(first.principal());
        assertThat(loan.position.overdueInterest()).isEqualTo(first.interest());
        assertThat(loan.total(PostingKind.ROLL_PRINCIPAL)).isEqualTo(first.principal());
        assertThat(loan.position.dpd()).isZero();
        assertThat(loan.position.classification()).isEqualTo(LoanClassification.NORMAL);
        assertThat(loan.total(PostingKind.PENALTY)).isEqualTo(Money.zero());

        loan.closeThrough(first.dueDate().plusDays(10));
        assertThat(loan.position.dpd()).isEqualTo(10);
        assertThat(loan.position.classification()).isEqualTo(LoanClassification.SPECIAL_MENTION);
        // 罚息 at 3.45 % × 1.5 on the overdue principal for 10 nights
        assertThat(loan.total(PostingKind.PENALTY))
                .isEqualTo(ServicingLoan.expectedPenalty(first.principal(), Rate.percent("3.45"), UPLIFT_50, 10));
        // 复利 on the overdue interest at the same penalty rate: 3,565.00 × 5.175 % / 360 = 0.51 a night
        assertThat(loan.total(PostingKind.COMPOUND)).isEqualTo(Money.of("5.10"));
    }

    @Test
    void classification_floor_follows_days_past_due_at_90_270_and_360() {
        ServicingLoan loan = loan();
        LocalDate due = loan.schedule.first().dueDate();
        loan.closeThrough(due.plusDays(90));
        assertThat(loan.position.classification()).isEqualTo(LoanClassification.SPECIAL_MENTION);
        loan.closeThrough(due.plusDays(91));
        assertThat(loan.position.classification()).isEqualTo(LoanClassification.SUBSTANDARD);
        loan.closeThrough(due.plusDays(270));
        assertThat(loan.position.classification()).isEqualTo(LoanClassification.SUBSTANDARD);
        loan.closeThrough(due.plusDays(271));
        assertThat(loan.position.classification()).isEqualTo(LoanClassification.DOUBTFUL);
        loan.closeThrough(due.plusDays(360));
        assertThat(loan.position.classification()).isEqualTo(LoanClassification.DOUBTFUL);
        loan.closeThrough(due.plusDays(361));
        assertThat(loan.position.classification()).isEqualTo(LoanClassification.LOSS);
        assertThat(loan.classifications).containsExactly(LoanClassification.SPECIAL_MENTION,
                LoanClassification.SUBSTANDARD, LoanClassification.DOUBTFUL, LoanClassification.LOSS);
        // after maturity nothing accrues any more except penalty: every instalment is overdue
        assertThat(loan.position.nextDueOn()).isNull();
        assertThat(loan.position.overduePrincipal()).isEqualTo(Money.ofYuan(1_200_000));
    }

    @Test
    void a_day_cannot_be_closed_twice_or_skipped() {
        ServicingLoan loan = loan();
        loan.closeThrough(START.plusDays(3));
        ServicingPosition p = loan.position;
        assertThatThrownBy(() -> DailyServicing.close(p, loan.terms, START.plusDays(3), n -> null, loan))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DailyServicing.close(p, loan.terms, START.plusDays(5), n -> null, loan))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
